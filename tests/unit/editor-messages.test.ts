/**
 * The editors' message catalogues (src/i18n/editor/<lang>/<area>.json): both languages alike,
 * every key used, and zod's built-in issues in the editor's language through the error map.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  AREAS,
  CATALOGUES,
  EDITOR_LANGS,
  editorCount,
  editorLang,
  editorText,
  type EditorKey,
  type EditorLang,
} from '../../src/i18n/editor.ts';
import { parseKey, pluralCategories } from '../../src/i18n/ui-check.ts';
import { calendarReport } from '../../src/lib/calendar.ts';
import { editorErrorMap } from '../../src/lib/zod-issues.ts';
import { articleSchema, productSchema } from '../../src/schemas/collections.ts';
import { pathImage } from '../../src/schemas/fields.ts';

/** Runs `fn` with EDITOR_LANG set to `lang`, then puts the variable back as it was. */
function inLang<T>(lang: EditorLang, fn: () => T): T {
  const before = process.env.EDITOR_LANG;
  process.env.EDITOR_LANG = lang;
  try {
    return fn();
  } finally {
    if (before === undefined) delete process.env.EDITOR_LANG;
    else process.env.EDITOR_LANG = before;
  }
}

const placeholders = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]!).sort();

describe('the catalogues', () => {
  it.each(Object.keys(AREAS))(
    '%s: the same keys, the plural forms each language needs, and the same placeholders',
    (area) => {
      const { vi, en } = AREAS[area]!;
      const bases = (catalogue: Record<string, string>) =>
        [...new Set(Object.keys(catalogue).map((k) => parseKey(k).base))].sort();
      expect(bases(en)).toEqual(bases(vi));
      for (const lang of EDITOR_LANGS) {
        const catalogue = AREAS[area]![lang];
        for (const key of Object.keys(vi)) {
          const { base, kind } = parseKey(key);
          const needed = kind === 'plain' ? [key] : pluralCategories(lang).map((c) => `${base}_${c}`);
          for (const form of needed) expect(catalogue[form]?.trim(), `${lang} ${form}`).toBeTruthy();
        }
      }
      // A plural form may spell out its number ("1 error"): `count` is not compared.
      const names = (catalogue: Record<string, string>, base: string) =>
        [
          ...new Set(
            Object.entries(catalogue)
              .filter(([k]) => parseKey(k).base === base)
              .flatMap(([, text]) => placeholders(text))
              .filter((name) => name !== 'count'),
          ),
        ].sort();
      for (const base of bases(vi)) expect(names(en, base), base).toEqual(names(vi, base));
    },
  );

  it('has one catalogue file per area in each language, and no key in two areas', () => {
    for (const lang of EDITOR_LANGS) {
      const files = readdirSync(`src/i18n/editor/${lang}`).map((f) => f.replace(/\.json$/, ''));
      expect(files.sort()).toEqual(Object.keys(AREAS).sort());
    }
    const seen = new Map<string, string>();
    for (const [area, { vi }] of Object.entries(AREAS)) {
      for (const key of Object.keys(vi)) {
        expect(seen.get(key), `${key} is in ${seen.get(key)} and ${area}`).toBeUndefined();
        seen.set(key, area);
      }
    }
    expect(Object.keys(CATALOGUES.vi).length).toBe(seen.size);
  });

  it('uses every key somewhere in src/ or scripts/ (no dead messages)', () => {
    const sources: string[] = [];
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) walk(path);
        else if (/\.(ts|mts|mjs|astro)$/.test(entry.name)) sources.push(readFileSync(path, 'utf8'));
      }
    };
    walk('src');
    walk('scripts');
    const code = sources.join('\n');
    const used = new Set(Object.keys(CATALOGUES.vi).map((k) => parseKey(k).base));
    const unused = [...used].filter(
      (key) => !code.includes(`'${key}'`) && !code.includes(`"${key}"`) && !code.includes(`\`${key}\``),
    );
    expect(unused).toEqual([]);
  });

  it('picks the plural form Intl.PluralRules gives for the count', () => {
    expect(editorCount('count.errors', 1, 'en')).toBe('1 error');
    expect(editorCount('count.errors', 0, 'en')).toBe('0 errors');
    expect(editorCount('count.errors', 21, 'en')).toBe('21 errors');
    expect(editorCount('count.errors', 1, 'vi')).toBe('1 lỗi');
    expect(editorText('gate.summary', { count: 1 }, 'en')).toBe('The content has 1 error; the site was not built:');
    expect(editorText('gate.summary', { count: 2 }, 'en')).toBe('The content has 2 errors; the site was not built:');
    expect(editorCount('count.years', 1, 'en')).toBe('1 year');
    // @ts-expect-error: a plural form is not a key callers write
    editorText('count.errors_one');
    // @ts-expect-error: a plural key needs its count
    editorText('count.errors', {});
  });

  it('fills placeholders, falls back to the key, and reads the language when asked', () => {
    expect(editorText('check.plan-entry', { ref: 'articles/x' }, 'en')).toBe(
      'There is no entry articles/x (Vietnamese source).',
    );
    expect(editorText('check.plan-entry', {}, 'vi')).toContain('{{ref}}');
    // @ts-expect-error: an unknown key is a type error
    expect(editorText('no.such-key', {}, 'en')).toBe('no.such-key');
    expect(editorLang({ EDITOR_LANG: 'en' })).toBe('en');
    expect(editorLang({})).toBe('vi');
    expect(inLang('vi', () => editorText('zod.missing'))).toBe('Thiếu trường bắt buộc này.');
    expect(inLang('en', () => editorText('zod.missing'))).toBe('This required field is missing.');
  });
});

