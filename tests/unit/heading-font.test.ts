/**
 * The heading font's three faces (src/lib/heading-font.ts): ranges that never overlap and
 * together cover what @fontsource's Latin and Vietnamese slices cover, and committed files that
 * are what `npm run fonts` makes from the installed package.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { codePoints, HEADING_CORE, headingRanges, unicodeRange } from '../../src/lib/heading-font.ts';
import { CORE_FONT, FONTS_CSS, makeHeadingFont } from '../../scripts/lib/heading-font.ts';

const fontsource = JSON.parse(readFileSync('node_modules/@fontsource/be-vietnam-pro/unicode.json', 'utf8')) as {
  latin: string;
  vietnamese: string;
};
const ranges = headingRanges(fontsource);

describe('unicode ranges', () => {
  it('reads and writes CSS unicode-range', () => {
    expect([...codePoints('U+0041-0043, U+00E0,U+1EA0-1EA1')]).toEqual([0x41, 0x42, 0x43, 0xe0, 0x1ea0, 0x1ea1]);
    expect(unicodeRange([0x1ea1, 0x41, 0x42, 0x43, 0xe0, 0x1ea0, 0x41])).toBe('U+0041-0043, U+00E0, U+1EA0-1EA1');
  });
});

describe('heading font faces', () => {
  const core = codePoints(ranges.core);
  const vietnamese = codePoints(ranges.vietnamese);
  const rest = codePoints(ranges.latinRest);

  it('never claims a character for two faces, so no character fetches two files', () => {
    for (const p of core) expect(vietnamese.has(p) || rest.has(p), p.toString(16)).toBe(false);
    for (const p of vietnamese) expect(rest.has(p), p.toString(16)).toBe(false);
  });
  it('covers every printable character of the Latin and Vietnamese slices', () => {
    const printable = (p: number) => p >= 0x20 && (p < 0x7f || p > 0x9f);
    const wanted = [...codePoints(fontsource.latin), ...codePoints(fontsource.vietnamese)].filter(printable);
    for (const p of wanted) expect(core.has(p) || vietnamese.has(p) || rest.has(p), p.toString(16)).toBe(true);
  });
  it('cuts the core face from the Latin slice only, so every character it claims has a glyph there', () => {
    const latin = codePoints(fontsource.latin);
    for (const ch of HEADING_CORE) expect(latin.has(ch.codePointAt(0)!), ch).toBe(true);
  });
  it('draws a Vietnamese or English heading from the core and Vietnamese faces alone', () => {
    const headings = ['Đền Đuổm, di tích quốc gia — “Thái Nguyên”…', 'ATK Định Hóa: the safe zone (1947–1954)'];
    for (const ch of headings.join('')) {
      const p = ch.codePointAt(0)!;
      expect(core.has(p) || vietnamese.has(p), ch).toBe(true);
    }
    expect(rest.has('ü'.codePointAt(0)!)).toBe(true);
  });
});

describe('committed font files', () => {
  it('are what npm run fonts makes from the installed @fontsource package', async () => {
    const { woff2, css } = await makeHeadingFont();
    expect(readFileSync(FONTS_CSS, 'utf8'), 'run npm run fonts').toBe(css);
    expect(readFileSync(CORE_FONT).equals(woff2), 'run npm run fonts').toBe(true);
  });
});
