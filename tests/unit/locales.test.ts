import { describe, expect, it } from 'vitest';
import {
  DEFAULT_LOCALE,
  getLocale,
  isLocaleCode,
  LOCALES,
  localeFromUrl,
  localeUrl,
  type LocaleCode,
} from '../../src/i18n/locales.ts';
import { NAV_SECTIONS, SEARCH_TYPES } from '../../src/lib/routing.ts';
import { scriptOf, scriptOfLocale } from '../../src/lib/search-text.ts';

describe('locale table', () => {
  // Invariants of the table, whatever its rows: adding a language must keep them.
  it('has one default locale, listed first and served at / without a prefix', () => {
    expect(LOCALES[0].code).toBe(DEFAULT_LOCALE);
    expect(LOCALES.filter((l) => l.path === '').map((l) => l.code)).toEqual([DEFAULT_LOCALE]);
    expect(localeUrl(DEFAULT_LOCALE)).toBe('/');
    expect(localeUrl(DEFAULT_LOCALE, 'about')).toBe('/about/');
  });
  it('gives every locale its own code, prefix, tag, label and Open Graph locale', () => {
    for (const key of ['code', 'path', 'lang', 'label', 'ogLocale'] as const)
      expect(new Set(LOCALES.map((l) => l[key])).size, key).toBe(LOCALES.length);
  });
  it('uses prefixes that are one lowercase URL segment, none named like a section of the site', () => {
    const sections = new Set<string>([...NAV_SECTIONS, ...SEARCH_TYPES, 'search', '404', '_astro', 'pagefind']);
    for (const l of LOCALES.filter((l) => l.path !== '')) {
      expect(l.path, l.code).toMatch(/^[a-z]{2,3}(-[a-z0-9]+)*$/);
      expect(sections.has(l.path), l.code).toBe(false);
    }
  });
  it('writes each language tag canonically (BCP 47), with an Open Graph locale of the same language', () => {
    for (const l of LOCALES) {
      expect(Intl.getCanonicalLocales(l.lang)[0], l.code).toBe(l.lang);
      expect(l.ogLocale, l.code).toMatch(/^[a-z]{2,3}_[A-Z]{2}$/);
      expect(l.ogLocale.split('_')[0], l.code).toBe(new Intl.Locale(l.lang).language);
    }
  });
  it('maps every URL it builds back to its locale, and anything else to the default locale', () => {
    for (const l of LOCALES) {
      for (const segments of [[], ['about'], ['heritage', 'atk-dinh-hoa']]) {
        const url = localeUrl(l.code, ...segments);
        expect(url).toMatch(/^\/(.+\/)?$/);
        expect(localeFromUrl(url), url).toBe(l.code);
      }
    }
    expect(localeUrl('zh', 'heritage', 'atk-dinh-hoa')).toBe('/zh/heritage/atk-dinh-hoa/');
    // A prefix counts only as a whole first segment.
    expect(localeFromUrl('/english/')).toBe(DEFAULT_LOCALE);
    expect(localeFromUrl('/heritage/en/')).toBe(DEFAULT_LOCALE);
  });
  it('refuses an unknown locale code', () => {
    expect(isLocaleCode('ja')).toBe(false);
    expect(isLocaleCode(LOCALES[1].code)).toBe(true);
    expect(() => getLocale('ja' as LocaleCode)).toThrow(/Unknown locale "ja"/);
  });
  it('gives each locale the direction and script Intl knows for its language', () => {
    expect(LOCALES.map((l) => [l.code, l.dir, l.script])).toEqual([
      ['vi', 'ltr', 'Latn'],
      ['en', 'ltr', 'Latn'],
      ['zh', 'ltr', 'Hans'],
      ['ko', 'ltr', 'Kore'],
    ]);
    for (const l of LOCALES) {
      const tag = new Intl.Locale(l.lang);
      expect(l.script, l.code).toBe(tag.maximize().script);
      expect(l.dir, l.code).toBe(tag.getTextInfo().direction);
    }
  });
  it('tells search which script a query in each language is typed in', () => {
    const typed = { vi: 'chè Tân Cương', en: 'green tea', zh: '绿茶', ko: '녹차' };
    for (const l of LOCALES) expect(scriptOfLocale(l.script), l.code).toBe(scriptOf(typed[l.code]));
    expect(scriptOfLocale('Hang')).toBe('hangul');
    expect(scriptOfLocale('Hant')).toBe('han');
    expect(scriptOfLocale('Jpan')).toBe('other');
    expect(scriptOfLocale('Arab')).toBe('other');
  });
});
