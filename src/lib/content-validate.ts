/**
 * Validates content files outside Astro with the same schemas and the same error map Astro's
 * build is gated by (src/integrations/content-gate.ts), and loads them as plain data for the
 * scripts. Collects every problem instead of stopping at the first one.
 */
import type { z } from 'astro/zod';
import { editorText } from '../i18n/editor.ts';
import { DEFAULT_LOCALE } from '../i18n/locales.ts';
import { entrySchemas, type EntryCollection } from '../schemas/collections.ts';
import { pathImage } from '../schemas/fields.ts';
import type { CalendarData } from '../schemas/calendar.ts';
import type { AnniversaryData } from './anniversaries.ts';
import {
  DATA_COLLECTIONS,
  findContentFiles,
  readText,
  type ContentFile,
  type DataCollection,
  type Problem,
} from './content-files.ts';
import { isFolder } from './gate/files.ts';
import { LIMITS } from './gate/limits.ts';
import { parseSource, SourceError } from './source.ts';
import { editorErrorMap } from './zod-issues.ts';

/** The issues of a parse with `editorErrorMap`: their messages are already the editor's. */
function zodProblems(file: string, error: z.ZodError): Problem[] {
  return error.issues.map((issue) => ({
    file,
    field: issue.path.join('.') || undefined,
    message: issue.message,
    severity: 'error' as const,
  }));
}

/** Parses and validates every content file under `root`; returns all problems found. */
export function validateContent(root: string): { files: ContentFile[]; problems: Problem[] } {
  const { files, problems } = findContentFiles(root);
  const vi = new Set<string>();
  for (const f of files) if (f.locale === DEFAULT_LOCALE) vi.add(`${f.collection}/${f.slug}`);
  if (files.length === 0 && isFolder(root))
    problems.push({ file: root, severity: 'error', message: editorText('content.empty', { dir: root }) });
  for (const f of files) {
    if (f.slug.length > LIMITS.slugLength) {
      problems.push({
        file: f.file,
        severity: 'error',
        message: editorText('slug.too-long', { length: f.slug.length, max: LIMITS.slugLength }),
      });
    }
    if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(f.slug)) {
      problems.push({
        file: f.file,
        severity: 'error',
        message: editorText('check.slug-chars', { slug: f.slug }),
      });
    }
    if (f.locale && f.locale !== DEFAULT_LOCALE && !vi.has(`${f.collection}/${f.slug}`)) {
      problems.push({
        file: f.file,
        severity: 'error',
        message: editorText('check.no-source', {
          locale: DEFAULT_LOCALE,
          path: `${root}/${f.collection}/${DEFAULT_LOCALE}/${f.slug}.md`,
        }),
      });
    }
    const text = readText(f.file, problems);
    if (text === undefined) continue;
    f.text = text;
    try {
      const { data } = parseSource(f.file, text);
      const schema =
        f.collection in DATA_COLLECTIONS
          ? DATA_COLLECTIONS[f.collection as DataCollection]()
          : entrySchemas[f.collection as EntryCollection](pathImage);
      // Built-in zod issues get the catalogue's text; the schemas' own messages outrank the map.
      const result = schema.safeParse(data, { error: editorErrorMap });
      if (result.success) f.data = result.data;
      else problems.push(...zodProblems(f.file, result.error));
    } catch (error) {
      if (error instanceof SourceError) {
        problems.push({ file: error.file, line: error.line, message: error.message, severity: 'error' });
      } else throw error;
    }
  }
  return { files, problems };
}

/** Validated content as plain data, for scripts; throws with every problem listed when invalid. */
export function loadContent(root: string) {
  const { files, problems } = validateContent(root);
  if (problems.length > 0) {
    throw new Error(editorText('check.load-failed', { count: problems.length }));
  }
  const of = (c: string) => files.filter((f) => f.collection === c);
  return {
    /** Entries of the per-language collections, with `id` = `<locale>/<slug>` as in Astro. */
    entries: files
      .filter((f) => f.locale)
      .map((f) => ({ collection: f.collection as EntryCollection, id: `${f.locale}/${f.slug}`, data: f.data! })),
    anniversaries: of('anniversaries').map((f) => ({ id: f.slug, data: f.data as unknown as AnniversaryData })),
    calendars: of('calendar').map((f) => ({ id: f.slug, data: f.data as unknown as CalendarData })),
  };
}
