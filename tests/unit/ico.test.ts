/** /favicon.ico: PNG images in an ICO container, read back by hand and by sharp. */
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { icoFromPngs, pngSize } from '../../src/lib/ico.ts';

const png = async (size: number) =>
  new Uint8Array(
    await sharp({ create: { width: size, height: size, channels: 4, background: '#c00' } })
      .png()
      .toBuffer(),
  );

describe('icoFromPngs', () => {
  it('writes the ICONDIR, one entry per image, and the PNG bytes where the entries say', async () => {
    const images = await Promise.all([16, 32, 256].map(png));
    const ico = icoFromPngs(images);
    const view = new DataView(ico.buffer);
    expect([view.getUint16(0, true), view.getUint16(2, true), view.getUint16(4, true)]).toEqual([0, 1, 3]);
    images.forEach((image, i) => {
      const at = 6 + 16 * i;
      // 256 is written as 0.
      expect(view.getUint8(at)).toBe([16, 32, 0][i]);
      expect(view.getUint16(at + 6, true)).toBe(32);
      const size = view.getUint32(at + 8, true);
      const offset = view.getUint32(at + 12, true);
      expect(size).toBe(image.length);
      expect(ico.slice(offset, offset + size)).toEqual(image);
    });
    expect(ico.length).toBe(6 + 16 * 3 + images.reduce((n, p) => n + p.length, 0));
  });
  it('reads a PNG size and refuses other bytes and images over 256 pixels', async () => {
    expect(pngSize(await png(48))).toEqual({ width: 48, height: 48 });
    expect(() => pngSize(new Uint8Array(30))).toThrow(/Not a PNG/);
    await expect(png(257).then((p) => icoFromPngs([p]))).rejects.toThrow(/at most 256/);
  });
});
