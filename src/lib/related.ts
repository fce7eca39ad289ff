/**
 * What to read next under a detail page, so that no page is a dead end: the entries and
 * anniversaries an editor linked explicitly (an article's heritage sites, partner and
 * anniversary; a heritage site's festival; a partner's relations day; a product's heritage
 * site) in either direction, then what shares a link target, a place or tags, then the newest
 * of the same section. Only the published model is read, so nothing scheduled can appear.
 */
import { enumLabel, type Translate } from '../i18n/ui.ts';
import { upcoming } from './anniversaries.ts';
import { entryBadge } from './entry-view.ts';
import { formatCalendarDate, lunarParts } from './format.ts';
import { getLocale, type LocaleCode } from '../i18n/locales.ts';
import { anniversaryUrl, entryUrl } from './routing.ts';
import { COLLECTIONS } from '../schemas/collections.ts';
import { anniversaryName, type Anniversary, type Entry, type SiteModel } from './site-model.ts';

export type RelatedItem = { kind: 'entry'; entry: Entry } | { kind: 'anniversary'; anniversary: Anniversary };
/** A related link as the template shows it: the section, a detail (badge or date), the title. */
export interface RelatedLink {
  url: string;
  title: string;
  section: string;
  detail?: string | undefined;
}

/** How much each kind of tie weighs: an explicit link outranks everything else. */
const WEIGHT = { explicit: 1000, sharedTarget: 300, place: 50, tag: 20, sameSection: 1 } as const;

const keyOf = (item: RelatedItem) =>
  item.kind === 'entry' ? `${item.entry.collection}/${item.entry.slug}` : `anniversaries/${item.anniversary.id}`;

/**
 * The explicit links an entry's frontmatter makes, as `collection/slug` keys. (`?? []`: the
 * schema defaults the lists, but models built in tests from plain objects may lack them.)
 */
export function explicitLinks(entry: Entry): string[] {
  switch (entry.collection) {
    case 'articles': {
      const { anniversary, partner, heritage } = entry.data;
      return [
        ...(anniversary ? [`anniversaries/${anniversary}`] : []),
        ...(partner ? [`partners/${partner}`] : []),
        ...(heritage ?? []).map((h) => `heritage/${h}`),
      ];
    }
    case 'heritage':
    case 'partners':
      return entry.data.anniversary ? [`anniversaries/${entry.data.anniversary}`] : [];
    case 'products':
      return (entry.data.heritage ?? []).map((h) => `heritage/${h}`);
    default:
      return [];
  }
}

/** Where an entry is, in its own language's words (lowercase): a heritage site or a product. */
function places(entry: Entry): string[] {
  const lower = (s: string | undefined) => (s ? [s.toLocaleLowerCase(entry.locale)] : []);
  if (entry.collection === 'heritage')
    return [...lower(entry.data.location.commune), ...lower(entry.data.location.area)];
  if (entry.collection === 'products') return lower(entry.data.commune);
  return [];
}
/** Same place: one names the other's commune or area ("Tân Cương" in "Tân Cương, Đại Phúc"). */
const samePlace = (a: string[], b: string[]) =>
  a.some((x) => b.some((y) => x === y || (x.length > 3 && y.includes(x)) || (y.length > 3 && x.includes(y))));

/**
 * What scoring reads of an entry, worked out once per entry: every detail page scores every
 * entry of its language, so recomputing these made related links quadratic in string work.
 */
interface Ties {
  links: string[];
  places: string[];
  tags: string[];
}
const tiesCache = new WeakMap<Entry, Ties>();
function ties(entry: Entry): Ties {
  let found = tiesCache.get(entry);
  if (!found) {
    const tags = entry.data.tags.map((tag) => tag.toLocaleLowerCase(entry.locale));
    found = { links: explicitLinks(entry), places: places(entry), tags };
    tiesCache.set(entry, found);
  }
  return found;
}

/**
 * Every entry and anniversary of a language in their fallback order (each section newest first,
 * anniversaries soonest first), and where to find what ties to what: scoring every candidate
 * for every page made related links quadratic, 4.3 s of a 4,000-entry build. Once per model and
 * language.
 */
interface Candidates {
  list: RelatedItem[];
  position: Map<RelatedItem, number>;
  byKey: Map<string, RelatedItem>;
  /** Entries by each `collection/slug` their frontmatter links to. */
  linking: Map<string, RelatedItem[]>;
  byTag: Map<string, RelatedItem[]>;
  /** Entries that have a place (heritage sites, products). */
  placed: RelatedItem[];
}
const candidatesCache = new WeakMap<SiteModel, Map<LocaleCode, Candidates>>();
function candidatesOf(model: SiteModel, locale: LocaleCode): Candidates {
  let byLocale = candidatesCache.get(model);
  if (!byLocale) candidatesCache.set(model, (byLocale = new Map<LocaleCode, Candidates>()));
  let found = byLocale.get(locale);
  if (!found) {
    const soonest = upcoming(model.anniversaries, model.now, model.anniversaries.length).map((o) => o.id);
    const anniversaries = [...model.anniversaries].sort((a, b) => rank(soonest, a.id) - rank(soonest, b.id));
    const list = [
      ...COLLECTIONS.flatMap((c) => model.entries(c, locale).map((entry): RelatedItem => ({ kind: 'entry', entry }))),
      ...anniversaries.map((anniversary): RelatedItem => ({ kind: 'anniversary', anniversary })),
    ];
    found = { list, position: new Map(), byKey: new Map(), linking: new Map(), byTag: new Map(), placed: [] };
    const add = (map: Map<string, RelatedItem[]>, key: string, item: RelatedItem) => {
      const items = map.get(key);
      if (items) items.push(item);
      else map.set(key, [item]);
    };
    for (const [i, item] of list.entries()) {
      found.position.set(item, i);
      found.byKey.set(keyOf(item), item);
      if (item.kind !== 'entry') continue;
      const { links, tags, places } = ties(item.entry);
      for (const link of new Set(links)) add(found.linking, link, item);
      for (const tag of new Set(tags)) add(found.byTag, tag, item);
      if (places.length > 0) found.placed.push(item);
    }
    byLocale.set(locale, found);
  }
  return found;
}

