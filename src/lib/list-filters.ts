/**
 * Filters of the list pages, as static pages a crawler and a browser without JavaScript can
 * follow: `/en/heritage/type/relic/`, `/en/products/stars/5/`, `/en/articles/kind/press-release/`.
 * Each list has facets read from its schema's fields; a facet's values are those its published
 * entries have in that language. A value with no entry gets no page, and a facet with a single
 * value is not offered (it would only repeat the whole list). Pure: the model and translator come in.
 */
import { DEFAULT_LOCALE, getLocale, type LocaleCode } from '../i18n/locales.ts';
// Types only: routing.ts imports this module, and the UI catalogues are not for astro.config.
import type { Translate } from '../i18n/ui.ts';
import type { ListedCollection } from './routing.ts';
import type { Entry, EntryOf, SiteModel } from './site-model.ts';

/** The facets of each list, in the order the filter rows show them. */
export const FACETS = {
  articles: ['kind'],
  heritage: ['type', 'area'],
  products: ['stars', 'category'],
  sovereignty: ['topic'],
  partners: ['country'],
} as const satisfies Record<ListedCollection, readonly string[]>;
export type Facet = (typeof FACETS)[ListedCollection][number];

/** A value of a facet: its URL segment (the same in every language), label and entry count. */
export interface FacetValue {
  value: string;
  label: string;
  count: number;
}
export interface FacetGroup {
  facet: Facet;
  values: FacetValue[];
}

/** Text without its parentheses, ASCII or full-width: "Former Ba Be district (Bac Kan…)" → "Former Ba Be district". */
const withoutParentheses = (text: string) => text.replace(/\s*[(（].*?[)）]/g, '').trim();

