/**
 * UI strings: one i18next JSON file per locale in `src/i18n/ui/`, flat keys, one i18next
 * instance per locale (no global language state). The Vietnamese file defines the keys;
 * `UIKey` makes every `t('…')` call type-checked.
 */
import i18next, { type i18n } from 'i18next';
import type viStrings from './ui/vi.json';
import { LOCALES, type LocaleCode } from './locales.ts';
import { checkUiStrings } from './ui-check.ts';

export type UIKey = keyof typeof viStrings;
export type Translate = (key: UIKey, values?: Record<string, string | number>) => string;

const files = import.meta.glob<Record<string, string>>('./ui/*.json', { eager: true, import: 'default' });
const strings = Object.fromEntries(
  Object.entries(files).map(([path, json]) => [path.replace(/^.*\/(.+)\.json$/, '$1'), json]),
);
checkUiStrings(
  strings,
  LOCALES.map((l) => l.code),
);

const instances = new Map<LocaleCode, i18n>();

function instance(code: LocaleCode): i18n {
  let inst = instances.get(code);
  if (!inst) {
    inst = i18next.createInstance();
    void inst.init({
      lng: code,
      resources: { [code]: { translation: strings[code] ?? {} } },
      initAsync: false,
      keySeparator: false,
      nsSeparator: false,
      // Astro escapes output itself.
      interpolation: { escapeValue: false },
    });
    instances.set(code, inst);
  }
  return inst;
}

/** The translate function of one locale. */
export function useTranslations(code: LocaleCode): Translate {
  const inst = instance(code);
  return (key, values) => inst.t(key, values ?? {});
}
