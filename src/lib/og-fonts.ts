/**
 * Chooses the font files an Open Graph card needs. The CJK fonts are shipped by @fontsource as
 * ~100 unicode-range slices per weight; loading all of them would cost tens of MB per card, so
 * only the slices holding the card's characters are read, as browsers do with `unicode-range`.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export type FontWeight = 400 | 700;

export interface FontFace {
  readonly family: string;
  readonly weight: FontWeight;
  /** Absolute path of the .woff file. */
  readonly file: string;
  readonly ranges: readonly (readonly [number, number])[];
}

/** A run of card text and the weight it is set in. */
export interface TextRun {
  readonly text: string;
  readonly weight: FontWeight;
}

const PACKAGES: Readonly<Record<string, string>> = {
  'Be Vietnam Pro': '@fontsource/be-vietnam-pro',
  'Noto Sans SC': '@fontsource/noto-sans-sc',
  'Noto Sans KR': '@fontsource/noto-sans-kr',
};

/**
 * Be Vietnam Pro comes first so that Latin and Vietnamese always use the site's typeface, even
 * inside CJK text. The Korean font goes before the Chinese one on Korean cards: Han characters
 * then get Korean glyph shapes, and the few Hangul syllables in some Chinese slices are not used.
 */
export function fontFamilies(lang: string, texts: readonly string[]): string[] {
  const korean = /^ko\b/i.test(lang) || texts.some((t) => /\p{Script=Hangul}/u.test(t));
  return korean
    ? ['Be Vietnam Pro', 'Noto Sans KR', 'Noto Sans SC']
    : ['Be Vietnam Pro', 'Noto Sans SC', 'Noto Sans KR'];
}

const require = createRequire(import.meta.url);
const facesCache = new Map<string, FontFace[]>();

/** The faces declared in a package's `<weight>.css`, in the order of the file. */
export function fontFaces(family: string, weight: FontWeight): FontFace[] {
  const key = `${family}|${weight}`;
  const cached = facesCache.get(key);
  if (cached) return cached;
  const pkg = PACKAGES[family];
  if (!pkg) throw new Error(`og-fonts: no package for font family "${family}"`);
  const dir = dirname(require.resolve(`${pkg}/package.json`));
  const css = readFileSync(join(dir, `${weight}.css`), 'utf8');
  const faces: FontFace[] = [];
  for (const block of css.split('@font-face').slice(1)) {
    const url = /url\(\.\/(files\/[^)]+\.woff)\)\s*format\(['"]?woff['"]?\)/.exec(block)?.[1];
    const range = /unicode-range:\s*([^;}]+)/.exec(block)?.[1];
    if (!url || !range) continue;
    faces.push({ family, weight, file: join(dir, url), ranges: parseUnicodeRange(range) });
  }
  if (faces.length === 0) throw new Error(`og-fonts: no WOFF faces found in ${pkg}/${weight}.css`);
  facesCache.set(key, faces);
  return faces;
}

function parseUnicodeRange(value: string): [number, number][] {
  return value.split(',').flatMap((part): [number, number][] => {
    const m = /^\s*U\+([0-9a-f?]+)(?:-([0-9a-f]+))?\s*$/i.exec(part);
    if (!m?.[1]) return [];
    // `U+4??` is a wildcard range: lowest and highest code points with that prefix.
    const lo = parseInt(m[1].replace(/\?/g, '0'), 16);
    const hi = m[2] ? parseInt(m[2], 16) : parseInt(m[1].replace(/\?/g, 'f'), 16);
    return [[lo, hi]];
  });
}

const EMOJI = /\p{Emoji_Presentation}/u;
const covers = (face: FontFace, cp: number) => face.ranges.some(([lo, hi]) => cp >= lo && cp <= hi);

// The face for a character, per family order and weight: the gate asks for every title of the
// site, and searching ~100 subsets' ranges for each character again cost seconds at 4,000 entries.
const faceCache = new Map<string, FontFace | null>();
function faceFor(families: readonly string[], weight: FontWeight, ch: string): FontFace | undefined {
  const key = `${families.join(',')}|${weight}|${ch}`;
  let face = faceCache.get(key);
  if (face === undefined) {
    const cp = ch.codePointAt(0) ?? 0;
    // The Chinese subsets declare emoji ranges, but draw only a placeholder box for them.
    face = null;
    if (!EMOJI.test(ch)) {
      for (const family of families) {
        face = fontFaces(family, weight).find((f) => covers(f, cp)) ?? null;
        if (face) break;
      }
    }
    faceCache.set(key, face);
  }
  return face ?? undefined;
}

/**
 * The faces that cover every character of the runs, per weight, and the characters no face
 * covers (such as emoji). Faces are listed in family order, then in the order of the CSS, so
 * the same text always yields the same list.
 */
export function selectFontFaces(runs: readonly TextRun[], lang: string): { faces: FontFace[]; uncovered: string[] } {
  const families = fontFamilies(
    lang,
    runs.map((r) => r.text),
  );
  const chosen = new Set<FontFace>();
  const uncovered = new Set<string>();
  for (const { text, weight } of runs) {
    for (const ch of new Set(text)) {
      if ((ch.codePointAt(0) ?? 0) < 0x20) continue;
      const face = faceFor(families, weight, ch);
      if (face) chosen.add(face);
      else uncovered.add(ch);
    }
  }
  const faces = families.flatMap((family) =>
    ([400, 700] as const).flatMap((w) => fontFaces(family, w).filter((f) => chosen.has(f))),
  );
  return { faces, uncovered: [...uncovered] };
}
