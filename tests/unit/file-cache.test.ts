/** The build's content-addressed cache (social cards): hit, miss, invalidation, no torn entries. */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cacheDir, cached, copyCached, hashKey } from '../../src/lib/file-cache.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'file-cache-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('hashKey', () => {
  it('is the same for the same parts and changes with any part', () => {
    const key = hashKey(['card', { title: 'Định Hóa', lang: 'vi' }, 2]);
    expect(key).toMatch(/^[0-9a-f]{64}$/);
    expect(hashKey(['card', { title: 'Định Hóa', lang: 'vi' }, 2])).toBe(key);
    expect(hashKey(['card', { title: 'Định Hoá', lang: 'vi' }, 2])).not.toBe(key);
    expect(hashKey(['card', { title: 'Định Hóa', lang: 'vi' }, 3])).not.toBe(key);
  });
});

describe('cacheDir', () => {
  it('is private to the project by default, or where BUILD_CACHE_DIR says', () => {
    expect(cacheDir('cards', {})).toBe(join(process.cwd(), 'node_modules/.cache/doingoai', 'cards'));
    expect(cacheDir('cards', { BUILD_CACHE_DIR: dir })).toBe(join(dir, 'cards'));
  });
});

describe('cached', () => {
  it('produces on a miss, then serves the stored bytes without producing again', async () => {
    const produce = vi.fn(() => Promise.resolve(Buffer.from('card v1')));
    const first = await cached(join(dir, 'cards'), 'k1', produce);
    const again = await cached(join(dir, 'cards'), 'k1', produce);
    expect(first.toString()).toBe('card v1');
    expect(again.toString()).toBe('card v1');
    expect(produce).toHaveBeenCalledTimes(1);
    expect(readdirSync(join(dir, 'cards'))).toEqual(['k1.bin']);
  });
  it('produces again for a new key (changed inputs), keeping the old entry', async () => {
    await cached(dir, hashKey(['a']), () => Promise.resolve(Buffer.from('a')));
    const b = await cached(dir, hashKey(['b']), () => Promise.resolve(Buffer.from('b')));
    expect(b.toString()).toBe('b');
    expect(readdirSync(dir).sort()).toEqual([`${hashKey(['a'])}.bin`, `${hashKey(['b'])}.bin`].sort());
  });
  it('produces again when an entry was removed', async () => {
    await cached(dir, 'k', () => Promise.resolve(Buffer.from('old')));
    rmSync(join(dir, 'k.bin'));
    expect((await cached(dir, 'k', () => Promise.resolve(Buffer.from('new')))).toString()).toBe('new');
  });
  it('serves what is stored under the key: the key, not the file, decides freshness', async () => {
    writeFileSync(join(dir, 'k.bin'), 'stored');
    const produce = vi.fn(() => Promise.resolve(Buffer.from('fresh')));
    expect((await cached(dir, 'k', produce)).toString()).toBe('stored');
    expect(produce).not.toHaveBeenCalled();
  });
  it('stores nothing when producing fails, so the next build tries again', async () => {
    await expect(cached(dir, 'k', () => Promise.reject(new Error('render failed')))).rejects.toThrow('render failed');
    expect(readdirSync(dir)).toEqual([]);
    expect((await cached(dir, 'k', () => Promise.resolve(Buffer.from('ok')))).toString()).toBe('ok');
    // Written through a temporary file: no partial entry is ever left beside the real one.
    expect(readdirSync(dir)).toEqual(['k.bin']);
  });
});

describe('copyCached', () => {
  it('copies a stored entry to the output, and says false (copying nothing) for a miss', async () => {
    const store = join(dir, 'cards');
    await cached(store, 'k', () => Promise.resolve(Buffer.from('card')));
    expect(copyCached(store, 'k', join(dir, 'a.jpg'))).toBe(true);
    expect(readFileSync(join(dir, 'a.jpg'), 'utf8')).toBe('card');
    expect(copyCached(store, 'other', join(dir, 'b.jpg'))).toBe(false);
    expect(existsSync(join(dir, 'b.jpg'))).toBe(false);
  });
  it('fails loudly for anything but a miss, e.g. an output folder that does not exist', async () => {
    const store = join(dir, 'cards');
    await cached(store, 'k', () => Promise.resolve(Buffer.from('card')));
    expect(() => copyCached(store, 'k', join(dir, 'no', 'such', 'a.jpg'))).toThrow();
  });
});
