import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { LOCALES } from '../../src/i18n/locales.ts';
import { checkUiStrings } from '../../src/i18n/ui-check.ts';
import { pluralCategories } from '../../src/i18n/ui-check.ts';
import { enumLabel, pluralTemplates, useTranslations } from '../../src/i18n/ui.ts';
import { resultsTemplate } from '../../src/scripts/search-page.ts';

const dir = 'src/i18n/ui';
const files = Object.fromEntries(
  readdirSync(dir).map((f) => [f.replace('.json', ''), JSON.parse(readFileSync(`${dir}/${f}`, 'utf8'))]),
);

describe('UI strings', () => {
  it('has one file per locale with exactly the keys of the default locale', () => {
    expect(Object.keys(files).sort()).toEqual(LOCALES.map((l) => l.code).sort());
    expect(() =>
      checkUiStrings(
        files,
        LOCALES.map((l) => l.code),
      ),
    ).not.toThrow();
  });
  it('names the file and the keys when a locale file is incomplete', () => {
    const broken = { ...files, en: { ...files.en, 'site.home': '' } };
    expect(() => checkUiStrings(broken, ['vi', 'en'])).toThrow(
      /src\/i18n\/ui\/en\.json .*Missing or empty: site\.home/,
    );
    expect(() => checkUiStrings({ vi: files.vi }, ['vi', 'ja'])).toThrow(
      expect.objectContaining({
        message: expect.stringMatching(/src\/i18n\/ui\/ja\.json is missing/),
        hint: expect.stringMatching(/Copy src\/i18n\/ui\/vi\.json/),
      }),
    );
  });
  it('gives each locale its own i18next instance', () => {
    const vi = useTranslations('vi');
    const ko = useTranslations('ko');
    expect(vi('site.home')).toBe('Trang chủ');
    expect(ko('site.home')).toBe('홈');
    // Using one locale never changes another (no global language state).
    expect(vi('site.home')).toBe('Trang chủ');
    expect(useTranslations('zh')('anniversary.ordinal', { count: 80 })).toBe('80周年');
    expect(useTranslations('en')('product.stars', { count: 5 })).toBe('5-star OCOP');
  });
});

describe('plurals', () => {
  const en = useTranslations('en');
  it('writes English anniversaries as ordinals', () => {
    const ordinal = (count: number) => en('anniversary.ordinal', { count });
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 80, 101, 111].map(ordinal)).toEqual([
      '1st anniversary',
      '2nd anniversary',
      '3rd anniversary',
      '4th anniversary',
      '11th anniversary',
      '12th anniversary',
      '13th anniversary',
      '21st anniversary',
      '22nd anniversary',
      '23rd anniversary',
      '80th anniversary',
      '101st anniversary',
      '111th anniversary',
    ]);
    // i18next's own spelling gives the same.
    expect(en('anniversary.ordinal', { count: 1, ordinal: true })).toBe('1st anniversary');
  });
  it('keeps the other languages’ anniversary wording', () => {
    for (const count of [1, 2, 80]) {
      expect(useTranslations('vi')('anniversary.ordinal', { count })).toBe(`${count} năm`);
      expect(useTranslations('zh')('anniversary.ordinal', { count })).toBe(`${count}周年`);
      expect(useTranslations('ko')('anniversary.ordinal', { count })).toBe(`${count}주년`);
    }
  });
  it('counts search results in each language', () => {
    const results = (code: 'vi' | 'en' | 'zh' | 'ko', count: number) =>
      useTranslations(code)('search.results', { count, query: 'trà' });
    expect(results('en', 1)).toBe('1 result for “trà”');
    expect(results('en', 2)).toBe('2 results for “trà”');
    expect(results('en', 0)).toBe('0 results for “trà”');
    expect(results('vi', 1)).toBe('1 kết quả cho “trà”');
    expect(results('vi', 2)).toBe('2 kết quả cho “trà”');
    expect(results('zh', 1)).toBe('找到1条与“trà”相关的结果');
    expect(results('ko', 1)).toBe('“trà” 검색 결과 1건');
  });
  it('gives the search page every form of its language, chosen on the client with Intl.PluralRules', () => {
    const en = pluralTemplates('en', 'search.results', { query: '{query}' });
    expect(en).toEqual({ one: '{count} result for “{query}”', other: '{count} results for “{query}”' });
    const rules = new Intl.PluralRules('en');
    expect(resultsTemplate(en, rules, 1)).toBe(en.one);
    expect(resultsTemplate(en, rules, 2)).toBe(en.other);
    expect(resultsTemplate(en, rules, 0)).toBe(en.other);
    for (const l of LOCALES.filter((l) => l.code !== 'en')) {
      const forms = pluralTemplates(l.code, 'search.results', { query: '{query}' });
      expect(Object.keys(forms), l.code).toEqual(['other']);
      expect(resultsTemplate(forms, new Intl.PluralRules(l.lang), 1)).toBe(forms.other);
    }
  });
  it('labels enum values', () => {
    expect(enumLabel(en, 'collection.', 'heritage')).toBe('Heritage');
    expect(enumLabel(en, 'list.', 'partners', '.intro')).toBe('Localities abroad that cooperate with the province.');
  });
});

