/**
 * Astro emits the original of every image that any content entry references, whether or not a
 * page renders it, so a draft's or an embargoed entry's image would be published. After the
 * build, this removes every image under `_astro/` that no output file refers to. Pages only
 * render published entries, so what remains is exactly what published pages use.
 */
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

const IMAGE = /\.(png|jpe?g|webp|avif|gif|svg|tiff?)$/i;
const TEXT = /\.(html|css|js|mjs|json|xml|txt|ics|webmanifest)$/i;

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? walk(full) : [full];
  });
}

/** Removes unreferenced images from `<outDir>/<assetsDir>`; returns the removed paths. */
export function pruneOrphanAssets(outDir: string, assetsDir = '_astro'): string[] {
  const files = walk(outDir);
  const text = files.filter((f) => TEXT.test(f)).map((f) => readFileSync(f, 'utf8'));
  const assetRoot = join(outDir, assetsDir) + sep;
  const removed: string[] = [];
  for (const file of files.filter((f) => f.startsWith(assetRoot) && IMAGE.test(f))) {
    const name = relative(assetRoot, file).split(sep).join('/');
    if (!text.some((t) => t.includes(name))) {
      rmSync(file);
      removed.push(relative(outDir, file));
    }
  }
  return removed;
}

export function pruneOrphanAssetsIntegration(): AstroIntegration {
  let assetsDir = '_astro';
  return {
    name: 'prune-orphan-assets',
    hooks: {
      'astro:config:done': ({ config }) => {
        assetsDir = config.build.assets;
      },
      'astro:build:done': ({ dir, logger }) => {
        const removed = pruneOrphanAssets(fileURLToPath(dir), assetsDir);
        if (removed.length > 0) logger.info(`removed ${removed.length} image(s) no published page uses`);
      },
    },
  };
}
