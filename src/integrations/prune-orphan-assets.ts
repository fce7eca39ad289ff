/**
 * Astro emits the original of every image that any content entry references, whether or not a
 * page renders it, so a draft's or an embargoed entry's image would be published. After the
 * build, this removes every image under `_astro/` that no output file refers to. Pages only
 * render published entries, so what remains is exactly what published pages use.
 */
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

const IMAGE = /\.(png|jpe?g|webp|avif|gif|svg|tiff?)$/i;
const TEXT = /\.(html|css|js|mjs|json|xml|txt|ics|webmanifest)$/i;

/** Every file under `dir`, as full paths. */
function walk(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

/** Removes unreferenced images from `<outDir>/<assetsDir>`; returns the removed paths. */
export function pruneOrphanAssets(outDir: string, assetsDir = '_astro'): string[] {
  const files = walk(outDir);
  const assetRoot = join(outDir, assetsDir) + sep;
  // Image name (as pages write it, with `/`) → file, until a text file is found that names it.
  const unused = new Map(
    files
      .filter((f) => f.startsWith(assetRoot) && IMAGE.test(f))
      .map((f) => [relative(assetRoot, f).split(sep).join('/'), f] as const),
  );
  // One text file at a time, as bytes: the whole site's text at once took 500 MB at 10,000
  // pages, and decoding it took longer than searching it.
  for (const file of files) {
    if (unused.size === 0) break;
    if (!TEXT.test(file)) continue;
    const bytes = readFileSync(file);
    for (const name of unused.keys()) if (bytes.includes(name)) unused.delete(name);
  }
  for (const file of unused.values()) rmSync(file);
  return [...unused.values()].map((file) => relative(outDir, file));
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
