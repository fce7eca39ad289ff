/** App icons rendered from the emblem at build time: /icon-192.png, /icon-512.png, /apple-touch-icon.png. */
import type { APIRoute } from 'astro';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import sharp from 'sharp';
import { siteConfig } from '../site.config.ts';

const SIZES = { 'icon-192': 192, 'icon-512': 512, 'apple-touch-icon': 180 } as const;

export function getStaticPaths() {
  return Object.keys(SIZES).map((icon) => ({ params: { icon } }));
}

export const GET: APIRoute = async ({ params }) => {
  const size = SIZES[params.icon as keyof typeof SIZES];
  // The build runs from the project root; import.meta.url would point into the built output.
  const svg = await readFile(join(process.cwd(), 'public', siteConfig.emblem));
  const png = await sharp(svg, { density: 300 }).resize(size, size).flatten({ background: '#ffffff' }).png().toBuffer();
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
