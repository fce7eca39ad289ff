/**
 * A preview build (`SITE_PREVIEW=1`, written to dist-preview/) must never be indexed, even if
 * it is put on a public host by mistake. Every page already carries `noindex` in a <meta>; this
 * adds `X-Robots-Tag: noindex` for every file (images, feeds and the search index have no
 * <meta>) to the `_headers` file that hosts such as Netlify and Cloudflare Pages read.
 */
import { appendFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

export const PREVIEW_HEADERS =
  '\n# A preview build: no search engine may index any of it.\n/*\n  X-Robots-Tag: noindex\n';

/** Appends the noindex block to `<outDir>/_headers` (creating the file if there is none). */
export function addPreviewHeaders(outDir: string): void {
  appendFileSync(join(outDir, '_headers'), PREVIEW_HEADERS);
}

export function previewHeadersIntegration(env: Record<string, string | undefined> = process.env): AstroIntegration {
  return {
    name: 'preview-headers',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        if (env.SITE_PREVIEW !== '1') return;
        addPreviewHeaders(fileURLToPath(dir));
        logger.info('_headers: X-Robots-Tag: noindex on every file of this preview');
      },
    },
  };
}
