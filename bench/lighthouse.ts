/**
 * Lighthouse (and chrome-launcher, which it brings) is ~100 MB of dependencies used only by
 * this benchmark, so `npm ci` does not install it for users. The first `npm run bench` installs
 * the pinned version into node_modules/.cache/bench-lighthouse and loads it from there.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const VERSION = '13.5.0';
const PREFIX = resolve('node_modules/.cache/bench-lighthouse');

function ensureInstalled(): void {
  if (existsSync(join(PREFIX, 'node_modules/lighthouse/package.json'))) return;
  console.log(`Installing lighthouse@${VERSION} for the benchmark into ${PREFIX} …`);
  const run = spawnSync(
    'npm',
    ['install', '--no-save', '--no-audit', '--no-fund', '--prefix', PREFIX, `lighthouse@${VERSION}`],
    { stdio: 'inherit', shell: process.platform === 'win32' },
  );
  if (run.status !== 0) throw new Error(`Could not install lighthouse@${VERSION} (npm exited ${run.status}).`);
}

/** The little of Lighthouse's API the benchmark uses (its types are not installed with the project). */
export interface LighthouseApi {
  lighthouse: (
    url: string,
    flags: Record<string, unknown>,
  ) => Promise<{ lhr: { categories: Record<string, { score: number | null }> } } | undefined>;
  chromeLauncher: {
    launch: (options: {
      chromePath: string;
      chromeFlags: string[];
    }) => Promise<{ port: number; kill(): Promise<void> | void }>;
  };
}

/** Lighthouse's default export and chrome-launcher, from the benchmark's own install. */
export async function loadLighthouse(): Promise<LighthouseApi> {
  ensureInstalled();
  const require = createRequire(join(PREFIX, 'package.json'));
  const load = (name: string): Promise<Record<string, unknown>> =>
    import(pathToFileURL(require.resolve(name)).href) as Promise<Record<string, unknown>>;
  const [lighthouse, chromeLauncher] = await Promise.all([load('lighthouse'), load('chrome-launcher')]);
  return {
    lighthouse: lighthouse['default'] as LighthouseApi['lighthouse'],
    chromeLauncher: chromeLauncher as unknown as LighthouseApi['chromeLauncher'],
  };
}
