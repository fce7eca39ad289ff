import { describe, expect, it } from 'vitest';
import { DEFAULT_LOCALE, LOCALES, localeFromUrl, localeUrl } from '../../src/i18n/locales.ts';

describe('locale table', () => {
  it('serves the default locale without prefix and the others under theirs', () => {
    expect(DEFAULT_LOCALE).toBe('vi');
    expect(localeUrl('vi')).toBe('/');
    expect(localeUrl('en')).toBe('/en/');
    expect(localeUrl('zh', 'heritage', 'atk-dinh-hoa')).toBe('/zh/heritage/atk-dinh-hoa/');
    expect(localeUrl('vi', 'about')).toBe('/about/');
  });
  it('maps URLs back to locales', () => {
    expect(localeFromUrl('/')).toBe('vi');
    expect(localeFromUrl('/heritage/x/')).toBe('vi');
    expect(localeFromUrl('/ko/heritage/x/')).toBe('ko');
    expect(localeFromUrl('/english/')).toBe('vi');
  });
  it('uses one exact BCP-47 tag per locale, Simplified Chinese as zh-Hans', () => {
    expect(LOCALES.map((l) => l.lang)).toEqual(['vi', 'en', 'zh-Hans', 'ko']);
    expect(new Set(LOCALES.map((l) => l.path)).size).toBe(LOCALES.length);
    for (const l of LOCALES) expect(Intl.getCanonicalLocales(l.lang)[0]).toBe(l.lang);
  });
});
