/**
 * UI strings: one i18next JSON file per locale in `src/i18n/ui/`, flat keys, one i18next
 * instance per locale (no global language state). The Vietnamese file defines the keys;
 * `UIKey` makes every `t('…')` call type-checked.
 *
 * Plurals are i18next's (Intl.PluralRules): a key with forms `search.results_one`,
 * `search.results_other` is called as `t('search.results', { count, query })`, and its `count` is
 * required; a key with ordinal forms (`anniversary.ordinal_ordinal_one`, `_two`, `_few`, `_other`)
 * is called the same way, `t('anniversary.ordinal', { count: 80 })` → "80th anniversary": the
 * key's forms say it is ordinal, so `t` asks i18next for the ordinal form itself.
 */
import i18next, { type i18n } from 'i18next';
import type viStrings from './ui/vi.json';
import { LOCALES, getLocale, type LocaleCode } from './locales.ts';
import { checkUiStrings, parseKey, pluralCategories, pluralFormKey } from './ui-check.ts';

type Category = Intl.LDMLPluralRule;
/** The keys as written in the files, plural forms included (`search.results_one`). */
type FileKey = Extract<keyof typeof viStrings, string>;
/** The base key of a plural form; ordinal first, since `x_ordinal_one` also ends in `_one`. */
type BaseOf<K extends string> = K extends `${infer B}_ordinal_${Category}`
  ? B
  : K extends `${infer B}_${Category}`
    ? B
    : K;

/** Keys with ordinal forms ("1st", "2nd"): `anniversary.ordinal`. */
export type OrdinalKey = { [K in FileKey]: K extends `${infer B}_ordinal_${Category}` ? B : never }[FileKey];
/** Keys with cardinal plural forms ("1 result", "2 results"): `search.results`. */
export type CardinalKey = {
  [K in FileKey]: K extends `${string}_ordinal_${Category}` ? never : K extends `${infer B}_${Category}` ? B : never;
}[FileKey];
/** Keys that need a `count`. */
export type CountKey = OrdinalKey | CardinalKey;
/** Every key callers write: plain keys and the base keys of plural forms, never a form itself. */
export type UIKey = BaseOf<FileKey>;
/** Keys without plural forms. */
export type PlainKey = Exclude<UIKey, CountKey>;

/** Interpolation values: `{{year}}` ← `{ year: 2025 }`. */
export type Values = Readonly<Record<string, string | number>>;
export type CountValues = Values & { readonly count: number };
/** `ordinal: true` may be written (i18next's own spelling); it is implied by the key. */
export type OrdinalValues = {
  readonly count: number;
  readonly ordinal?: true;
  readonly [name: string]: string | number | boolean | undefined;
};
/** The values a key takes: plural keys require a numeric `count`. */
export type ValuesOf<K extends UIKey> = K extends OrdinalKey
  ? [values: OrdinalValues]
  : K extends CardinalKey
    ? [values: CountValues]
    : [values?: Values];

export type Translate = <K extends UIKey>(key: K, ...values: ValuesOf<K>) => string;

const files = import.meta.glob<Record<string, string>>('./ui/*.json', { eager: true, import: 'default' });
const strings = Object.fromEntries(
  Object.entries(files).map(([path, json]) => [path.replace(/^.*\/(.+)\.json$/, '$1'), json]),
);
checkUiStrings(strings, LOCALES);

/** Base keys whose forms are ordinal, read from the default locale's file (the key set). */
const ORDINAL_KEYS: ReadonlySet<string> = new Set(
  Object.keys(strings[LOCALES[0].code] ?? {})
    .map(parseKey)
    .filter((k) => k.kind === 'ordinal')
    .map((k) => k.base),
);

const instances = new Map<LocaleCode, i18n>();

function instance(code: LocaleCode): i18n {
  let inst = instances.get(code);
  if (!inst) {
    // The language is the locale's BCP-47 tag: i18next picks plural rules from it.
    const { lang } = getLocale(code);
    inst = i18next.createInstance();
    void inst.init({
      lng: lang,
      resources: { [lang]: { translation: strings[code] ?? {} } },
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

/**
 * Strings without values, per locale: a page asks for the same few dozen labels, and i18next's
 * lookup cost 2.4 s of a 4,000-page build.
 */
const plain = new Map<LocaleCode, Map<string, string>>();

/** The translate function of one locale. */
export function useTranslations(code: LocaleCode): Translate {
  const inst = instance(code);
  let known = plain.get(code);
  if (!known) plain.set(code, (known = new Map<string, string>()));
  const translate = (key: string, values?: Values): string => {
    if (values === undefined) {
      let text = known.get(key);
      if (text === undefined) known.set(key, (text = inst.t(key, ORDINAL_KEYS.has(key) ? { ordinal: true } : {})));
      return text;
    }
    const options: Record<string, string | number | boolean> = { ...values };
    if (ORDINAL_KEYS.has(key)) options.ordinal = true;
    return inst.t(key, options);
  };
  return translate as Translate;
}

/** One template per plural category the locale's language has: `{ one: '…', other: '…' }`. */
export type PluralTemplates = Partial<Record<Category, string>> & { other: string };

/**
 * Every plural form of a cardinal key for client scripts, which pick one with
 * `new Intl.PluralRules(document.documentElement.lang).select(n)` (no i18next on the client).
 * `{{count}}` becomes the placeholder `{count}`; pass other placeholders the same way:
 * `pluralTemplates('en', 'search.results', { query: '{query}' })` →
 * `{ one: '{count} result for “{query}”', other: '{count} results for “{query}”' }`.
 */
export function pluralTemplates(code: LocaleCode, key: CardinalKey, values: Values = {}): PluralTemplates {
  const inst = instance(code);
  // A string `count` turns i18next's plural lookup off: each form is read by its own key.
  const forms = pluralCategories(getLocale(code).lang).map(
    (c) => [c, inst.t(pluralFormKey(key, 'cardinal', c), { ...values, count: '{count}' })] as const,
  );
  return Object.fromEntries(forms) as PluralTemplates;
}

/** A key built from a prefix, an enum value and a suffix: `KeyOf<'collection.', 'heritage'>`. */
export type KeyOf<P extends string, V extends string, S extends string = ''> = `${P}${V}${S}`;

/**
 * The values `V` for which `${P}${V}${S}` is a plain UI key:
 * `LabelValue<'collection.'>` is `'articles' | 'heritage' | …`.
 */
export type LabelValue<P extends string, S extends string = ''> = PlainKey extends infer K
  ? K extends KeyOf<P, infer V, S>
    ? V
    : never
  : never;

/**
 * The label of an enum value: `enumLabel(t, 'collection.', c)` is `t('collection.<c>')`, and
 * `enumLabel(t, 'list.', c, '.intro')` is `t('list.<c>.intro')`. The value's type must be a union
 * of values that all have a UI string, so a new enum value without one is a compile-time error
 * (instead of `t(\`collection.${c}\` as UIKey)`, which prints the key).
 */
export function enumLabel<P extends string, V extends LabelValue<P, S>, S extends string = ''>(
  t: Translate,
  prefix: P,
  value: V,
  suffix?: S,
): string {
  return t(`${prefix}${value}${suffix ?? ''}` as PlainKey);
}
