/**
 * The image gate: every picture an entry references (cover `src:`, `![alt](./x.png)` in the body)
 * is a file under `content/` written by someone we do not fully trust (issue 11). Rasters are
 * bounded by size on disk, must be what their extension says, and are measured from the header
 * before anything decodes them (decompression bombs); SVG drawings go through svgProblems.
 * Nothing here throws on a bad file: every problem is a finding the editor can act on.
 */
import { open, stat } from 'node:fs/promises';
import { extname } from 'node:path';
// Imported statically: a lazy import() fails inside Astro's config hooks, where the gate runs
// (the module runner that loaded the config is closed by then), as soon as a photo is checked.
import sharp from 'sharp';
import type { GateFinding } from './finding.ts';
import { LIMITS } from './limits.ts';
import { svgProblems } from './svg.ts';

export { LIMITS } from './limits.ts';

const RASTER_EXTENSIONS: Record<string, string> = {
  '.png': 'PNG',
  '.jpg': 'JPEG',
  '.jpeg': 'JPEG',
  '.gif': 'GIF',
  '.webp': 'WebP',
  '.avif': 'AVIF',
};

/** The format the first bytes announce, whatever the file is called (HEIC: iPhone photos renamed .jpg). */
export function sniffFormat(b: Buffer): string | undefined {
  const ascii = (from: number, to: number) => b.subarray(from, to).toString('latin1');
  if (b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'PNG';
  if (b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return 'JPEG';
  if (ascii(0, 6) === 'GIF87a' || ascii(0, 6) === 'GIF89a') return 'GIF';
  if (ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WEBP') return 'WebP';
  if (ascii(4, 8) === 'ftyp') {
    if (/^avi[fs]$/.test(ascii(8, 12))) return 'AVIF';
    if (/^(hei[cxms]|hev[cx])$/.test(ascii(8, 12))) return 'HEIC';
  }
  if (/^\s*<(\?xml|svg|!--)/i.test(ascii(0, 64).replace(/^\uFEFF|^\xEF\xBB\xBF/, ''))) return 'SVG';
  return undefined;
}

/** Reads at most `length` bytes from the start, so a huge file is never loaded to be judged. */
async function head(path: string, length: number): Promise<Buffer> {
  const file = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(length);
    const { bytesRead } = await file.read(buffer, 0, length, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await file.close();
  }
}

export async function imageFileProblems(absPath: string): Promise<GateFinding[]> {
  const ext = extname(absPath).toLowerCase();
  const expected = ext === '.svg' ? 'SVG' : RASTER_EXTENSIONS[ext];
  if (expected === undefined) return [{ key: 'image.extension', params: { ext } }];
  let size: number;
  let bytes: Buffer;
  try {
    const info = await stat(absPath);
    if (!info.isFile()) return [{ key: 'image.unreadable' }];
    size = info.size;
    if (size === 0) return [{ key: 'image.empty' }];
    const max = expected === 'SVG' ? LIMITS.svgBytes : LIMITS.rasterBytes;
    if (size > max) {
      return expected === 'SVG'
        ? [{ key: 'svg.tooLarge', params: { size: Math.ceil(size / 1000), max: max / 1000 } }]
        : [{ key: 'image.tooLarge', params: { size: mb(size), max: mb(max) } }];
    }
    bytes = await head(absPath, expected === 'SVG' ? size : 64);
  } catch {
    return [{ key: 'image.unreadable' }];
  }
  const actual = sniffFormat(bytes);
  if (actual !== expected && actual !== undefined)
    return [{ key: 'image.wrongFormat', params: { ext, format: actual } }];
  if (expected === 'SVG') return svgProblems(bytes.toString('utf8'));
  if (actual === undefined) return [{ key: 'image.signature', params: { ext } }];
  return rasterProblems(absPath);
}

const mb = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;

/**
 * Dimensions from the header only (metadata() does not decode pixels, so a 100 000 × 100 000
 * declaration costs nothing to read), then, when they are sane, one bounded decode: truncation
 * and corrupt data past the header only show when the pixels are read. Frames count: the build
 * reads every page of an animated GIF/WebP.
 */
async function rasterProblems(path: string): Promise<GateFinding[]> {
  try {
    const meta = await sharp(path, { limitInputPixels: false }).metadata();
    const width = meta.width ?? 0;
    const height = meta.pageHeight ?? meta.height ?? 0;
    const pixels = width * height * (meta.pages ?? 1);
    if (Math.max(width, height) > LIMITS.side) {
      return [{ key: 'image.side', params: { width, height, max: LIMITS.side } }];
    }
    if (pixels > LIMITS.pixels) {
      const megapixels = Math.round(pixels / 1e5) / 10;
      return [{ key: 'image.pixels', params: { width, height, megapixels, max: LIMITS.pixels / 1e6 } }];
    }
    if (width === 0 || height === 0) return [{ key: 'image.corrupt' }];
    // failOn 'truncated' refuses a cut-off file; the thumbnail keeps memory small (JPEG shrinks on load).
    await sharp(path, { failOn: 'truncated', limitInputPixels: LIMITS.pixels, pages: -1, sequentialRead: true })
      .resize(32, 32, { fit: 'inside' })
      .raw()
      .toBuffer();
    return [];
  } catch {
    return [{ key: 'image.corrupt' }];
  }
}
