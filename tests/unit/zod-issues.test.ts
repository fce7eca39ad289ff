/**
 * Every kind of built-in zod issue reaches editors as the catalogue's text, in both languages,
 * through the error map (src/lib/zod-issues.ts), made by real zod schemas rather than by hand.
 */
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { EDITOR_LANGS, editorText, type EditorKey, type EditorLang } from '../../src/i18n/editor.ts';
import { editorErrorMap } from '../../src/lib/zod-issues.ts';

function message(schema: z.ZodType, input: unknown, lang: EditorLang): string {
  const result = schema.safeParse(input, { error: (issue) => editorErrorMap(issue, lang) });
  if (result.success) throw new Error('expected the value to be refused');
  return result.error.issues[0]!.message;
}

type Case = [what: string, schema: z.ZodType, input: unknown, key: EditorKey, params?: Record<string, string | number>];
const cases: Case[] = [
  ['a number where text is expected', z.string(), 5, 'zod.type', { expected: 'zod.expected.string' }],
  ['a fraction where a whole number is expected', z.int(), 1.5, 'zod.type', { expected: 'zod.expected.int' }],
  ['a value of an unnamed type', z.bigint(), 'x', 'zod.type', { expected: 'bigint' }],
  ['one allowed literal', z.literal('vi'), 'en', 'zod.value-one', { value: 'vi' }],
  ['a string that is too short', z.string().min(3), 'ab', 'zod.min-length', { minimum: '3' }],
  ['a list that is too short', z.array(z.string()).min(2), ['a'], 'zod.min-items', { count: 2 }],
  ['a list needing one item', z.array(z.string()).min(1), [], 'zod.min-items', { count: 1 }],
  ['a number that is too small', z.number().min(3), 1, 'zod.min-value', { minimum: '3' }],
  ['a list that is too long', z.array(z.string()).max(1), ['a', 'b'], 'zod.max-items', { count: 1 }],
  ['a number that is too large', z.number().max(3), 4, 'zod.max-value', { maximum: '3' }],
  ['an email address', z.email(), 'not-an-address', 'zod.email'],
  ['a URL', z.url(), 'not a url', 'schema.url'],
  ['another format', z.string().regex(/^\d+$/), 'x', 'zod.format'],
  ['a multiple', z.number().multipleOf(5), 7, 'zod.multiple-of', { divisor: '5' }],
  ['a union', z.union([z.number(), z.boolean()]), 'x', 'zod.union'],
  ['a record key', z.record(z.string().regex(/^[a-z]+$/), z.string()), { Fr1: 'x' }, 'zod.invalid-key'],
  ['a check without a message', z.string().refine((s) => s === 'ok'), 'no', 'zod.custom'],
];

describe('zod issues in the editor’s language', () => {
  it.each(cases)('%s', (_what, schema, input, key, params = {}) => {
    for (const lang of EDITOR_LANGS) {
      const filled = Object.fromEntries(
        Object.entries(params).map(([name, value]) => [
          name,
          typeof value === 'string' && value.startsWith('zod.expected.')
            ? editorText(value as EditorKey, {}, lang)
            : value,
        ]),
      );
      expect(message(schema, input, lang)).toBe(editorText(key, filled, lang));
    }
  });
  it('never shows zod’s own English text', () => {
    for (const [, schema, input] of cases) {
      expect(message(schema, input, 'vi')).not.toMatch(/Invalid|Too small|Too big|expected/);
    }
  });
});
