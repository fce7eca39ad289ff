/**
 * The same content and SITE_NOW give byte-identical output whatever the machine's time zone,
 * with the content cache cleared or reused.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, readTree } from './support/build.ts';

// A moment when the demo's cross-links all lead to published pages: at an earlier moment the gate
// rightly refuses an article that links to a page not yet published.
const NOW = '2026-11-21T12:00:00+07:00';
let work: string;
let trees: Map<string, Buffer>[];

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'determinism-'));
  const cache = join(work, 'cache');
  buildSite({ contentDir: 'content', outDir: join(work, 'utc'), siteNow: NOW, tz: 'UTC', cacheDir: cache });
  buildSite({
    contentDir: 'content',
    outDir: join(work, 'hcm-cached'),
    siteNow: NOW,
    tz: 'Asia/Ho_Chi_Minh',
    cacheDir: cache,
  });
  // A truly empty cache: content, images and all.
  buildSite({
    contentDir: 'content',
    outDir: join(work, 'la-fresh'),
    siteNow: NOW,
    tz: 'America/Los_Angeles',
    cacheDir: join(work, 'empty-cache'),
  });
  trees = ['utc', 'hcm-cached', 'la-fresh'].map((d) => readTree(join(work, d)));
  // Three builds, one of them encoding every image afresh (three widths, three formats): on two
  // busy cores that takes longer than the project's five-minute hook budget.
}, 900_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('reproducible builds', () => {
  it('writes the same files with the same bytes under UTC, Asia/Ho_Chi_Minh (cache reused) and America/Los_Angeles (fresh cache)', () => {
    const [a, b, c] = trees as [Map<string, Buffer>, Map<string, Buffer>, Map<string, Buffer>];
    expect(a.size).toBeGreaterThan(300);
    expect([...b.keys()].sort()).toEqual([...a.keys()].sort());
    expect([...c.keys()].sort()).toEqual([...a.keys()].sort());
    const differ = [...a.keys()].filter((k) => !a.get(k)!.equals(b.get(k)!) || !a.get(k)!.equals(c.get(k)!));
    expect(differ).toEqual([]);
  });
});
