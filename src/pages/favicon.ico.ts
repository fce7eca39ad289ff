/** `/favicon.ico`, rendered from the emblem at build time: what feed readers and crawlers ask for. */
import type { APIRoute } from 'astro';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import sharp from 'sharp';
import { icoFromPngs } from '../lib/ico.ts';
import { FAVICON_SIZES } from '../lib/site-urls.ts';
import { siteConfig } from '../site.config.ts';

export const GET: APIRoute = async () => {
  // The build runs from the project root; import.meta.url would point into the built output.
  const svg = await readFile(join(process.cwd(), 'public', siteConfig.emblem));
  const pngs = await Promise.all(
    FAVICON_SIZES.map((size) => sharp(svg, { density: 300 }).resize(size, size).png().toBuffer()),
  );
  return new Response(icoFromPngs(pngs.map((p) => new Uint8Array(p))), {
    headers: { 'Content-Type': 'image/x-icon' },
  });
};
