import { fail } from '../lib/errors.ts';

/** Fails early and clearly when a locale's UI-strings file is missing or its keys differ. */
export function checkUiStrings(strings: Record<string, Record<string, string>>, codes: readonly string[]): void {
  const reference = strings[codes[0]!];
  if (!reference) fail(`src/i18n/ui/${codes[0]}.json is missing.`, 'It defines the UI keys: restore it from git.');
  const keys = Object.keys(reference);
  for (const code of codes) {
    const file = `src/i18n/ui/${code}.json`;
    const own = strings[code];
    if (!own) fail(`${file} is missing.`, `Copy src/i18n/ui/${codes[0]}.json to ${file} and translate every value.`);
    const missing = keys.filter((k) => typeof own[k] !== 'string' || own[k].trim() === '');
    const extra = Object.keys(own).filter((k) => !(k in reference));
    if (missing.length || extra.length) {
      fail(
        `${file} does not match src/i18n/ui/${codes[0]}.json.` +
          (missing.length ? ` Missing or empty: ${missing.join(', ')}.` : '') +
          (extra.length ? ` Unknown keys: ${extra.join(', ')}.` : ''),
        `Give every key of src/i18n/ui/${codes[0]}.json a translated value in ${file}, and no other key.`,
      );
    }
  }
}
