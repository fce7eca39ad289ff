/**
 * A Windows icon file (`.ico`) holding PNG images, the form every browser, feed reader and
 * crawler that asks for `/favicon.ico` reads (PNG inside ICO since Windows Vista). Pure: PNG
 * bytes in, ICO bytes out.
 */

/** Width and height of a PNG, from its IHDR chunk. */
export function pngSize(png: Uint8Array): { width: number; height: number } {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (png.length < 24 || signature.some((b, i) => png[i] !== b)) throw new Error('Not a PNG image.');
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

/** An ICO file with one entry per PNG (each at most 256 × 256), in the order given. */
export function icoFromPngs(pngs: readonly Uint8Array[]): Uint8Array<ArrayBuffer> {
  const HEADER = 6;
  const ENTRY = 16;
  let offset = HEADER + ENTRY * pngs.length;
  const out = new Uint8Array(offset + pngs.reduce((n, p) => n + p.length, 0));
  const view = new DataView(out.buffer);
  view.setUint16(0, 0, true); // reserved
  view.setUint16(2, 1, true); // 1: icon
  view.setUint16(4, pngs.length, true);
  pngs.forEach((png, i) => {
    const { width, height } = pngSize(png);
    if (width > 256 || height > 256) throw new Error(`An icon image is at most 256 × 256, not ${width} × ${height}.`);
    const at = HEADER + ENTRY * i;
    // 0 stands for 256.
    view.setUint8(at, width % 256);
    view.setUint8(at + 1, height % 256);
    view.setUint8(at + 2, 0); // no palette
    view.setUint8(at + 3, 0); // reserved
    view.setUint16(at + 4, 1, true); // colour planes
    view.setUint16(at + 6, 32, true); // bits per pixel
    view.setUint32(at + 8, png.length, true);
    view.setUint32(at + 12, offset, true);
    out.set(png, offset);
    offset += png.length;
  });
  return out;
}
