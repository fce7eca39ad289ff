/**
 * The published site model: built once per build from the raw collections and the clock.
 * Every page, listing, switcher and feed reads this model and nothing else, so nothing that
 * the publication rule holds back can reach any output.
 */
import { isLocaleCode, LOCALES, type LocaleCode } from '../i18n/locales.ts';
import type { EntryCollection } from '../schemas/collections.ts';
import type { AnniversaryData } from './anniversaries.ts';
import { fail } from './errors.ts';
import { isPublished, type PublicationFields } from './publication.ts';

export interface RawEntry<D = unknown> {
  id: string;
  data: D;
  /** Whatever the renderer needs later (Astro's entry); the model never looks inside. */
  source?: unknown;
}

export interface Entry<D = Record<string, unknown>> {
  collection: EntryCollection;
  /** `vi/atk-dinh-hoa` */
  id: string;
  locale: LocaleCode;
  /** `atk-dinh-hoa`, the same in every language. */
  slug: string;
  data: D &
    PublicationFields & {
      title: string;
      description: string;
      publishAt: Date;
      /** `src` is Astro's image metadata inside the build, a path in scripts. */
      cover?: { src: unknown; alt: string; caption?: string | undefined; credit?: string | undefined } | undefined;
    };
  source?: unknown;
}

export interface SiteModel {
  now: Date;
  /** Published entries of a collection in a locale, newest first. */
  entries(collection: EntryCollection, locale: LocaleCode): Entry[];
  get(collection: EntryCollection, locale: LocaleCode, slug: string): Entry | undefined;
  /** Published versions of the same entry, in locale-table order (including itself). */
  translations(entry: Entry): Entry[];
  /** Anniversaries that are not drafts, by id. */
  anniversaries: readonly Anniversary[];
  anniversary(id: string): Anniversary | undefined;
  /** Published articles in a locale that mark an anniversary, newest first. */
  articlesFor(anniversaryId: string, locale: LocaleCode): Entry[];
}

export interface Anniversary {
  id: string;
  data: AnniversaryData;
}

export function splitId(id: string): { locale: LocaleCode; slug: string } {
  const [locale, ...rest] = id.split('/');
  if (!isLocaleCode(locale) || rest.length !== 1) {
    fail(
      `Entry "${id}" is not at <language>/<slug>.`,
      'Move the file into a language folder, e.g. content/heritage/vi/den-duom.md.',
    );
  }
  return { locale, slug: rest[0]! };
}

/**
 * Pure and free of Astro: entry data is plain (a cover's `src` is never read), so the content
 * check builds the same model from the files it read (see `urlStates` in site-urls.ts).
 */
export function buildSiteModel(
  raw: Partial<Record<EntryCollection, readonly RawEntry[]>>,
  rawAnniversaries: readonly RawEntry<AnniversaryData>[],
  now: Date,
): SiteModel {
  const byKey = new Map<string, Entry>();
  const lists = new Map<string, Entry[]>();
  const key = (c: string, l: string, s: string) => `${c}\u0000${l}\u0000${s}`;

  for (const [collection, rawEntries] of Object.entries(raw) as [EntryCollection, readonly RawEntry[]][]) {
    for (const r of rawEntries) {
      const data = r.data as Entry['data'];
      if (!isPublished(data, now)) continue;
      const { locale, slug } = splitId(r.id);
      const entry: Entry = { collection, id: r.id, locale, slug, data, source: r.source };
      byKey.set(key(collection, locale, slug), entry);
      const listKey = `${collection}\u0000${locale}`;
      lists.set(listKey, [...(lists.get(listKey) ?? []), entry]);
    }
  }
  // Newest first; ties broken by slug so the order never depends on file-system order. Every
  // schema requires `publishAt`; plain data without it (a script's partial input) sorts last.
  const time = (e: Entry) => (e.data.publishAt as Date | undefined)?.getTime() ?? 0;
  for (const list of lists.values()) list.sort((a, b) => time(b) - time(a) || a.slug.localeCompare(b.slug));

  const anniversaries = rawAnniversaries
    .filter((a) => !a.data.draft)
    .map((a) => ({ id: a.id, data: a.data }))
    .sort((a, b) => a.id.localeCompare(b.id));
  const anniversaryById = new Map(anniversaries.map((a) => [a.id, a]));

  return {
    now,
    anniversaries,
    anniversary: (id) => anniversaryById.get(id),
    articlesFor: (id, locale) =>
      (lists.get(`articles\u0000${locale}`) ?? []).filter((e) => e.data['anniversary'] === id),
    entries: (collection, locale) => lists.get(`${collection}\u0000${locale}`) ?? [],
    get: (collection, locale, slug) => byKey.get(key(collection, locale, slug)),
    translations: (entry) =>
      LOCALES.map((l) => byKey.get(key(entry.collection, l.code, entry.slug))).filter((e): e is Entry => !!e),
  };
}
