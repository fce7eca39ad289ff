/** App icons rendered from the emblem at build time: /icon-192.png, /icon-512.png, /apple-touch-icon.png. */
import type { APIRoute } from 'astro';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import sharp from 'sharp';
import { APP_ICONS, type AppIcon } from '../lib/site-urls.ts';
import { siteConfig } from '../site.config.ts';

export function getStaticPaths() {
  return Object.keys(APP_ICONS).map((icon) => ({ params: { icon } }));
}

export const GET: APIRoute = async ({ params }) => {
  const size = APP_ICONS[params.icon as AppIcon];
  // The build runs from the project root; import.meta.url would point into the built output.
  const svg = await readFile(join(process.cwd(), 'public', siteConfig.emblem));
  const png = await sharp(svg, { density: 300 }).resize(size, size).flatten({ background: '#ffffff' }).png().toBuffer();
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
