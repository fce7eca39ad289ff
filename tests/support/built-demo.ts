/**
 * The demo site in dist/, as `npm run build` left it. Every test that reads dist/ gets the folder
 * from `demoDist()`, which fails (saying what to run) when dist/ is missing or was not built from
 * the sources as they are now: `npm run build` records a hash of its inputs outside the output
 * (scripts/lib/build-stamp.ts), and a dist/ built before the last edit of src/, public/, content/,
 * the Astro config, the lockfile or the build scripts is refused, never tested silently.
 * `demoNow()` is the moment dist/ was built for, so tests about dates never read the wall clock.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { readStamp, sourceHash, type BuildStamp } from '../../scripts/lib/build-stamp.ts';

/**
 * `DEMO_DIST=/tmp/x npm run test:build` tests another build of the demo (several people changing
 * src/ at once, each with a build of their own). Its stamp must still say demo content, public
 * build; only the check against the working tree is skipped, loudly.
 */
const DIST = process.env.DEMO_DIST ?? 'dist';
const REBUILD = 'run `npm run build` first (npm test does)';
let checked: BuildStamp | undefined;

/** The record of dist/'s build, once it is known to match the working tree. */
export function demoBuild(): BuildStamp {
  if (checked) return checked;
  const stamp = readStamp(resolve(DIST));
  if (!existsSync(join(DIST, 'index.html')) || !stamp) throw new Error(`${DIST} is missing or unrecorded: ${REBUILD}.`);
  if (stamp.contentDir !== resolve('content'))
    throw new Error(`dist/ was built from ${stamp.contentDir}, not the demo content/: ${REBUILD} without CONTENT_DIR.`);
  if (stamp.preview) throw new Error(`dist/ is a preview build: ${REBUILD} without SITE_PREVIEW.`);
  if (stamp.siteUrl !== (process.env.SITE_URL ?? null))
    throw new Error(`dist/ was built for SITE_URL=${stamp.siteUrl ?? '(unset)'}: ${REBUILD} with the same SITE_URL.`);
  if (process.env.DEMO_DIST) console.warn(`Testing ${DIST} without checking it against the sources (DEMO_DIST).`);
  else if (stamp.source !== sourceHash(stamp.contentDir))
    throw new Error(
      `dist/ is stale: src/, public/, content/ or the build setup changed since it was built; ${REBUILD}.`,
    );
  checked = stamp;
  return stamp;
}

/** `dist`, once it is known to be the demo site built from the current sources. */
export function demoDist(): string {
  demoBuild();
  return DIST;
}

/** The build's "now" of dist/ (its SITE_NOW, or the moment `npm run build` started). */
export function demoNow(): Date {
  return new Date(demoBuild().now);
}