describe('zod issues through the error map', () => {
  const common = { description: 'D', publishAt: '2025-06-01T08:00:00+07:00' };
  const untitled = { ...common, kind: 'news' };
  const base = { ...untitled, title: 'T' };
  // Built once, like the build does: the messages are made when an issue is reported.
  const article = articleSchema(pathImage);
  const product = productSchema(pathImage);
  const issues = (schema: typeof article | typeof product, data: unknown, lang: EditorLang) =>
    inLang(lang, () => {
      const r = schema.safeParse(data, { error: editorErrorMap });
      return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    });

  const cases: [what: string, data: unknown, key: EditorKey, params: Record<string, string | number>, path: string][] =
    [
      ['an unknown field', { ...base, publishedAt: 'x' }, 'zod.unknown-keys', { keys: 'publishedAt', count: 1 }, ''],
      [
        'two unknown fields',
        { ...base, publishedAt: 'x', autor: 'y' },
        'zod.unknown-keys',
        { keys: 'publishedAt, autor', count: 2 },
        '',
      ],
      ['a `slug` field', { ...base, slug: 'x' }, 'zod.slug-field', {}, ''],
      ['a missing field', untitled, 'zod.missing', {}, 'title'],
      [
        'a wrong enum value',
        { ...base, kind: 'blog' },
        'zod.value',
        { values: 'news, feature, press-release, rebuttal' },
        'kind',
      ],
      ['a too-long string', { ...base, title: 'x'.repeat(161) }, 'zod.max-length', { maximum: '160' }, 'title'],
      ['an empty string', { ...base, description: ' ' }, 'zod.empty', {}, 'description'],
      ['a wrong type', { ...base, draft: 'yes' }, 'zod.type', { expected: 'boolean' }, 'draft'],
    ];
  it.each(cases)('gives %s the catalogue message in Vietnamese and English', (_what, data, key, params, path) => {
    for (const lang of EDITOR_LANGS) {
      const expected = { ...params };
      if (key === 'zod.type') expected.expected = editorText('zod.expected.boolean', {}, lang);
      const message = editorText(key, expected, lang);
      expect(issues(article, data, lang)).toEqual([`${path}: ${message}`]);
    }
    expect(editorText(key, params, 'vi')).not.toBe(editorText(key, params, 'en'));
  });

  it('lets the schemas’ own messages through, in the language of the moment', () => {
    const fields = {
      ...common,
      title: 'T',
      stars: 6,
      certifiedYear: 2024,
      category: 'food',
      producer: { name: 'HTX' },
      commune: 'X',
    };
    expect(issues(product, fields, 'vi')).toEqual(['stars: Hạng OCOP chỉ có 3, 4 hoặc 5 sao.']);
    expect(issues(product, fields, 'en')).toEqual(['stars: OCOP ratings are 3, 4 or 5 stars.']);
    expect(issues(article, { ...base, publishAt: '2025-02-30T08:00:00+07:00' }, 'vi')).toEqual([
      'publishAt: Ngày 2025-02-30 không có trong lịch (kiểm tra ngày và tháng).',
    ]);
  });

  it('says "missing" for an absent nested field with a schema message of its own', () => {
    const data = { ...base, cover: { src: './a.jpg' } };
    expect(issues(article, data, 'vi')).toEqual(['cover.alt: Thiếu trường bắt buộc này.']);
    expect(issues(article, { ...base, cover: { src: './a.jpg', alt: 3 } }, 'en')).toEqual([
      'cover.alt: Describe the image in alt: what a reader who cannot see it needs to know.',
    ]);
  });

  it('takes an explicit language', () => {
    const issue: Parameters<typeof editorErrorMap>[0] = {
      code: 'too_big',
      origin: 'string',
      maximum: 5,
      input: 'abcdefg',
    };
    expect(editorErrorMap(issue, 'vi')).toBe('Quá dài: tối đa 5 ký tự.');
    expect(editorErrorMap(issue, 'en')).toBe('Too long: at most 5 characters.');
  });
});

describe('the calendar report’s warnings', () => {
  const input = {
    year: 2025,
    now: new Date('2025-09-10T00:00:00Z'),
    locales: ['vi', 'en'],
    anniversaries: [
      { id: 'qk', data: { date: '1945-09-02', category: 'national' as const, name: { vi: 'Quốc khánh' } } },
    ],
    items: [],
    entries: [],
  };
  it('come in the editor’s language', () => {
    const vi = inLang('vi', () => calendarReport(input).warnings.map((w) => w.message));
    const en = inLang('en', () => calendarReport(input).warnings.map((w) => w.message));
    expect(vi).toEqual([
      editorText('calendar.milestone-unplanned', { name: 'Quốc khánh', years: '80 năm', date: '2025-09-02' }, 'vi'),
    ]);
    expect(en).toEqual([
      'Quốc khánh: 80 years (2025-09-02) is a milestone anniversary, but no task or article is planned for it.',
    ]);
  });
});
