/**
 * The proper-name table (`names:` in content/glossary/<lang>.yaml): plain-text names compiled into
 * rules. A variant spelling is an error naming the one form; a `first` form is required at the
 * first mention in a body; language-neutral YAML is checked per language; UI strings follow it.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content-checks.ts';
import { applyGlossary, literalPattern, localeTexts, nameRules } from '../../src/lib/glossary.ts';
import { LOCALES } from '../../src/i18n/locales.ts';
import { siteNow } from '../../src/lib/clock.ts';
import { glossarySchema, type GlossaryName } from '../../src/schemas/glossary.ts';

const FIXTURE = 'tests/fixtures/content-names';
const { problems } = await checkContent(FIXTURE, { now: new Date('2026-01-01T00:00:00Z') });
const found = (file: string) =>
  problems.filter((p) => p.file === `${FIXTURE}/${file}`).map((p) => `[${p.field}] ${p.message}`);

describe('the name-table fixture', () => {
  it('passes the entries that use the table’s forms, in every language', () => {
    expect(found('articles/vi/dung-ten.md')).toEqual([]);
    expect(found('articles/en/dung-ten.md')).toEqual([]);
  });
  it('names the expected form for each variant, in every field', () => {
    const en = found('articles/en/sai-ten.md');
    expect(en.some((m) => m.startsWith('[title]') && m.includes('"Duom Temple"') && m.includes('"Den Duom"'))).toBe(
      true,
    );
    expect(en.some((m) => m.startsWith('[description]') && m.includes('"Duom temple"'))).toBe(true);
    expect(en.some((m) => m.startsWith('[description]') && m.includes('"Tày"') && m.includes('"Tay"'))).toBe(true);
    const zh = found('articles/zh/sai-ten.md');
    expect(zh.some((m) => m.startsWith('[title]') && m.includes('"杨嗣明"') && m.includes('"杨自明"'))).toBe(true);
    expect(zh.some((m) => m.startsWith('[body]') && m.includes('"扬嗣明"'))).toBe(true);
  });
  it('asks for the full form at the first mention in a body, on the line it is missing', () => {
    const p = problems.find((p) => p.file.endsWith('en/sai-ten.md') && p.field === 'body');
    expect(p?.line).toBe(8);
    expect(p?.message).toContain('"Đền Đuổm (Duom Temple)"');
  });
  it('checks each language’s texts inside language-neutral YAML', () => {
    expect(found('anniversaries/le-hoi-den-duom.yaml')).toEqual([
      expect.stringMatching(/^\[name\.en\] .*"Duom Temple".*"Den Duom"/),
    ]);
  });
  it('reports nothing else', () => {
    expect(problems.filter((p) => p.severity === 'error')).toHaveLength(7);
  });
});

const name = (over: Partial<GlossaryName> = {}): GlossaryName => ({
  id: 'den-duom',
  kind: 'place',
  vi: 'Đền Đuổm',
  name: 'Duom Temple',
  variants: [],
  source: 'test',
  ...over,
});
const hits = (text: string, names: GlossaryName[], field = 'body') =>
  applyGlossary([{ field, text }], nameRules(names)).map((h) => text.slice(h.index));

describe('names as rules', () => {
  it('matches Latin names as whole words only, Chinese and Korean anywhere', () => {
    expect(hits('Tay, Tays, Taylor, (Tay)', [name({ name: 'Tày', variants: ['Tay'] })])).toEqual([
      'Tay, Tays, Taylor, (Tay)',
      'Tay)',
    ]);
    expect(hits('떠이족은 떠이족의', [name({ name: '따이족', variants: ['떠이족'] })])).toHaveLength(2);
    // A Latin name written against Chinese or Korean text is still a whole word.
    expect(hits('经过Duom庙，Duom은', [name({ name: 'Đuổm', variants: ['Duom'] })])).toHaveLength(2);
  });
  it('takes names as text: characters that mean something in a pattern are plain', () => {
    expect(new RegExp(literalPattern('A (B) [c]? 1.5*'), 'u').test('A (B) [c]? 1.5*')).toBe(true);
    expect(hits('Ab', [name({ name: 'x', variants: ['A.'] })])).toEqual([]);
  });
  it('allows a variant inside the name itself', () => {
    expect(hits('Duom Temple', [name({ variants: ['Duom'] })])).toEqual([]);
    expect(hits('Duom', [name({ variants: ['Duom'] })])).toEqual(['Duom']);
  });
  it('wants the full form first in a body, and only in a body', () => {
    const first = name({ first: 'Đền Đuổm (Duom Temple)' });
    expect(hits('Đền Đuổm (Duom Temple) … Duom Temple', [first])).toEqual([]);
    expect(hits('Duom Temple … Đền Đuổm (Duom Temple)', [first])).toHaveLength(1);
    expect(hits('Duom Temple', [first], 'title')).toEqual([]);
    expect(hits('Nothing here', [first])).toEqual([]);
  });
  it('refuses a first form that does not contain the name, and duplicate ids', () => {
    const parsed = glossarySchema().safeParse({
      rules: [],
      names: [name({ first: 'Đền Đuổm' }), name()],
    });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => i.path.join('.')).sort()).toEqual(['names.0.first', 'names.1.id']);
  });
});

describe('texts of one language inside language-neutral data', () => {
  it('are the strings under that language’s key, with their paths', () => {
    const data = { name: { vi: 'A', zh: '甲' }, visitors: [{ note: { zh: '乙' } }], tags: { zh: ['丙'] } };
    expect(localeTexts(data, 'zh')).toEqual([
      { field: 'name.zh', text: '甲' },
      { field: 'visitors.0.note.zh', text: '乙' },
      { field: 'tags.zh.0', text: '丙' },
    ]);
  });
});

describe('the demo’s name tables', () => {
  it('the demo content follows them: no name-table error in any file', async () => {
    const { problems: demo } = await checkContent('content', { now: siteNow() });
    expect(demo.filter((p) => p.severity === 'error').map((p) => `${p.file} [${p.field}] ${p.message}`)).toEqual([]);
  }, 60_000);
  for (const { code } of LOCALES) {
    const table = glossarySchema().parse(parse(readFileSync(`content/glossary/${code}.yaml`, 'utf8')));
    const ui = JSON.parse(readFileSync(`src/i18n/ui/${code}.json`, 'utf8')) as Record<string, string>;
    it(`${code}: the interface strings use the table’s forms`, () => {
      const fields = Object.entries(ui).map(([field, text]) => ({ field, text }));
      const rules = nameRules(table.names).filter((r) => !r.firstMention);
      expect(applyGlossary(fields, rules).map((h) => `${h.field}: ${h.message}`)).toEqual([]);
    });
  }
});
