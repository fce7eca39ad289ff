/**
 * The heading font's faces. Be Vietnam Pro Bold comes from @fontsource in slices by script; its
 * Latin slice (22 kB) draws every Latin-1 letter and symbol, most of which a Vietnamese or
 * English heading never shows (Ñ, ß, ¼, ©…). The site serves a core cut of it instead —
 * ASCII, the Latin-1 letters of Vietnamese and the punctuation of headings (15 kB) — and keeps
 * the full Latin slice as a third face for the rest of its range, which a browser fetches only
 * for a page that shows one of those characters. scripts/heading-font.ts writes the core face
 * and fonts.css from this.
 */

/** What the core face draws: one string of characters. */
export const HEADING_CORE = [
  // ASCII, no-break space, « » ° ·
  ...range(0x20, 0x7e),
  '\u00a0«»°·',
  // The Latin-1 letters of Vietnamese (the rest of its letters are in the Vietnamese slice).
  'ÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝàáâãèéêìíòóôõùúý',
  // Dashes, quotes and the ellipsis.
  '–—‘’“”…',
].join('');

function range(from: number, to: number): string[] {
  return Array.from({ length: to - from + 1 }, (_, i) => String.fromCodePoint(from + i));
}

/** The code points of a CSS unicode-range, e.g. "U+0000-00FF,U+0131". */
export function codePoints(unicodeRange: string): Set<number> {
  const points = new Set<number>();
  for (const part of unicodeRange.split(',')) {
    const [from, to = from] = part.trim().replace(/^U\+/i, '').split('-') as [string, string?];
    for (let p = parseInt(from, 16); p <= parseInt(to, 16); p++) points.add(p);
  }
  return points;
}

/** The shortest unicode-range for a set of code points, in ascending order. */
export function unicodeRange(points: Iterable<number>): string {
  const hex = (p: number) => p.toString(16).toUpperCase().padStart(4, '0');
  const sorted = [...new Set(points)].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length; i++) {
    const from = sorted[i]!;
    while (sorted[i + 1] === sorted[i]! + 1) i++;
    parts.push(from === sorted[i] ? `U+${hex(from)}` : `U+${hex(from)}-${hex(sorted[i]!)}`);
  }
  return parts.join(', ');
}

export interface HeadingRanges {
  core: string;
  vietnamese: string;
  /** The Latin slice minus what the core and the Vietnamese faces draw. */
  latinRest: string;
}

/**
 * The three faces' ranges from @fontsource's (its unicode.json). They do not overlap, so a
 * character makes the browser fetch one face, never two.
 */
export function headingRanges(fontsource: { latin: string; vietnamese: string }): HeadingRanges {
  const core = new Set([...HEADING_CORE].map((c) => c.codePointAt(0)!));
  const vietnamese = codePoints(fontsource.vietnamese);
  // Control characters are never drawn; a newline in a heading's markup must not fetch a face.
  const control = (p: number) => p < 0x20 || (p >= 0x7f && p <= 0x9f);
  const rest = [...codePoints(fontsource.latin)].filter((p) => !core.has(p) && !vietnamese.has(p) && !control(p));
  return { core: unicodeRange(core), vietnamese: unicodeRange(vietnamese), latinRest: unicodeRange(rest) };
}
