/**
 * Zod's built-in issues ("Invalid input: expected string, received number") in the editor's
 * language, from the `zod` area of the catalogue, as a zod error map:
 * `schema.safeParse(data, { error: editorErrorMap })`. Zod asks a parse's map only for issues
 * whose schema or check has no message of its own, so the schemas' messages (written for
 * editors, `src/schemas/`) pass through untouched.
 *
 * Astro parses content with its own map, but only after the content gate
 * (`src/integrations/content-gate.ts`) has validated every file with this one and stopped the
 * build on any problem: what editors see in `astro build` is the gate's list.
 */
import type { z } from 'astro/zod';
import { editorText, type EditorKey, type EditorLang, editorLang } from '../i18n/editor.ts';

type RawIssue = z.core.$ZodRawIssue;

/** Zod's type names an editor can read; other names are shown as they are. */
const EXPECTED: Partial<Record<string, EditorKey>> = {
  string: 'zod.expected.string',
  number: 'zod.expected.number',
  int: 'zod.expected.int',
  boolean: 'zod.expected.boolean',
  array: 'zod.expected.array',
  object: 'zod.expected.object',
  date: 'zod.expected.date',
};

const SIZED_BY_ITEMS = new Set(['array', 'set', 'map']);

/** The catalogue text for a built-in issue (`lang`: the editor's language now, by default). */
export function editorErrorMap(issue: RawIssue, lang: EditorLang = editorLang()): string {
  const text = (key: EditorKey, params?: Record<string, string | number>) => editorText(key, params, lang);
  switch (issue.code) {
    case 'unrecognized_keys':
      // Astro would silently turn a `slug` into the entry's id: the file name is the path.
      if (issue.keys.includes('slug')) return text('zod.slug-field');
      return text('zod.unknown-keys', { keys: issue.keys.join(', '), count: issue.keys.length });
    case 'invalid_type': {
      if (issue.input === undefined) return text('zod.missing');
      const key = EXPECTED[issue.expected];
      return text('zod.type', { expected: key ? text(key) : issue.expected });
    }
    case 'invalid_value': {
      const values = issue.values.map((v) => String(v));
      if (values.length === 1) return text('zod.value-one', { value: values[0]! });
      return text('zod.value', { values: values.join(', ') });
    }
    case 'too_small': {
      const minimum = String(issue.minimum);
      if (issue.origin === 'string')
        return Number(issue.minimum) <= 1 ? text('zod.empty') : text('zod.min-length', { minimum });
      if (SIZED_BY_ITEMS.has(issue.origin)) return text('zod.min-items', { count: Number(issue.minimum) });
      return text('zod.min-value', { minimum });
    }
    case 'too_big': {
      const maximum = String(issue.maximum);
      if (issue.origin === 'string') return text('zod.max-length', { maximum });
      if (SIZED_BY_ITEMS.has(issue.origin)) return text('zod.max-items', { count: Number(issue.maximum) });
      return text('zod.max-value', { maximum });
    }
    case 'invalid_format':
      if (issue.format === 'email') return text('zod.email');
      if (issue.format === 'url') return text('schema.url');
      return text('zod.format');
    case 'not_multiple_of':
      return text('zod.multiple-of', { divisor: String(issue.divisor) });
    case 'invalid_union':
      return text('zod.union');
    case 'invalid_key':
      return text('zod.invalid-key');
    case 'invalid_element':
      return text('zod.invalid-element');
    default:
      return text('zod.custom');
  }
}
