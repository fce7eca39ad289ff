/**
 * Writes the site's demo illustrations: original, flat-style SVG scenes drawn from simple
 * shapes and linear gradients, 1600×900, into content/images/<name>.svg. Astro rasterises
 * them to AVIF/WebP at build time. The output is deterministic (a fixed, seeded PRNG), holds
 * no text, scripts, embedded images or external references, and each file stays under 40 KB.
 *
 *   node_modules/.bin/node tools/illustrations/generate.ts           # write every scene
 *   node_modules/.bin/node tools/illustrations/generate.ts tea-hills # write only the named scenes
 *
 * The drawing toolkit lives in tools/illustrations/lib/ and each scene in its own module
 * under tools/illustrations/scenes/; this file only picks the scenes and writes the files.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { problems, renderSvg } from './lib/document.ts';
import { scenes } from './scenes/index.ts';

export { problems };

const OUT_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'content', 'images');

/** The SVG text of the named scene. */
export function render(name: string): string {
  const scene = scenes[name];
  if (!scene) throw new Error(`Unknown scene ${name}`);
  return renderSvg(name, scene);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const wanted = process.argv.slice(2);
  const names = wanted.length ? wanted : Object.keys(scenes);
  mkdirSync(OUT_DIR, { recursive: true });
  let failed = false;
  for (const name of names) {
    const svg = render(name);
    const file = join(OUT_DIR, `${name}.svg`);
    writeFileSync(file, svg);
    const issues = problems(svg);
    failed ||= issues.length > 0;
    console.log(
      `${issues.length ? '✗' : '✓'} ${relative(process.cwd(), file)}  ${(Buffer.byteLength(svg) / 1024).toFixed(1)} KB${issues.length ? `  ${issues.join('; ')}` : ''}`,
    );
  }
  if (failed) process.exitCode = 1;
}
