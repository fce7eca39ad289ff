/**
 * Finds content files outside Astro and reads them within the size limits: where each file
 * belongs (collection, language, slug) from its path, on any platform's separators.
 * Validation is in content-validate.ts. Collects every problem instead of stopping at the first.
 */
import { readFileSync, statSync } from 'node:fs';
import nodePath, { join } from 'node:path';
import { editorText } from '../i18n/editor.ts';
import { isLocaleCode, type LocaleCode } from '../i18n/locales.ts';
import type { z } from 'astro/zod';
import { anniversarySchema, COLLECTIONS, type EntryCollection, type EntryData } from '../schemas/collections.ts';
import { calendarSchema } from '../schemas/calendar.ts';
import { contactSchema } from '../schemas/contacts.ts';
import { glossarySchema } from '../schemas/glossary.ts';
import { isFolder, listContentFiles } from './gate/files.ts';
import { LIMITS } from './gate/limits.ts';
import { segmentsBelow, type PathApi } from './paths.ts';

export interface Problem {
  file: string;
  line?: number | undefined;
  field?: string | undefined;
  message: string;
  /** Errors stop the build; warnings are printed. */
  severity: 'error' | 'warning';
}

/** Language-neutral YAML collections: one file per item. */
export const DATA_COLLECTIONS = {
  anniversaries: anniversarySchema,
  calendar: calendarSchema,
  glossary: glossarySchema,
  contacts: contactSchema,
} as const;
export type DataCollection = keyof typeof DATA_COLLECTIONS;

export type ContentCollection = EntryCollection | DataCollection;
/** What a file of collection `C` holds once its schema has validated it (zod's output type). */
export type ValidatedData<C extends ContentCollection> = C extends EntryCollection
  ? EntryData<C>
  : C extends DataCollection
    ? z.output<ReturnType<(typeof DATA_COLLECTIONS)[C]>>
    : never;

export interface ContentFileOf<C extends ContentCollection> {
  collection: C;
  file: string;
  locale?: string;
  slug: string;
  /** The validated data, when the file passed its schema. */
  data?: ValidatedData<C>;
  /** The file's text, once read within the size limit. */
  text?: string;
  /** The Markdown body after the front matter, once the file parsed ('' for YAML). */
  body?: string;
}
/** A content file of any collection: `switch (f.collection)` narrows its `data`. */
export type ContentFile = { [C in ContentCollection]: ContentFileOf<C> }[ContentCollection];
/** A file of one of the per-language collections (an entry). */
export type EntryFile = { [C in EntryCollection]: ContentFileOf<C> }[EntryCollection];

export function isEntryFile(f: ContentFile): f is EntryFile {
  return !(f.collection in DATA_COLLECTIONS);
}

/** The files of one language-neutral collection, typed. */
export function filesOf<C extends DataCollection>(files: readonly ContentFile[], collection: C): ContentFileOf<C>[] {
  // Generic type predicates cannot narrow a union by a type parameter; the filter is the proof.
  return files.filter((f) => f.collection === collection) as ContentFileOf<C>[];
}

/** Files of one collection folder; symlinks and over-deep folders come back as problems. */
function listFiles(dir: string, problems: Problem[]): string[] {
  return listContentFiles(dir).flatMap(({ path, finding }) => {
    if (!finding) return [path];
    problems.push({ file: path, severity: 'error', message: editorText(finding.key, finding.params) });
    return [];
  });
}

export type EntryPlace =
  | { kind: 'entry'; locale: LocaleCode; slug: string }
  | { kind: 'skip' }
  | { kind: 'misplaced' }
  | { kind: 'unknown-locale'; locale: string };

/**
 * Where a file in a per-language collection folder stands: `<locale>/<slug>.md` (or `.mdx`) is
 * an entry; hidden files and the images entries use (kept beside them) are not entries. Pure and
 * the same on every OS: `path` is node:path, and tests pass path.win32 to check Windows paths.
 */
