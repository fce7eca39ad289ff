/**
 * The one locale table. Astro's i18n config, the routes, the language switcher,
 * hreflang links, Open Graph locales and <html lang> all derive from it.
 *
 * Adding a language (Japanese for a partner prefecture, Lao for a partner province)
 * takes one entry here, one UI-strings file `src/i18n/ui/<code>.json`, and the
 * content in `content/<collection>/<code>/`. Nothing else.
 */
export interface LocaleDef {
  /** Folder name under `content/<collection>/` and the key used everywhere in code. */
  readonly code: string;
  /** URL prefix; empty for the default locale, which is served at `/`. */
  readonly path: string;
  /** Exact BCP-47 tag for <html lang> and hreflang. Pagefind picks its index from it. */
  readonly lang: string;
  /** The language's name in itself, shown in the switcher. */
  readonly label: string;
  /** Open Graph locale (language_TERRITORY). */
  readonly ogLocale: string;
  /** Writing direction, for <html dir>. Agrees with `new Intl.Locale(lang).getTextInfo().direction`. */
  readonly dir: 'ltr' | 'rtl';
  /**
   * Main script, ISO 15924, as `new Intl.Locale(lang).maximize().script` gives it: `Latn`, `Hans`,
   * `Kore` (Korean: Hangul with Hanja), `Jpan`, `Arab`… Search uses it to send a query typed in
   * another language's script to that language's pages.
   */
  readonly script: string;
}

export const LOCALES = [
  { code: 'vi', path: '', lang: 'vi', label: 'Tiếng Việt', ogLocale: 'vi_VN', dir: 'ltr', script: 'Latn' },
  { code: 'en', path: 'en', lang: 'en', label: 'English', ogLocale: 'en_US', dir: 'ltr', script: 'Latn' },
  // Simplified Chinese. `zh-Hans` (script, not country) is used in every place a tag appears.
  { code: 'zh', path: 'zh', lang: 'zh-Hans', label: '中文', ogLocale: 'zh_CN', dir: 'ltr', script: 'Hans' },
  { code: 'ko', path: 'ko', lang: 'ko', label: '한국어', ogLocale: 'ko_KR', dir: 'ltr', script: 'Kore' },
] as const satisfies readonly LocaleDef[];

export type Locale = (typeof LOCALES)[number];
export type LocaleCode = Locale['code'];

/** The first entry is the default locale: no URL prefix, source language of every translation. */
export const DEFAULT_LOCALE: LocaleCode = LOCALES[0].code;

export const LOCALE_CODES: readonly LocaleCode[] = LOCALES.map((l) => l.code);

export function isLocaleCode(value: unknown): value is LocaleCode {
  return typeof value === 'string' && (LOCALE_CODES as readonly string[]).includes(value);
}

export function getLocale(code: LocaleCode): Locale {
  const found = LOCALES.find((l) => l.code === code);
  if (!found) throw new Error(`Unknown locale "${code}". Known: ${LOCALE_CODES.join(', ')}.`);
  return found;
}

/**
 * Site-relative URL for a locale and path segments, always with a trailing slash:
 * `localeUrl('en', 'heritage', 'atk-dinh-hoa')` → `/en/heritage/atk-dinh-hoa/`.
 */
export function localeUrl(code: LocaleCode, ...segments: string[]): string {
  const parts = [getLocale(code).path, ...segments].filter((s) => s !== '');
  return parts.length === 0 ? '/' : `/${parts.join('/')}/`;
}

/** Which locale a site-relative URL belongs to (the default locale when it has no prefix). */
export function localeFromUrl(pathname: string): LocaleCode {
  const first = pathname.split('/').filter(Boolean)[0];
  const match = LOCALES.find((l) => l.path !== '' && l.path === first);
  return match ? match.code : DEFAULT_LOCALE;
}
