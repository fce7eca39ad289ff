import { fail } from '../lib/errors.ts';

/**
 * Plural keys follow i18next: `search.results_one`, `search.results_other` (cardinal: "1 result",
 * "2 results"); `anniversary.ordinal_ordinal_one`, `_ordinal_two`, `_ordinal_few`,
 * `_ordinal_other` (ordinal: "1st", "2nd", "3rd", "4th"). Callers use the base key with a
 * `count`. Base keys use dots and hyphens, never `_`, which marks a plural form.
 */
export const PLURAL_CATEGORIES = ['zero', 'one', 'two', 'few', 'many', 'other'] as const;
export type PluralType = 'cardinal' | 'ordinal';
export type KeyKind = 'plain' | PluralType;

const PLURAL_FORM = new RegExp(`^(.+?)_(ordinal_)?(${PLURAL_CATEGORIES.join('|')})$`);

/** `search.results_one` → base `search.results`, cardinal, `one`; `site.home` → plain. */
export function parseKey(key: string): { base: string; kind: KeyKind; category?: Intl.LDMLPluralRule } {
  const m = PLURAL_FORM.exec(key);
  if (!m) return { base: key, kind: 'plain' };
  return { base: m[1]!, kind: m[2] ? 'ordinal' : 'cardinal', category: m[3] as Intl.LDMLPluralRule };
}

/** The plural categories a language needs (CLDR, through Intl): `en` cardinal → one, other. */
export function pluralCategories(lang: string, type: PluralType = 'cardinal'): Intl.LDMLPluralRule[] {
  const found = new Intl.PluralRules(lang, { type }).resolvedOptions().pluralCategories;
  return PLURAL_CATEGORIES.filter((c) => found.includes(c));
}

/** The key of one plural form: (`search.results`, cardinal, `one`) → `search.results_one`. */
export function pluralFormKey(base: string, type: PluralType, category: Intl.LDMLPluralRule): string {
  return type === 'ordinal' ? `${base}_ordinal_${category}` : `${base}_${category}`;
}

/** A locale of the check: its file name and the BCP-47 tag whose plural rules it needs. */
export interface UiLocale {
  readonly code: string;
  readonly lang: string;
}

/**
 * Fails early and clearly when a locale's UI-strings file is missing or its keys differ from
 * the first locale's file, which defines the keys: each base key is plain, cardinal or ordinal
 * there. Every locale must then have each plain key, and for each plural key exactly the forms
 * its own language needs (`new Intl.PluralRules(lang, { type }).resolvedOptions().pluralCategories`):
 * English needs `_one` and `_other`, Vietnamese, Chinese and Korean only `_other`; English
 * ordinals need `_ordinal_one/two/few/other`, Vietnamese `_ordinal_one/other`.
 *
 * A form the language does not need is allowed: `_one` in a Korean file is never looked up (so a
 * new locale may start as a copy of another locale's file), and `_zero`, where present, is what
 * i18next shows for a cardinal count of 0. A form of the wrong kind (`_ordinal_one` of a cardinal
 * key, the plain key of a plural one, `_others`) is an unknown key.
 *
 * Locales are codes (the code is the language tag) or `{ code, lang }` entries of the locale table.
 */
export function checkUiStrings(
  strings: Record<string, Record<string, unknown>>,
  locales: readonly (string | UiLocale)[],
): void {
  const list = locales.map((l) => (typeof l === 'string' ? { code: l, lang: l } : l));
  const first = list[0]!.code;
  const referenceFile = `src/i18n/ui/${first}.json`;
  const reference = strings[first];
  if (!reference) fail(`${referenceFile} is missing.`, 'It defines the UI keys: restore it from git.');
  const kinds = keyKinds(Object.keys(reference), referenceFile);
  for (const { code, lang } of list) {
    const file = `src/i18n/ui/${code}.json`;
    const own = strings[code];
    if (!own) {
      fail(
        `${file} is missing.`,
        `Copy ${referenceFile} to ${file} and translate every value, with the plural forms (_one, _other…) that ${lang} needs.`,
      );
    }
    const needed = requiredKeys(kinds, lang);
    const missing = needed.filter((k) => typeof own[k] !== 'string' || own[k].trim() === '');
    const extra = Object.keys(own).filter((k) => {
      const { base, kind } = parseKey(k);
      return kinds.get(base) !== kind;
    });
    if (missing.length || extra.length) {
      const plural = missing.some((k) => parseKey(k).kind !== 'plain');
      fail(
        `${file} does not match ${referenceFile}.` +
          (missing.length ? ` Missing or empty: ${missing.join(', ')}.` : '') +
          (extra.length ? ` Unknown keys: ${extra.join(', ')}.` : ''),
        `Give every key of ${referenceFile} a translated value in ${file}, and no other key.` +
          (plural
            ? ` ${lang} needs the plural forms ${pluralCategories(lang).join(', ')}` +
              ` and the ordinal forms ${pluralCategories(lang, 'ordinal').join(', ')}.`
            : ''),
      );
    }
  }
}

/** Base key → kind, from the reference file's keys; a base key is of one kind only. */
function keyKinds(keys: readonly string[], file: string): Map<string, KeyKind> {
  const kinds = new Map<string, KeyKind>();
  const problems: string[] = [];
  for (const key of keys) {
    const { base, kind } = parseKey(key);
    if (base.includes('_')) problems.push(`"${key}" has "_" in its name, which marks plural forms only`);
    const seen = kinds.get(base);
    if (seen && seen !== kind) problems.push(`"${base}" is both ${seen} and ${kind}`);
    kinds.set(base, kind);
  }
  if (problems.length) {
    fail(
      `${file}: ${problems.join('; ')}.`,
      'Name keys with dots and hyphens; give a key either its cardinal forms (key_one, key_other) or its ordinal forms (key_ordinal_one…), not a plain value as well.',
    );
  }
  return kinds;
}

function requiredKeys(kinds: ReadonlyMap<string, KeyKind>, lang: string): string[] {
  const categories = { cardinal: pluralCategories(lang), ordinal: pluralCategories(lang, 'ordinal') };
  return [...kinds].flatMap(([base, kind]) =>
    kind === 'plain' ? [base] : categories[kind].map((c) => pluralFormKey(base, kind, c)),
  );
}
