import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { pruneOrphanAssets } from '../../src/integrations/prune-orphan-assets.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'prune-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('pruneOrphanAssets', () => {
  it('removes images no output file refers to and keeps the rest', () => {
    mkdirSync(join(dir, '_astro'));
    for (const f of ['used.png', 'in-css.webp', 'orphan.png', 'font.woff2']) writeFileSync(join(dir, '_astro', f), 'x');
    writeFileSync(join(dir, 'index.html'), '<img src="/_astro/used.png">');
    writeFileSync(join(dir, '_astro', 'site.css'), 'a{background:url(/_astro/in-css.webp)}');
    expect(pruneOrphanAssets(dir)).toEqual(['_astro/orphan.png']);
    expect(['used.png', 'in-css.webp', 'font.woff2', 'site.css'].every((f) => existsSync(join(dir, '_astro', f)))).toBe(
      true,
    );
    expect(existsSync(join(dir, '_astro', 'orphan.png'))).toBe(false);
  });
  it('finds images in subfolders of the assets folder, and a renamed assets folder', () => {
    mkdirSync(join(dir, 'assets', 'img'), { recursive: true });
    for (const f of ['a.avif', 'b.svg']) writeFileSync(join(dir, 'assets', 'img', f), 'x');
    writeFileSync(join(dir, 'feed.xml'), '<enclosure url="https://x.example/assets/img/a.avif"/>');
    expect(pruneOrphanAssets(dir, 'assets')).toEqual([join('assets', 'img', 'b.svg')]);
  });
  it('matches a name outside ASCII as the page writes it (UTF-8)', () => {
    mkdirSync(join(dir, '_astro'));
    for (const f of ['đền-đuổm.jpg', 'đền-khác.jpg']) writeFileSync(join(dir, '_astro', f), 'x');
    writeFileSync(join(dir, 'index.html'), '<img src="/_astro/đền-đuổm.jpg">');
    expect(pruneOrphanAssets(dir)).toEqual([join('_astro', 'đền-khác.jpg')]);
  });
});
