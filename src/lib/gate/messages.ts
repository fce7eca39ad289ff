/**
 * The content gate's messages, from catalogues: `src/i18n/editor/<lang>/<area>.json`, one file
 * per area of the gate, Vietnamese (the office's language, the default) and English
 * (`EDITOR_LANG=en` or `--lang en`). The Vietnamese files define the keys, so a message used in
 * code but missing from a catalogue is a type error; `tests/unit/gate-messages.test.ts` checks
 * that both languages have the same keys and placeholders.
 */
import viBody from '../../i18n/editor/vi/body.json' with { type: 'json' };
import enBody from '../../i18n/editor/en/body.json' with { type: 'json' };
import viFiles from '../../i18n/editor/vi/files.json' with { type: 'json' };
import enFiles from '../../i18n/editor/en/files.json' with { type: 'json' };
import viImages from '../../i18n/editor/vi/images.json' with { type: 'json' };
import enImages from '../../i18n/editor/en/images.json' with { type: 'json' };
import viLinks from '../../i18n/editor/vi/links.json' with { type: 'json' };
import enLinks from '../../i18n/editor/en/links.json' with { type: 'json' };

const vi = { ...viBody, ...viFiles, ...viImages, ...viLinks };
export type GateKey = keyof typeof vi;
export type EditorLang = 'vi' | 'en';

export const CATALOGUES: Record<EditorLang, Record<string, string>> = {
  vi,
  en: { ...enBody, ...enFiles, ...enImages, ...enLinks },
};

export type GateParams = Record<string, string | number>;

export function editorLang(env: Record<string, string | undefined> = process.env): EditorLang {
  return env.EDITOR_LANG === 'en' ? 'en' : 'vi';
}

/** The message for `key` in the editor's language, with `{{name}}` placeholders filled in. */
export function gateText(key: GateKey, params: GateParams = {}, lang: EditorLang = editorLang()): string {
  const template = CATALOGUES[lang][key] ?? CATALOGUES.vi[key] ?? key;
  return template.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}
