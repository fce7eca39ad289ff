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

/** Every entry and anniversary of a language, in their fallback order (once per model and language). */
const candidatesCache = new WeakMap<SiteModel, Map<LocaleCode, RelatedItem[]>>();
function allCandidates(model: SiteModel, locale: LocaleCode): RelatedItem[] {
  let byLocale = candidatesCache.get(model);
  if (!byLocale) candidatesCache.set(model, (byLocale = new Map<LocaleCode, RelatedItem[]>()));
  let list = byLocale.get(locale);
  if (!list) {
    // Each section newest first, anniversaries soonest first.
    const soonest = upcoming(model.anniversaries, model.now, model.anniversaries.length).map((o) => o.id);
    const anniversaries = [...model.anniversaries].sort((a, b) => rank(soonest, a.id) - rank(soonest, b.id));
    list = [
      ...COLLECTIONS.flatMap((c) => model.entries(c, locale).map((entry): RelatedItem => ({ kind: 'entry', entry }))),
      ...anniversaries.map((anniversary): RelatedItem => ({ kind: 'anniversary', anniversary })),
    ];
    byLocale.set(locale, list);
  }
  return list;
}

/**
 * Up to `count` related items of the subject's language, best first. `subject` is an entry or an
 * anniversary (whose page is in `locale`). Fewer than `count` only when the site has fewer.
 */
export function relatedItems(subject: RelatedItem, model: SiteModel, locale: LocaleCode, count = 6): RelatedItem[] {
  const self = keyOf(subject);
  const ownLinks = new Set(subject.kind === 'entry' ? ties(subject.entry).links : []);
  const ownTags = new Set(subject.kind === 'entry' ? ties(subject.entry).tags : []);
  const ownPlaces = subject.kind === 'entry' ? ties(subject.entry).places : [];
  const section = subject.kind === 'entry' ? subject.entry.collection : 'anniversaries';
  const category = subject.kind === 'anniversary' ? subject.anniversary.data.category : undefined;

  const candidates = allCandidates(model, locale).filter((item) => keyOf(item) !== self);

  const score = (item: RelatedItem): number => {
    const itemTies = item.kind === 'entry' ? ties(item.entry) : undefined;
    const links = itemTies?.links ?? [];
    let total = 0;
    if (ownLinks.has(keyOf(item)) || links.includes(self)) total += WEIGHT.explicit;
    total += links.filter((l) => ownLinks.has(l)).length * WEIGHT.sharedTarget;
    if (item.kind === 'entry') {
      if (ownPlaces.length > 0 && samePlace(ownPlaces, itemTies!.places)) total += WEIGHT.place;
      total += itemTies!.tags.filter((tag) => ownTags.has(tag)).length * WEIGHT.tag;
      if (item.entry.collection === section) total += WEIGHT.sameSection;
    } else if (item.anniversary.data.category === category) {
      total += WEIGHT.sameSection;
    }
    return total;
  };
  const scored = candidates.map((item) => ({ item, score: score(item) }));
  // Sort is stable: equal scores keep the fallback order.
  const best = scored.filter((s) => s.score > 0).sort((a, b) => b.score - a.score);
  // Still short (a page, a lone category): the newest articles, or the soonest anniversaries.
  const fill = scored.filter(
    (s) => s.score === 0 && (subject.kind === 'anniversary' ? s.item.kind === 'anniversary' : isArticle(s.item)),
  );
  return [...best, ...fill].slice(0, count).map((s) => s.item);
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
