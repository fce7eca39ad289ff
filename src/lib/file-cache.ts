/**
 * A content-addressed cache for expensive build artefacts (social cards): the key is a hash of
 * everything the artefact depends on, so a changed title or design makes a new entry and an
 * unchanged one is reused across builds. Kept under node_modules/.cache: it may hold text of
 * entries that are not published yet, so it must stay private, like Astro's own cache.
 */
import { createHash, randomUUID } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export function cacheDir(name: string, env: Record<string, string | undefined> = process.env): string {
  return join(env.BUILD_CACHE_DIR ?? join(process.cwd(), 'node_modules/.cache/doingoai'), name);
}

export function hashKey(parts: readonly unknown[]): string {
  return createHash('sha256').update(JSON.stringify(parts)).digest('hex');
}

const entryFile = (dir: string, key: string) => join(dir, `${key}.bin`);

/**
 * Copies the entry to `dest` (its folder must exist) without reading it into memory; false when
 * the cache has no such entry.
 */
export function copyCached(dir: string, key: string, dest: string): boolean {
  const file = entryFile(dir, key);
  // Asked first: copyFileSync says ENOENT alike for a missing entry and a missing `dest` folder.
  if (!existsSync(file)) return false;
  copyFileSync(file, dest);
  return true;
}

export async function cached(dir: string, key: string, produce: () => Promise<Buffer>): Promise<Buffer> {
  const file = entryFile(dir, key);
  try {
    return readFileSync(file);
  } catch {
    const data = await produce();
    mkdirSync(dir, { recursive: true });
    // Write then rename, so a build that stops half-way never leaves a truncated entry.
    // Unique per writer: worker threads share the process id.
    const partial = `${file}.${randomUUID()}.tmp`;
    writeFileSync(partial, data);
    renameSync(partial, file);
    return data;
  }
}
