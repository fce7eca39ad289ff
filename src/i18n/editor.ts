/**
 * Every message for editors (the content gate, schema fields, the CLI scripts, the calendar
 * report), from catalogues: `src/i18n/editor/<lang>/<area>.json`, one file per area, in
 * Vietnamese (the office's language, the default) and English (`EDITOR_LANG=en` or `--lang en`).
 * The Vietnamese files define the keys, so a key used in code but missing from the catalogue
 * is a type error; `tests/unit/editor-messages.test.ts` checks that both languages have the same
 * keys and `{{placeholders}}`, that no key is in two areas, and that every key is used.
 * (The public site's UI strings are apart: `src/i18n/ui/`.)
 */
import viBody from './editor/vi/body.json' with { type: 'json' };
import enBody from './editor/en/body.json' with { type: 'json' };
import viCalendar from './editor/vi/calendar.json' with { type: 'json' };
import enCalendar from './editor/en/calendar.json' with { type: 'json' };
import viCheck from './editor/vi/check.json' with { type: 'json' };
import enCheck from './editor/en/check.json' with { type: 'json' };
import viCount from './editor/vi/count.json' with { type: 'json' };
import enCount from './editor/en/count.json' with { type: 'json' };
import viFiles from './editor/vi/files.json' with { type: 'json' };
import enFiles from './editor/en/files.json' with { type: 'json' };
import viI18nStatus from './editor/vi/i18n-status.json' with { type: 'json' };
import enI18nStatus from './editor/en/i18n-status.json' with { type: 'json' };
import viImages from './editor/vi/images.json' with { type: 'json' };
import enImages from './editor/en/images.json' with { type: 'json' };
import viLinks from './editor/vi/links.json' with { type: 'json' };
import enLinks from './editor/en/links.json' with { type: 'json' };
import viScaffold from './editor/vi/scaffold.json' with { type: 'json' };
import enScaffold from './editor/en/scaffold.json' with { type: 'json' };
import viSchema from './editor/vi/schema.json' with { type: 'json' };
import enSchema from './editor/en/schema.json' with { type: 'json' };
import viStaff from './editor/vi/staff.json' with { type: 'json' };
import enStaff from './editor/en/staff.json' with { type: 'json' };
import viZod from './editor/vi/zod.json' with { type: 'json' };
import enZod from './editor/en/zod.json' with { type: 'json' };

export type EditorLang = 'vi' | 'en';
export const EDITOR_LANGS: readonly EditorLang[] = ['vi', 'en'];

/** The catalogue files, by area: what the parity test walks. */
export const AREAS: Record<string, Record<EditorLang, Record<string, string>>> = {
  body: { vi: viBody, en: enBody },
  calendar: { vi: viCalendar, en: enCalendar },
  check: { vi: viCheck, en: enCheck },
  count: { vi: viCount, en: enCount },
  files: { vi: viFiles, en: enFiles },
  'i18n-status': { vi: viI18nStatus, en: enI18nStatus },
  images: { vi: viImages, en: enImages },
  links: { vi: viLinks, en: enLinks },
  scaffold: { vi: viScaffold, en: enScaffold },
  schema: { vi: viSchema, en: enSchema },
  staff: { vi: viStaff, en: enStaff },
  zod: { vi: viZod, en: enZod },
};

const vi = {
  ...viBody,
  ...viCalendar,
  ...viCheck,
  ...viCount,
  ...viFiles,
  ...viI18nStatus,
  ...viImages,
  ...viLinks,
  ...viScaffold,
  ...viSchema,
  ...viStaff,
  ...viZod,
};
type Category = Intl.LDMLPluralRule;
/** The key as written in the files, plural forms included (`count.errors_other`). */
type FileKey = Extract<keyof typeof vi, string>;
/** Every key callers write: plain keys, and the base key of plural forms (`count.errors`). */
export type EditorKey = FileKey extends infer K ? (K extends `${infer B}_${Category}` ? B : K) : never;
/** Keys with plural forms: called with a numeric `count` (`editorText('count.errors', { count })`). */
export type EditorCountKey = FileKey extends infer K ? (K extends `${infer B}_${Category}` ? B : never) : never;
export type EditorParams = Record<string, string | number>;
/** A plural key needs its numeric `count` (a missing one is a type error); other keys take any values. */
export type EditorArgs<K extends EditorKey> = K extends EditorCountKey
  ? [params: EditorParams & { count: number }, lang?: EditorLang]
  : [params?: EditorParams, lang?: EditorLang];

export const CATALOGUES: Record<EditorLang, Record<string, string>> = {
  vi,
  en: Object.assign({}, ...Object.values(AREAS).map((a) => a.en)) as Record<string, string>,
};

/** The editor's language, read when a message is made (so a process can switch, as tests do). */
export function editorLang(env: Record<string, string | undefined> = process.env): EditorLang {
  return env.EDITOR_LANG === 'en' ? 'en' : 'vi';
}

/**
 * The message for `key` in the editor's language, with `{{name}}` placeholders filled in. A key
 * with plural forms (`key_one`, `key_other`: i18next's naming) takes the form that
 * `Intl.PluralRules` picks for `params.count`; Vietnamese has only `_other`, English `_one` too.
 */
export function editorText<K extends EditorKey>(key: K, ...[params = {}, lang = editorLang()]: EditorArgs<K>): string {
  const count = params['count'];
  const form = typeof count === 'number' ? `${key}_${new Intl.PluralRules(lang).select(count)}` : undefined;
  const template =
    (form && CATALOGUES[lang][form]) ??
    CATALOGUES[lang][key] ??
    CATALOGUES[lang][`${key}_other`] ??
    CATALOGUES.vi[key] ??
    CATALOGUES.vi[`${key}_other`] ??
    key;
  return template.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** "1 error", "3 errors", "3 lỗi": a counted phrase of the `count` area. */
export function editorCount(key: EditorCountKey, count: number, lang: EditorLang = editorLang()): string {
  return editorText(key, { count }, lang);
}

/**
 * A zod `error` option that makes the message when the issue is reported, in the editor's
 * language at that moment: `.regex(re, editorError('schema.slug'))`, `{ error: … }` in params.
 */
export const editorError = (key: EditorKey, params?: EditorParams) => ({ error: () => editorText(key, params) });
