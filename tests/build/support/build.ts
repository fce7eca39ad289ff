/**
 * Builds the site from a given content folder into a given output folder, with its own cache
 * and clock, through the same script as `npm run build`.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve, sep } from 'node:path';

export interface BuildOptions {
  contentDir: string;
  outDir: string;
  siteNow?: string;
  tz?: string;
  /** Astro's cache for this build; by default a fresh one that shares only the optimised images. */
  cacheDir?: string;
  preview?: boolean;
}

/**
 * A fresh content cache (builds of different content must not see each other's entries) whose
 * image cache is the project's: re-encoding every illustration to AVIF in every test build would
 * cost half a minute each, and images depend only on their own bytes and options.
 */
export function freshCache(): string {
  const dir = mkdtempSync(join(tmpdir(), 'astro-cache-'));
  const shared = resolve('node_modules/.astro/assets');
  mkdirSync(shared, { recursive: true });
  symlinkSync(shared, join(dir, 'assets'));
  return dir;
}

/** The environment `scripts/build.ts` runs in for these options. */
export function buildEnv(o: Omit<BuildOptions, 'outDir'>): NodeJS.ProcessEnv {
  const { SITE_NOW: _ignored, ...inherited } = process.env;
  return {
    ...inherited,
    CONTENT_DIR: resolve(o.contentDir),
    ASTRO_CACHE_DIR: resolve(o.cacheDir ?? freshCache()),
    ASTRO_TELEMETRY_DISABLED: '1',
    ...(o.siteNow ? { SITE_NOW: o.siteNow } : {}),
    ...(o.tz ? { TZ: o.tz } : {}),
    ...(o.preview ? { SITE_PREVIEW: '1' } : {}),
  };
}

/** Builds, and returns what the build printed. */
export function buildSite(o: BuildOptions): string {
  // A fresh cache made here is removed afterwards (its `assets` link, not the shared images).
  const cacheDir = o.cacheDir ?? freshCache();
  const env = buildEnv({ ...o, cacheDir });
  try {
    return execFileSync(process.execPath, ['scripts/build.ts', '--out', resolve(o.outDir)], {
      env,
      stdio: 'pipe',
    }).toString();
  } catch (error) {
    const e = error as { stdout?: Buffer; stderr?: Buffer };
    throw new Error(`Build failed:\n${e.stdout?.toString() ?? ''}\n${e.stderr?.toString() ?? ''}`, { cause: error });
  } finally {
    if (!o.cacheDir) rmSync(cacheDir, { recursive: true, force: true });
  }
}

/** A private copy of a content folder to add fixtures to. */
export function copyContent(from: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'content-'));
  cpSync(from, dir, { recursive: true });
  return dir;
}

/** Every file under a folder, relative path (with '/', on any OS) → bytes. */
export function readTree(dir: string): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const full = join(d, name);
      if (statSync(full).isDirectory()) walk(full);
      else out.set(relative(dir, full).split(sep).join('/'), readFileSync(full));
    }
  };
  walk(dir);
  return out;
}