/**
 * Up to `count` related items of the subject's language, best first. `subject` is an entry or an
 * anniversary (whose page is in `locale`). Fewer than `count` only when the site has fewer.
 */
export function relatedItems(subject: RelatedItem, model: SiteModel, locale: LocaleCode, count = 6): RelatedItem[] {
  const self = keyOf(subject);
  const own = subject.kind === 'entry' ? ties(subject.entry) : { links: [], tags: [], places: [] };
  const ownLinks = new Set(own.links);
  const ownTags = new Set(own.tags);
  const section = subject.kind === 'entry' ? subject.entry.collection : 'anniversaries';
  const category = subject.kind === 'anniversary' ? subject.anniversary.data.category : undefined;
  const index = candidatesOf(model, locale);
  const selfItem = index.byKey.get(self);

  // What the subject is tied to by a link, a shared link target, a tag or a place; each tie
  // weighs at least WEIGHT.tag, so these come first and nothing else can outrank them.
  const tied = new Set<RelatedItem>();
  for (const link of ownLinks) {
    const target = index.byKey.get(link);
    if (target) tied.add(target);
    for (const item of index.linking.get(link) ?? []) tied.add(item);
  }
  for (const item of index.linking.get(self) ?? []) tied.add(item);
  for (const tag of ownTags) for (const item of index.byTag.get(tag) ?? []) tied.add(item);
  if (own.places.length > 0)
    for (const item of index.placed)
      if (item.kind === 'entry' && samePlace(own.places, ties(item.entry).places)) tied.add(item);
  if (selfItem) tied.delete(selfItem);

  const score = (item: RelatedItem): number => {
    const links = item.kind === 'entry' ? ties(item.entry).links : [];
    let total = 0;
    if (ownLinks.has(keyOf(item)) || links.includes(self)) total += WEIGHT.explicit;
    total += links.filter((l) => ownLinks.has(l)).length * WEIGHT.sharedTarget;
    if (item.kind === 'entry') {
      const { places, tags } = ties(item.entry);
      if (own.places.length > 0 && samePlace(own.places, places)) total += WEIGHT.place;
      total += tags.filter((tag) => ownTags.has(tag)).length * WEIGHT.tag;
    }
    return total + (sameSection(item) ? WEIGHT.sameSection : 0);
  };
  const sameSection = (item: RelatedItem) =>
    item.kind === 'entry' ? item.entry.collection === section : item.anniversary.data.category === category;
  const best = [...tied]
    .map((item) => ({ item, score: score(item) }))
    .sort((a, b) => b.score - a.score || index.position.get(a.item)! - index.position.get(b.item)!)
    .map((s) => s.item);

  // Then the rest of the section (or the anniversary's kind); then, still short (a page, a lone
  // category), the newest articles or the soonest anniversaries. Both in fallback order.
  const more: RelatedItem[] = [];
  const fill: RelatedItem[] = [];
  const wanted = count - best.length;
  for (const item of index.list) {
    if (more.length >= wanted) break;
    if (item === selfItem || tied.has(item)) continue;
    if (sameSection(item)) more.push(item);
    else if (fill.length < wanted && (subject.kind === 'anniversary' ? item.kind === 'anniversary' : isArticle(item)))
      fill.push(item);
  }
  return [...best, ...more, ...fill].slice(0, count);
}

const isArticle = (item: RelatedItem) => item.kind === 'entry' && item.entry.collection === 'articles';
const rank = (order: string[], id: string) => {
  const i = order.indexOf(id);
  return i === -1 ? order.length : i;
};

/** The links a page shows for its related items. */
export function relatedLinks(items: RelatedItem[], locale: LocaleCode, t: Translate): RelatedLink[] {
  return items.map((item) => {
    if (item.kind === 'anniversary') {
      const a = item.anniversary;
      return {
        url: anniversaryUrl(locale, a.id),
        title: anniversaryName(a, locale),
        section: enumLabel(t, 'collection.', 'anniversaries'),
        // The kept date, as anniversary-view.ts's `anniversaryDate` words it (not imported: that module uses this one).
        detail: a.data.date
          ? formatCalendarDate(a.data.date, getLocale(locale).lang)
          : a.data.lunar &&
            t('anniversary.lunar', lunarParts(a.data.lunar.month, a.data.lunar.day, getLocale(locale).lang)),
      };
    }
    const { entry } = item;
    return {
      url: entryUrl(entry),
      title: entry.data.title,
      section: enumLabel(t, 'collection.', entry.collection),
      detail: entryBadge(entry, t)?.label,
    };
  });
}