describe('the plural check', () => {
  const codes = LOCALES.map((l) => l.code);
  it('knows which forms each language needs', () => {
    expect(pluralCategories('en')).toEqual(['one', 'other']);
    expect(pluralCategories('en', 'ordinal')).toEqual(['one', 'two', 'few', 'other']);
    for (const lang of ['vi', 'zh-Hans', 'ko']) expect(pluralCategories(lang)).toEqual(['other']);
    expect(pluralCategories('vi', 'ordinal')).toEqual(['one', 'other']);
  });
  it('refuses a missing plural form, naming the forms the language needs', () => {
    const { 'search.results_one': _, ...noOne } = files.en;
    expect(() => checkUiStrings({ ...files, en: noOne }, codes)).toThrow(
      expect.objectContaining({
        message: expect.stringMatching(/src\/i18n\/ui\/en\.json .*Missing or empty: search\.results_one\./),
        hint: expect.stringMatching(/en needs the plural forms one, other and the ordinal forms one, two, few, other/),
      }),
    );
    const { 'anniversary.ordinal_ordinal_two': __, ...noTwo } = files.en;
    expect(() => checkUiStrings({ ...files, en: noTwo }, codes)).toThrow(/anniversary\.ordinal_ordinal_two/);
    const { 'anniversary.ordinal_ordinal_one': ___, ...viNoOne } = files.vi;
    expect(() => checkUiStrings({ ...files, vi: viNoOne }, codes)).toThrow(
      /ui\/vi\.json .*Missing or empty: anniversary\.ordinal_ordinal_one/,
    );
  });
  it('uses the locale’s language tag for its plural rules', () => {
    // A Japanese file copied from English: Japanese needs only `other`, the English extras are allowed.
    const ja = { ...files.en };
    expect(() => checkUiStrings({ vi: files.vi, ja }, ['vi', { code: 'ja', lang: 'ja' }])).not.toThrow();
    // English as a language needs `_one`, whatever the file is called.
    const { 'search.results_one': _, ...noOne } = files.en;
    expect(() => checkUiStrings({ vi: files.vi, x: noOne }, ['vi', { code: 'x', lang: 'en' }])).toThrow(
      /search\.results_one/,
    );
  });
  it('refuses a plural key given as a plain string, or forms of the wrong kind', () => {
    const { 'search.results_other': _, ...rest } = files.ko;
    expect(() =>
      checkUiStrings({ ...files, ko: { ...rest, 'search.results': '“{{query}}” 검색 결과 {{count}}건' } }, codes),
    ).toThrow(/ko\.json .*Missing or empty: search\.results_other\. Unknown keys: search\.results\./);
    expect(() => checkUiStrings({ ...files, zh: { ...files.zh, 'search.results_ordinal_other': 'x' } }, codes)).toThrow(
      /Unknown keys: search\.results_ordinal_other/,
    );
    expect(() => checkUiStrings({ ...files, zh: { ...files.zh, 'search.results_others': 'x' } }, codes)).toThrow(
      /Unknown keys: search\.results_others/,
    );
  });
  it('refuses a reference key that mixes kinds or uses "_" in its name', () => {
    expect(() => checkUiStrings({ vi: { ...files.vi, 'search.results': 'x' } }, ['vi'])).toThrow(
      /"search\.results" is both cardinal and plain/,
    );
    expect(() => checkUiStrings({ vi: { ...files.vi, site_name: 'x' } }, ['vi'])).toThrow(
      /"site_name" has "_" in its name/,
    );
    // The reference file is held to its own language's forms too: Vietnamese needs `_other`.
    expect(() => checkUiStrings({ vi: { ...files.vi, 'site.visits_one': 'x' } }, ['vi'])).toThrow(
      /Missing or empty: site\.visits_other/,
    );
  });
});
