/** Fails early and clearly when a locale's UI-strings file is missing or its keys differ. */
export function checkUiStrings(strings: Record<string, Record<string, string>>, codes: readonly string[]): void {
  const reference = strings[codes[0]!];
  if (!reference) throw new Error(`src/i18n/ui/${codes[0]}.json is missing: it defines the UI keys.`);
  const keys = Object.keys(reference);
  for (const code of codes) {
    const file = `src/i18n/ui/${code}.json`;
    const own = strings[code];
    if (!own) throw new Error(`${file} is missing. Copy src/i18n/ui/${codes[0]}.json and translate every value.`);
    const missing = keys.filter((k) => typeof own[k] !== 'string' || own[k].trim() === '');
    const extra = Object.keys(own).filter((k) => !(k in reference));
    if (missing.length || extra.length) {
      throw new Error(
        `${file} does not match src/i18n/ui/${codes[0]}.json.` +
          (missing.length ? ` Missing or empty: ${missing.join(', ')}.` : '') +
          (extra.length ? ` Unknown keys: ${extra.join(', ')}.` : ''),
      );
    }
  }
}
