/**
 * Validates content files outside Astro with the same schemas and the same error map Astro's
 * build is gated by (src/integrations/content-gate.ts), and loads them as plain data for the
 * scripts. Collects every problem instead of stopping at the first one.
 */
import type { z } from 'astro/zod';
import { editorText } from '../i18n/editor.ts';
import { DEFAULT_LOCALE } from '../i18n/locales.ts';
import { entrySchemas } from '../schemas/collections.ts';
import { pathImage } from '../schemas/fields.ts';
import {
  DATA_COLLECTIONS,
  filesOf,
  findContentFiles,
  isEntryFile,
  readText,
  type ContentFile,
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
  // One schema per collection: building a zod schema (and its compiled fast path) costs far more
  // than a parse, and was a quarter of the gate's time at 4,000 files.
  const schemas = new Map<string, z.ZodType>();
  const schemaOf = (f: ContentFile) => {
    let schema = schemas.get(f.collection);
    if (!schema) {
      schema = isEntryFile(f) ? entrySchemas[f.collection](pathImage) : DATA_COLLECTIONS[f.collection]();
      schemas.set(f.collection, schema);
    }
    return schema;
  };
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
      const { data, body } = parseSource(f.file, text);
      f.body = body;
      // Built-in zod issues get the catalogue's text; the schemas' own messages outrank the map.
      const result = schemaOf(f).safeParse(data, { error: editorErrorMap });
      // The boundary: this data passed the schema of `f.collection`, which is what `data` is typed as.
      if (result.success) (f as { data?: unknown }).data = result.data;
      else problems.push(...zodProblems(f.file, result.error));
    } catch (error) {
      if (error instanceof SourceError) {
        problems.push({ file: error.file, line: error.line, message: error.message, severity: 'error' });
      } else throw error;
    }
  }
  return { files, problems };
}

/** A file whose data passed its schema (with no problem reported, that is every file). */
function hasData<F extends { data?: unknown }>(f: F): f is F & { data: NonNullable<F['data']> } {
  return f.data !== undefined;
}

/** Validated content as plain data, for scripts; throws with every problem listed when invalid. */
export function loadContent(root: string) {
  const { files, problems } = validateContent(root);
  // Warnings (a blank translation file) do not stop a script; errors do.
  const errors = problems.filter((p) => p.severity === 'error').length;
  if (errors > 0) throw new Error(editorText('check.load-failed', { count: errors }));
  return {
    /** Entries of the per-language collections, with `id` = `<locale>/<slug>` as in Astro. */
    entries: files
      .filter(isEntryFile)
      .filter(hasData)
      .map((f) => ({ collection: f.collection, id: `${f.locale}/${f.slug}`, data: f.data })),
    anniversaries: filesOf(files, 'anniversaries')
      .filter(hasData)
      .map((f) => ({ id: f.slug, data: f.data })),
    calendars: filesOf(files, 'calendar')
      .filter(hasData)
      .map((f) => ({ id: f.slug, data: f.data })),
  };
}