export function entryPlace(collectionDir: string, file: string, path: PathApi = nodePath): EntryPlace {
  const rel = segmentsBelow(collectionDir, file, path);
  const name = rel.at(-1) ?? '';
  if (name.startsWith('.') || /\.(png|jpe?g|webp|avif|gif|svg|tiff?)$/i.test(name)) return { kind: 'skip' };
  const m = /^(.+)\.(md|mdx)$/.exec(name);
  if (rel.length !== 2 || !m) return { kind: 'misplaced' };
  if (!isLocaleCode(rel[0])) return { kind: 'unknown-locale', locale: rel[0] ?? '' };
  return { kind: 'entry', locale: rel[0], slug: m[1]! };
}

/** The id of a file in a language-neutral YAML collection (`<id>.yaml`, no subfolder). */
export function dataFileId(collectionDir: string, file: string, path: PathApi = nodePath): string | undefined {
  const rel = segmentsBelow(collectionDir, file, path);
  return rel.length === 1 ? /^(.+)\.yaml$/.exec(rel[0]!)?.[1] : undefined;
}

/**
 * An entry file with nothing but whitespace: what the CMS saves for a language nobody has written
 * in yet (Decap writes every language of a new entry). It is not an entry; the loader skips it too.
 */
export function isBlankFile(file: string): boolean {
  return statSync(file).size < 256 && readFileSync(file, 'utf8').trim() === '';
}

/** Every content file, with the problems of where it stands (unknown folder, bad name). */
export function findContentFiles(root: string): { files: ContentFile[]; problems: Problem[] } {
  const files: ContentFile[] = [];
  const problems: Problem[] = [];
  // A mistyped CONTENT_DIR must not build (and deploy) an empty site.
  if (!isFolder(root)) {
    problems.push({ file: root, severity: 'error', message: editorText('content.missing-dir', { dir: root }) });
    return { files, problems };
  }
  for (const collection of COLLECTIONS) {
    for (const full of listFiles(join(root, collection), problems)) {
      const place = entryPlace(join(root, collection), full);
      if (place.kind === 'skip') continue;
      if (place.kind === 'misplaced') {
        problems.push({
          file: full,
          severity: 'error',
          message: editorText('check.entry-place', { dir: root, collection }),
        });
        continue;
      }
      if (place.kind === 'unknown-locale') {
        problems.push({
          file: full,
          severity: 'error',
          message: editorText('check.locale-unknown', { locale: place.locale }),
        });
        continue;
      }
      if (isBlankFile(full)) {
        problems.push({ file: full, severity: 'warning', message: editorText('check.blank-translation') });
        continue;
      }
      files.push({ collection, file: full, locale: place.locale, slug: place.slug });
    }
  }
  for (const collection of Object.keys(DATA_COLLECTIONS) as DataCollection[]) {
    for (const full of listFiles(join(root, collection), problems)) {
      const slug = dataFileId(join(root, collection), full);
      if (slug === undefined) {
        problems.push({
          file: full,
          severity: 'error',
          message: editorText('check.data-place', { dir: root, collection }),
        });
        continue;
      }
      files.push({ collection, file: full, slug });
    }
  }
  return { files, problems };
}

/**
 * A content file's text, or undefined with a problem when it is too large to be an entry or is
 * not UTF-8 (a renamed binary): the size is checked before anything reads or parses it.
 */
export function readText(file: string, problems: Problem[]): string | undefined {
  const max = /\.ya?ml$/.test(file) ? LIMITS.yamlBytes : LIMITS.entryBytes;
  const size = statSync(file).size;
  if (size > max) {
    problems.push({
      file,
      severity: 'error',
      message: editorText('file.too-large', { size: Math.ceil(size / 1024), max: max / 1024 }),
    });
    return undefined;
  }
  const bytes = readFileSync(file);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    problems.push({ file, severity: 'error', message: editorText('file.encoding') });
    return undefined;
  }
}
