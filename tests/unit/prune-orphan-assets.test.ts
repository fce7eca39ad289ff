import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pruneOrphanAssets } from '../../src/integrations/prune-orphan-assets.ts';

describe('pruneOrphanAssets', () => {
  it('removes images no output file refers to and keeps the rest', () => {
    const dir = mkdtempSync(join(tmpdir(), 'prune-'));
    mkdirSync(join(dir, '_astro'));
    for (const f of ['used.png', 'in-css.webp', 'orphan.png', 'font.woff2']) writeFileSync(join(dir, '_astro', f), 'x');
    writeFileSync(join(dir, 'index.html'), '<img src="/_astro/used.png">');
    writeFileSync(join(dir, '_astro', 'site.css'), 'a{background:url(/_astro/in-css.webp)}');
    expect(pruneOrphanAssets(dir)).toEqual(['_astro/orphan.png']);
    expect(['used.png', 'in-css.webp', 'font.woff2', 'site.css'].every((f) => existsSync(join(dir, '_astro', f)))).toBe(
      true,
    );
  });
});
