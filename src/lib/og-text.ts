/**
 * Text of the social cards, set by Pango through sharp (libvips' text operation): a wrapped title
 * in about 7 ms, where laying the whole card out in satori (the previous renderer) and
 * rasterising its glyph paths took 40–100 ms. Pango only reads fonts fontconfig can open, which does not include the WOFF files
 * @fontsource ships, so each face a card needs is converted to TrueType once (fontverter) and
 * kept in the build cache.
 */
import { createHash, randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fontverter from 'fontverter';
import sharp from 'sharp';
import { cacheDir } from './file-cache.ts';
import type { FontFace, FontWeight } from './og-fonts.ts';

const registered = new Set<string>();

/** The face as a TrueType file in the build cache, named by the hash of its WOFF. */
export async function trueTypeFile(face: FontFace): Promise<string> {
  const woff = readFileSync(face.file);
  const dir = cacheDir('og-fonts');
  const file = join(dir, `${createHash('sha256').update(woff).digest('hex').slice(0, 32)}.ttf`);
  if (!existsSync(file)) {
    const ttf = await fontverter.convert(woff, 'truetype');
    mkdirSync(dir, { recursive: true });
    // Unique per writer: worker threads share the process id.
    const partial = `${file}.${randomUUID()}.tmp`;
    writeFileSync(partial, ttf);
    renameSync(partial, file);
  }
  return file;
}

/**
 * Makes the faces known to Pango. libvips adds a font file to the process's fontconfig set when
 * a text operation names it, and keeps it there, so one tiny render per new file is enough.
 */
export async function registerFaces(faces: readonly FontFace[]): Promise<void> {
  for (const face of faces) {
    if (registered.has(face.file)) continue;
    const fontfile = await trueTypeFile(face);
    await sharp({ text: { text: '.', fontfile } })
      .raw()
      .toBuffer();
    registered.add(face.file);
  }
}

export interface TextBlock {
  readonly text: string;
  readonly lang: string;
  /** Font families in order of preference, e.g. Be Vietnam Pro before Noto Sans SC. */
  readonly families: readonly string[];
  readonly weight: FontWeight;
  /** Font size and line height in pixels. */
  readonly size: number;
  readonly lineHeight: number;
  /** Width to wrap at, in pixels. */
  readonly width: number;
  /** Korean keeps whole words on a line (CSS `word-break: keep-all`). */
  readonly keepWords?: boolean;
}

export interface SetText {
  /** Coverage of each pixel, 0–255 (one byte per pixel): the text's alpha mask. */
  readonly mask: Buffer;
  readonly width: number;
  readonly height: number;
  readonly lines: number;
}

const escapeMarkup = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

// A word joiner between Hangul syllables: Pango may otherwise break a Korean word anywhere.
export const keepWords = (s: string) =>
  s.replace(/(?<=[\p{Script=Hangul}\p{Script=Han}])(?=[\p{Script=Hangul}\p{Script=Han}])/gu, '\u2060');

/**
 * The block as an alpha mask; og-card.ts paints it in its colour. With `fitHeight`, the text is
 * scaled down (never up) until it fits that height, for titles too long for the smallest size.
 */
export async function setText(block: TextBlock, fitHeight?: number): Promise<SetText> {
  const text = block.keepWords ? keepWords(block.text) : block.text;
  // An absolute line height, in 1024ths of a point (= pixel at 72 dpi), as CSS line-height does.
  const markup = `<span lang="${block.lang}" line_height="${Math.round(block.lineHeight * 1024)}">${escapeMarkup(text)}</span>`;
  const font = `${block.families.join(',')} ${block.weight === 700 ? 'Bold' : 'Regular'} ${block.size}`;
  // Lines break between words, and inside a word only when it is wider than a line (a URL), as
  // CSS `overflow-wrap: anywhere` does; a word joiner still holds a Korean word together.
  const options = { text: markup, font, width: block.width, wrap: 'word-char' as const };
  const { data, info } = await sharp({
    text: fitHeight === undefined ? { ...options, dpi: 72 } : { ...options, height: fitHeight },
  })
    // One band, as libvips sets it; sharp would otherwise widen the mask to three on output.
    .extractChannel(0)
    .raw()
    .toBuffer({ resolveWithObject: true });
  const lineHeight = block.lineHeight * (fitHeight === undefined ? 1 : (info.textAutofitDpi ?? 72) / 72);
  // The image is cropped to the ink: the lines above the last one, and the last line's own ink,
  // from half a line height (a row of "x") to about 1.3 (stacked tone marks and a descender).
  const lines = Math.ceil(info.height / lineHeight - 0.3);
  return { mask: data, width: info.width, height: info.height, lines };
}
