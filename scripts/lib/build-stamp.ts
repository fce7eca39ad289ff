/**
 * What a built folder was built from. `npm run build` records, for each output folder, a hash of
 * every input that shapes the output (src/, public/, the content folder, the Astro config, the
 * lockfile and the two build scripts), the moment it built for (its one clock) and the settings
 * that change pages (preview, site URL). The record is kept under node_modules/.cache/site-builds/,
 * never inside the output: dist/ is what gets deployed.
 *
 * The build and e2e tests read dist/ (the demo site). They compare the record with the sources
 * as they are now, so a dist/ built before the last edit fails with "run npm run build" instead
 * of being tested silently, and tests about dates use the recorded moment, never the wall clock.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';

/** Inputs of a build, relative to the project root (the content folder is added to them). */
export const BUILD_INPUTS = [
  'src',
  'public',
  'astro.config.mjs',
  'package-lock.json',
  'scripts/build.ts',
  'scripts/search-index.ts',
] as const;

export interface BuildStamp {
  /** Absolute path of the output folder. */
  target: string;
  /** Hash of the inputs (see `sourceHash`). */
  source: string;
  /** Absolute path of the content folder. */
  contentDir: string;
  /** The build's "now", ISO 8601 with offset: the moment the site was built for. */
  now: string;
  preview: boolean;
  siteUrl: string | null;
}

const STAMPS = 'node_modules/.cache/site-builds';

function listInputs(root: string, contentDir: string): string[] {
  const out: string[] = [];
  for (const input of [...BUILD_INPUTS.map((p) => resolve(root, p)), resolve(contentDir)]) {
    try {
      out.push(
        ...readdirSync(input, { withFileTypes: true, recursive: true })
          .filter((e) => e.isFile())
          .map((e) => join(e.parentPath, e.name)),
      );
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOTDIR') out.push(input);
      else if (code !== 'ENOENT') throw error;
    }
  }
  return out.sort();
}

/** A hash of every input file's path (relative to `root`, with `/`) and bytes. */
export function sourceHash(contentDir: string, root = process.cwd()): string {
  const hash = createHash('sha256');
  for (const file of listInputs(root, contentDir)) {
    hash.update(relative(root, file).split(sep).join('/')).update('\0').update(readFileSync(file)).update('\0');
  }
  return hash.digest('hex');
}

function stampFile(target: string, root: string): string {
  const key = createHash('sha256').update(resolve(target)).digest('hex').slice(0, 16);
  return join(root, STAMPS, `${key}.json`);
}

export function writeStamp(stamp: BuildStamp, root = process.cwd()): void {
  const file = stampFile(stamp.target, root);
  mkdirSync(join(root, STAMPS), { recursive: true });
  // Records of output folders that are gone (test builds in temporary folders) go with them.
  for (const name of readdirSync(join(root, STAMPS)).filter((n) => n.endsWith('.json'))) {
    try {
      const old = JSON.parse(readFileSync(join(root, STAMPS, name), 'utf8')) as BuildStamp;
      if (!existsSync(old.target)) rmSync(join(root, STAMPS, name), { force: true });
    } catch {
      rmSync(join(root, STAMPS, name), { force: true });
    }
  }
  writeFileSync(`${file}.${process.pid}.tmp`, JSON.stringify(stamp, null, 2) + '\n');
  renameSync(`${file}.${process.pid}.tmp`, file);
}

export function readStamp(target: string, root = process.cwd()): BuildStamp | undefined {
  try {
    return JSON.parse(readFileSync(stampFile(target, root), 'utf8')) as BuildStamp;
  } catch {
    return undefined;
  }
}
