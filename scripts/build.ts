/**
 * `npm run build [-- --out <dir>]`: builds into a temporary folder next to the target (Astro
 * runs the content gate first, so a mistake stops everything before a single page is written),
 * indexes it for search, and only when every step succeeded swaps it in. A failed build leaves
 * the previous site untouched.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { out: { type: 'string' } } });
const target = resolve(values.out ?? (process.env.SITE_PREVIEW === '1' ? 'dist-preview' : 'dist'));
const partial = `${target}.partial-${process.pid}`;

/** Runs one step; on failure removes the partial output and says what was kept. */
function run(label: string, args: string[]): boolean {
  const result = spawnSync(process.execPath, args, { stdio: 'inherit' });
  if (result.status === 0) return true;
  rmSync(partial, { recursive: true, force: true });
  console.error(
    `\n✗ ${label} failed; ${existsSync(target) ? `the previous ${target} is unchanged` : 'nothing was written'}.`,
  );
  // exitCode, not exit(): exit() would drop output still on its way through a pipe.
  process.exitCode = result.status ?? 1;
  return false;
}

if (
  run('Astro build', ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', partial]) &&
  run('Search index', ['scripts/search-index.ts', partial])
) {
  const old = `${target}.old-${process.pid}`;
  if (existsSync(target)) renameSync(target, old);
  renameSync(partial, target);
  rmSync(old, { recursive: true, force: true });
}
