/**
 * What ties the entries and anniversaries of a language to each other, worked out once per site
 * model and language for related.ts: each one's explicit links, places and tags, and indexes from
 * a link target, a tag or a place back to the items that have it. Every detail page looks its
 * ties up here instead of scoring every other entry (quadratic: 4.3 s of a 4,000-entry build).
 */
import type { LocaleCode } from '../i18n/locales.ts';
import { COLLECTIONS } from '../schemas/collections.ts';
import { upcoming } from './anniversaries.ts';
import type { RelatedItem } from './related.ts';
import type { Entry, SiteModel } from './site-model.ts';

export const keyOf = (item: RelatedItem) =>
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
export const samePlace = (a: string[], b: string[]) =>
  a.some((x) => b.some((y) => x === y || (x.length > 3 && y.includes(x)) || (y.length > 3 && x.includes(y))));

/** What an entry is tied by, worked out once per entry (lowercasing is most of the work). */
export interface Ties {
  links: string[];
  places: string[];
  tags: string[];
}
const tiesCache = new WeakMap<Entry, Ties>();
export function ties(entry: Entry): Ties {
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
export interface Candidates {
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
export function candidatesOf(model: SiteModel, locale: LocaleCode): Candidates {
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

const rank = (order: string[], id: string) => {
  const i = order.indexOf(id);
  return i === -1 ? order.length : i;
};
