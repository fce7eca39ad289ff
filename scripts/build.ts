/**
 * `npm run build [-- --out <dir>]`: builds into a temporary folder next to the target (Astro
 * runs the content gate first, so a mistake stops everything before a single page is written),
 * indexes it for search, and only when every step succeeded swaps it in. A failed build leaves
 * the previous site untouched.
 *
 * The temporary folder is `<target>-partial`, the same on every build: Astro's incremental build
 * hashes the output path into its page cache keys, so a per-process name would re-render every
 * page. `<target>-partial.pid` holds it for one build at a time. For dist/ and dist-preview/ both
 * names match `dist*`, which git, Prettier and tsc ignore, so a build cut short never breaks
 * `npm run lint`.
 * Ctrl-C (SIGINT), SIGTERM and SIGHUP stop the running step and remove the partial output; a
 * partial left by a build killed outright (SIGKILL, power loss) is removed by the next build.
 *
 * The clock is read once here and handed to every step as SITE_NOW, and what the output was
 * built from is recorded outside it (scripts/lib/build-stamp.ts), for the tests of dist/.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { constants } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { isPreview, siteNow } from '../src/lib/clock.ts';
import { toVnIso } from '../src/lib/dates.ts';
import { contentDir } from '../src/lib/paths.ts';
import { sourceHash, writeStamp } from './lib/build-stamp.ts';

const { values } = parseArgs({ options: { out: { type: 'string' } } });
const preview = isPreview();
const target = resolve(values.out ?? (preview ? 'dist-preview' : 'dist'));
const partial = `${target}-partial`;
const lock = `${partial}.pid`;

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};
if (existsSync(dirname(target))) {
  for (const name of readdirSync(dirname(target))) {
    // `-old-<pid>` is the previous site during the swap; `-partial-<pid>` the older naming.
    const pid = new RegExp(`^${RegExp.escape(basename(target))}-(?:partial|old)-(\\d+)$`).exec(name)?.[1];
    if (pid && !alive(Number(pid))) rmSync(join(dirname(target), name), { recursive: true, force: true });
  }
}
/** Takes the build folder for this process: false when a live build holds it. */
function takeLock(): boolean {
  mkdirSync(dirname(lock), { recursive: true });
  try {
    // Exclusive: of two builds starting at once, only one creates the file.
    writeFileSync(lock, String(process.pid), { flag: 'wx' });
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  const holder = Number(readFileSync(lock, 'utf8'));
  if (holder && alive(holder)) {
    console.error(`✗ Another build is writing ${target} (process ${holder}); wait for it to finish or stop it.`);
    return false;
  }
  // Left by a build killed outright (SIGKILL, power loss); its partial folder is removed below.
  rmSync(lock, { force: true });
  return takeLock();
}
if (!takeLock()) process.exit(1);
rmSync(partial, { recursive: true, force: true });
process.on('exit', () => rmSync(lock, { force: true }));

// A preview without SITE_NOW is refused by astro.config.mjs with its own message.
const pinned = process.env.SITE_NOW || preview ? {} : { SITE_NOW: toVnIso(siteNow()) };
const env: NodeJS.ProcessEnv = { ...process.env, ...pinned };
const source = sourceHash(contentDir(env));

let child: ChildProcess | undefined;
let stoppedBy: NodeJS.Signals | undefined;
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.on(signal, () => {
    // A second signal, or a step that ignores the first for 10 s, ends the step outright.
    const force = stoppedBy !== undefined;
    stoppedBy ??= signal;
    child?.kill(force ? 'SIGKILL' : signal);
    if (child && !force) setTimeout(() => child?.kill('SIGKILL'), 10_000).unref();
  });
}

/** Runs one step; on failure or interruption removes the partial output and says what was kept. */
function run(label: string, args: string[]): Promise<boolean> {
  const fail = (status: number | null) => {
    rmSync(partial, { recursive: true, force: true });
    const kept = existsSync(target) ? `the previous ${target} is unchanged` : 'nothing was written';
    console.error(stoppedBy ? `\n✗ Build interrupted (${stoppedBy}); ${kept}.` : `\n✗ ${label} failed; ${kept}.`);
    // exitCode, not exit(): exit() would drop output still on its way through a pipe.
    process.exitCode = stoppedBy ? 128 + constants.signals[stoppedBy] : (status ?? 1);
    return false;
  };
  return new Promise((done) => {
    // A signal that came before this step started.
    if (stoppedBy) return done(fail(null));
    const step = spawn(process.execPath, args, { stdio: 'inherit', env });
    child = step;
    step.on('error', (error) => console.error(error));
    step.on('close', (status) => {
      child = undefined;
      done(status === 0 && !stoppedBy ? true : fail(status));
    });
  });
}

if (
  (await run('Astro build', ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', partial])) &&
  (await run('Search index', ['scripts/search-index.ts', partial]))
) {
  const old = `${target}-old-${process.pid}`;
  if (existsSync(target)) renameSync(target, old);
  renameSync(partial, target);
  // The previous site is deleted after this script ends (thousands of files: seconds of waiting
  // for nothing); if that is cut short, the next build removes what is left (see the top).
  if (existsSync(old)) {
    const removal = `require('node:fs').rmSync(${JSON.stringify(old)}, { recursive: true, force: true })`;
    spawn(process.execPath, ['-e', removal], { detached: true, stdio: 'ignore' }).unref();
  }
  writeStamp({
    target,
    source,
    contentDir: resolve(contentDir(env)),
    now: env.SITE_NOW ?? toVnIso(siteNow()),
    preview,
    siteUrl: env.SITE_URL ?? null,
  });
}
