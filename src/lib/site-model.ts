/**
 * The published site model: built once per build from the raw collections and the clock.
 * Every page, listing, switcher and feed reads this model and nothing else, so nothing that
 * the publication rule holds back can reach any output.
 */
import { isLocaleCode, LOCALES, type LocaleCode } from '../i18n/locales.ts';
import { COLLECTIONS, type EntryCollection, type EntryData } from '../schemas/collections.ts';
import type { AnniversaryData } from './anniversaries.ts';
import { publishedContacts, type Contact } from './contacts.ts';
import { fail } from './errors.ts';
import { isPublished } from './publication.ts';

export interface RawEntry {
  id: string;
  /** Data the collection's schema has already validated (Astro's loader, or the content gate). */
  data: unknown;
  /**
   * What the search index folds of the body, its Vietnamese "đ" words: the Markdown/MDX source,
   * or in a build only those words (Astro's store keeps no more, src/lib/stored-entry.ts).
   */
  body?: string | undefined;
}

/** A published entry of collection `C`: its data typed from the collection's zod schema. */
export interface EntryOf<C extends EntryCollection> {
  collection: C;
  /** `vi/atk-dinh-hoa` */
  id: string;
  locale: LocaleCode;
  /** `atk-dinh-hoa`, the same in every language. */
  slug: string;
  data: EntryData<C>;
  body?: string | undefined;
}
/**
 * An entry of any of the collections `C` (all by default): a union, so that
 * `switch (entry.collection)` narrows `data` to that collection's fields.
 */
export type Entry<C extends EntryCollection = EntryCollection> = { [K in C]: EntryOf<K> }[C];

export interface SiteModel {
  now: Date;
  /** Published entries of a collection in a locale, newest first. */
  entries<C extends EntryCollection>(collection: C, locale: LocaleCode): Entry<C>[];
  get<C extends EntryCollection>(collection: C, locale: LocaleCode, slug: string): Entry<C> | undefined;
  /** Published versions of the same entry, in locale-table order (including itself). */
  translations(entry: Entry): Entry[];
  /** Anniversaries that are not drafts, by id. */
  anniversaries: readonly Anniversary[];
  anniversary(id: string): Anniversary | undefined;
  /** Published articles in a locale that mark an anniversary, newest first. */
  articlesFor(anniversaryId: string, locale: LocaleCode): EntryOf<'articles'>[];
  /** The office's contact channels a visitor may see (content/contacts/), in their order. */
  contacts: readonly Contact[];
}

export interface Anniversary {
  id: string;
  data: AnniversaryData;
}

/** An anniversary's name in `locale`, or its id where the file has none in that language. */
export function anniversaryName(a: Anniversary, locale: LocaleCode): string {
  return a.data.name[locale] ?? a.id;
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
  rawAnniversaries: readonly { id: string; data: AnniversaryData }[],
  now: Date,
  rawContacts: readonly Contact[] = [],
): SiteModel {
  const byKey = new Map<string, Entry>();
  const lists = new Map<string, Entry[]>();
  const key = (c: string, l: string, s: string) => `${c}\u0000${l}\u0000${s}`;

  for (const collection of COLLECTIONS) {
    for (const r of raw[collection] ?? []) {
      // The trust boundary: the schema of `collection` validated this data before it got here.
      const entry = { collection, id: r.id, ...splitId(r.id), data: r.data, body: r.body } as Entry;
      if (!isPublished(entry.data, now)) continue;
      byKey.set(key(collection, entry.locale, entry.slug), entry);
      const listKey = `${collection}\u0000${entry.locale}`;
      const list = lists.get(listKey);
      if (list) list.push(entry);
      else lists.set(listKey, [entry]);
    }
  }
  // Newest first; ties broken by slug so the order never depends on file-system order.
  for (const list of lists.values()) list.sort(newestFirst);

  const anniversaries = rawAnniversaries
    .filter((a) => !a.data.draft)
    .map((a) => ({ id: a.id, data: a.data }))
    .sort((a, b) => a.id.localeCompare(b.id));
  const anniversaryById = new Map(anniversaries.map((a) => [a.id, a]));
  // Typed views of the untyped lists: each list only ever holds entries of its own collection.
  const listOf = <C extends EntryCollection>(collection: C, locale: LocaleCode) =>
    (lists.get(`${collection}\u0000${locale}`) ?? []) as Entry<C>[];

  return {
    now,
    contacts: publishedContacts(rawContacts),
    anniversaries,
    anniversary: (id) => anniversaryById.get(id),
    articlesFor: (id, locale) => listOf('articles', locale).filter((e) => e.data.anniversary === id),
    entries: listOf,
    get: <C extends EntryCollection>(collection: C, locale: LocaleCode, slug: string) =>
      byKey.get(key(collection, locale, slug)) as Entry<C> | undefined,
    translations: (entry) =>
      LOCALES.map((l) => byKey.get(key(entry.collection, l.code, entry.slug))).filter((e): e is Entry => !!e),
  };
}

/** Newest first by `publishAt`, ties by slug: the one order of every list, feed and card. */
export function newestFirst(a: Entry, b: Entry): number {
  return b.data.publishAt.getTime() - a.data.publishAt.getTime() || a.slug.localeCompare(b.slug);
}
