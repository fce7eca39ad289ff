import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { LOCALES } from '../../src/i18n/locales.ts';
import { checkUiStrings } from '../../src/i18n/ui-check.ts';
import { useTranslations } from '../../src/i18n/ui.ts';

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