/** `Huyện Định Hóa cũ (tỉnh …)` → `huyen-dinh-hoa-cu`: a URL segment from free text. */
export function slugify(text: string): string {
  return withoutParentheses(text)
    .replace(/[đĐ]/g, 'd')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** The area of a heritage entry, read loosely: it is optional, and fixtures may lack `location`. */
function areaOf(entry: EntryOf<'heritage'>): string | undefined {
  const location = entry.data.location as { area?: string } | undefined;
  return location?.area ? withoutParentheses(location.area) : undefined;
}

/**
 * The areas of a heritage entry, as keys. Areas are free text in each language, so keys come
 * from the default language's version (the same slug), which makes URLs the same in every
 * language. "Huyện Đại Từ cũ và thành phố Thái Nguyên cũ" names two areas: each part counts
 * when some entry has it as its whole area (that entry gives the label in each language).
 */
function areaKeys(entry: EntryOf<'heritage'>, model: SiteModel): string[] {
  const area = areaOf(model.get('heritage', DEFAULT_LOCALE, entry.slug) ?? entry);
  if (!area) return [];
  const whole = new Set(
    model.entries('heritage', DEFAULT_LOCALE).flatMap((e) => {
      const a = areaOf(e);
      return a ? [slugify(a)] : [];
    }),
  );
  const parts = area.split(/,\s*|\s+và\s+/).map(slugify);
  const known = parts.filter((p) => whole.has(p));
  return known.length > 0 ? [...new Set(known)] : [slugify(area)];
}

/** The values of `entry` on `facet` (an entry may be in two areas); none without the field. */
export function facetKeys(entry: Entry, facet: Facet, model: SiteModel): string[] {
  const one = (value: unknown) =>
    typeof value === 'number' ? [String(value)] : typeof value === 'string' && value !== '' ? [value] : [];
  switch (entry.collection) {
    case 'heritage':
      return facet === 'type' ? one(entry.data.type) : areaKeys(entry, model);
    case 'products':
      return one(facet === 'stars' ? entry.data.stars : entry.data.category);
    case 'articles':
      return one(entry.data.kind);
    case 'sovereignty':
      return one(entry.data.topic);
    case 'partners':
      return one(entry.data.country);
    case 'pages':
      return [];
  }
}

/**
 * The label of a facet value in the language of `entry`, an entry that has it: for an area, one
 * whose whole area it is where there is one (see `facetCounts`), so its text is the area's name.
 */
export function facetLabel(entry: Entry, facet: Facet, key: string, t: Translate): string {
  switch (entry.collection) {
    case 'heritage':
      return facet === 'type' ? t(`heritage.type.${entry.data.type}`) : (areaOf(entry) ?? key);
    case 'products':
      return facet === 'stars' ? t('product.stars', { count: entry.data.stars }) : t(`category.${entry.data.category}`);
    case 'articles':
      return t(`kind.${entry.data.kind}`);
    case 'sovereignty':
      return t(`sovereignty.topic.${entry.data.topic}`);
    case 'partners':
      return new Intl.DisplayNames([getLocale(entry.locale).lang], { type: 'region' }).of(key) ?? key;
    case 'pages':
      return key;
  }
}

/** The entries of a list in `locale` with `value` on `facet`, in the list's order (newest first). */
export function filterEntries(
  model: SiteModel,
  collection: ListedCollection,
  locale: LocaleCode,
  facet: Facet,
  value: string,
): Entry[] {
  const entries: Entry[] = model.entries(collection, locale);
  return entries.filter((e) => facetKeys(e, facet, model).includes(value));
}

/** Each facet's values in `locale` with their counts and first entry; facets with one value left out. */
function facetCounts(model: SiteModel, collection: ListedCollection, locale: LocaleCode) {
  const entries = model.entries(collection, locale);
  const facets: readonly Facet[] = FACETS[collection];
  return facets
    .map((facet) => {
      const byKey = new Map<string, { value: string; count: number; entry: Entry }>();
      for (const entry of entries) {
        const keys = facetKeys(entry, facet, model);
        for (const value of keys) {
          const found = byKey.get(value);
          if (!found) byKey.set(value, { value, count: 1, entry });
          else {
            found.count += 1;
            // The label's entry: one with this value alone (an area by its own name) if any.
            if (keys.length === 1 && facetKeys(found.entry, facet, model).length > 1) found.entry = entry;
          }
        }
      }
      // An area is only offered where an entry of this language names it alone (for its label).
      const values = [...byKey.values()].filter((v) => facetKeys(v.entry, facet, model).length === 1);
      return { facet, values };
    })
    .filter((g) => g.values.length >= 2);
}

/** The facets a list offers in `locale`, each with two values or more: stars from 5 down, others by label. */
export function facetGroups(
  model: SiteModel,
  collection: ListedCollection,
  locale: LocaleCode,
  t: Translate,
): FacetGroup[] {
  const collator = new Intl.Collator(getLocale(locale).lang);
  return facetCounts(model, collection, locale).map(({ facet, values }) => ({
    facet,
    values: values
      .map(({ value, count, entry }) => ({ value, count, label: facetLabel(entry, facet, value, t) }))
      .sort((a, b) => (facet === 'stars' ? Number(b.value) - Number(a.value) : collator.compare(a.label, b.label))),
  }));
}

/** The filter pages of a list in `locale`: one per value of each facet it offers; `sample` has the value. */
export function filterPages(
  model: SiteModel,
  collection: ListedCollection,
  locale: LocaleCode,
): { facet: Facet; value: string; sample: Entry }[] {
  return facetCounts(model, collection, locale).flatMap(({ facet, values }) =>
    values.map(({ value, entry }) => ({ facet, value, sample: entry })),
  );
}

/** Whether the page of `value` on `facet` is built for the list in `locale`. */
export function hasFilterPage(
  model: SiteModel,
  collection: ListedCollection,
  locale: LocaleCode,
  facet: Facet,
  value: string,
): boolean {
  return filterPages(model, collection, locale).some((p) => p.facet === facet && p.value === value);
}
