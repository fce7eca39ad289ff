/**
 * Text normalisation for search, shared by the index (build) and the search page (browser).
 * Pagefind folds tone marks but not "đ", splits Korean only on spaces, and needs one Unicode
 * form: these close the gaps. Pure and dependency-free, so the browser bundle stays small.
 */

/**
 * Tone placement: "hoà", "thuỷ" (mark on the second vowel) and "hòa", "thủy" (on the first) are
 * both in use; the demo content puts it on the first (Định Hóa), so queries and indexed text are
 * brought to that form. Only an open syllable moves ("hoàng" is the same in both), never "quý".
 */
const TONE = '([\\u0300\\u0301\\u0303\\u0309\\u0323])';
const TONE_STYLE: [RegExp, string][] = [
  [new RegExp(`([oO])([aAeE])${TONE}(?![\\p{L}])`, 'gu'), '$1$3$2'],
  [new RegExp(`(?<![qQ])([uU])([yY])${TONE}(?![\\p{L}])`, 'gu'), '$1$3$2'],
];

/** NFC, one tone-placement style, single spaces. */
export function normalizeText(text: string): string {
  let decomposed = text.normalize('NFD');
  for (const [pattern, replacement] of TONE_STYLE) decomposed = decomposed.replace(pattern, replacement);
  return decomposed.normalize('NFC').replace(/\s+/g, ' ').trim();
}

/** Vietnamese without any diacritics, "đ" included: "Định Hóa" → "Dinh Hoa". */
export function foldVietnamese(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .normalize('NFC');
}

/** The words of a text that contain "đ", normalised, each once. */
function dWordList(text: string): string[] {
  return [...new Set(normalizeText(text).match(/[\p{L}\p{M}]*[đĐ][\p{L}\p{M}]*/gu) ?? [])];
}

/** `dWordList` as text, for the content store (stored-entry.ts): "Định Hóa, đền Đuổm" → `Định đền Đuổm`. */
export const dWords = (text: string): string => dWordList(text).join(' ');

/**
 * The words of a Vietnamese text that contain "đ", folded: the part of the text Pagefind
 * cannot match for a reader who types without diacritics. Indexed as hidden metadata.
 */
export function foldedDWords(text: string): string {
  return [...new Set(dWordList(text).map((w) => foldVietnamese(w).toLowerCase()))].sort().join(' ');
}

/** Korean particles, longest first, stripped from the end of a query word. */
const KO_PARTICLES = [
  '에서부터',
  '으로부터',
  '에게서',
  '이라고',
  '으로서',
  '으로써',
  '에서는',
  '에서도',
  '에게는',
  '에서',
  '에게',
  '께서',
  '한테',
  '부터',
  '까지',
  '마저',
  '조차',
  '처럼',
  '보다',
  '으로',
  '이나',
  '이랑',
  '하고',
  '라고',
  '로서',
  '로써',
  '은',
  '는',
  '이',
  '가',
  '을',
  '를',
  '의',
  '에',
  '와',
  '과',
  '도',
  '로',
  '만',
  '나',
  '랑',
];
const HANGUL = /^[\uac00-\ud7a3]+$/;

/** "녹차를" → "녹차", "하노이에서" → "하노이"; the stem keeps at least two syllables. */
export function stripKoreanParticle(word: string): string {
  if (!HANGUL.test(word)) return word;
  for (const p of KO_PARTICLES) {
    if (word.endsWith(p) && word.length - p.length >= 2) return word.slice(0, -p.length);
  }
  return word;
}

export type Script = 'hangul' | 'han' | 'latin' | 'other';

/** The main script of a query, to notice a query typed for another language's index. */
export function scriptOf(text: string): Script {
  const count = (re: RegExp) => (text.match(re) ?? []).length;
  const scores: [Script, number][] = [
    ['hangul', count(/[\uac00-\ud7a3\u1100-\u11ff]/g)],
    ['han', count(/[\u4e00-\u9fff\u3400-\u4dbf]/g)],
    ['latin', count(/[A-Za-z\u00c0-\u024f\u1e00-\u1eff]/g)],
  ];
  const [best] = scores.sort((a, b) => b[1] - a[1]);
  return best && best[1] > 0 ? best[0] : 'other';
}

/**
 * What `scriptOf` says of text in a locale's script (`script` of the locale table, ISO 15924):
 * Korean (`Kore`, `Hang`) is typed in Hangul, Chinese (`Hans`, `Hant`) in Han characters.
 */
export function scriptOfLocale(iso15924: string): Script {
  if (iso15924 === 'Kore' || iso15924 === 'Hang') return 'hangul';
  if (iso15924 === 'Hans' || iso15924 === 'Hant' || iso15924 === 'Hani') return 'han';
  if (iso15924 === 'Latn') return 'latin';
  return 'other';
}

/**
 * What the search page's script reads from its form's `data-search` (src/scripts/search-page.ts),
 * written by the route data (src/lib/route-views.ts): one shape for both sides.
 */
export interface SearchClientConfig {
  more: string;
  /** One template per plural category of the page's language (`one`, `other`…). */
  results: Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };
  none: string;
  otherLanguage: string;
  loading: string;
  /** Content type → its label. */
  types: Record<string, string>;
  /** Script of a query typed in another language (`hangul`, `han`) → that language's search page. */
  otherScripts: Partial<Record<Script, { label: string; url: string }>>;
}

/** Vietnamese pages index their text with "đ" folded to "d" too, so "dinh hoa" finds Định Hóa. */
export function foldsD(lang: string): boolean {
  return lang.startsWith('vi');
}

/** The query sent to Pagefind for a page language (BCP-47 tag). */
export function prepareQuery(query: string, lang: string): string {
  const text = normalizeText(query);
  if (lang.startsWith('ko')) return text.split(' ').map(stripKoreanParticle).join(' ');
  return text;
}

/**
 * A Vietnamese query typed without "đ" ("dinh hoa") also searched as each way its "d" words
 * could be written with "đ" ("đinh hoa"): Pagefind then ranks Định Hóa by its real text, not
 * only by the small folded field. At most 8 variants; the first is the query itself.
 */
export function vietnameseVariants(query: string): string[] {
  const words = query.split(' ');
  const dWords = words
    .map((w, i) => (/[dD]/.test(w) && !/[đĐ]/.test(w) ? i : -1))
    .filter((i) => i >= 0)
    .slice(0, 3);
  const variants = new Set<string>([query]);
  for (let mask = 1; mask < 1 << dWords.length; mask++) {
    const copy = [...words];
    dWords.forEach((index, bit) => {
      if (mask & (1 << bit)) copy[index] = copy[index]!.replace(/d/g, 'đ').replace(/D/g, 'Đ');
    });
    variants.add(copy.join(' '));
  }
  return [...variants];
}
