/**
 * A rebuild with the caches kept (Astro's incremental build, keyed in src/data/site-data.ts)
 * renders only the pages whose data or body changed, copies the others, and gives exactly what
 * a clean build of the same content gives.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { stripVTControlCharacters } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, copyContent, freshCache, readTree } from './support/build.ts';

const NOW = '2025-09-01T00:00:00+07:00';
let work: string;
let content: string;
let cache: string;
let rebuildLog: string;

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'incremental-'));
  content = copyContent('tests/fixtures/content-valid');
  // The MDX article imports its component by a relative path, which the copy must follow.
  const mdx = join(content, 'articles/vi/bai-hop-le.mdx');
  const callout = relative(dirname(mdx), resolve('src/components/content/Callout.astro'));
  writeFileSync(
    mdx,
    readFileSync(mdx, 'utf8').replace(/'[./]+\/src\/components\/content\/Callout\.astro'/, `'${callout}'`),
  );
  cache = freshCache();
  buildSite({ contentDir: content, outDir: join(work, 'site'), siteNow: NOW, cacheDir: cache });
  const file = join(content, 'articles/en/bai-hop-le.md');
  writeFileSync(file, readFileSync(file, 'utf8').replace('title: A valid article', 'title: A retitled article'));
  rebuildLog = buildSite({ contentDir: content, outDir: join(work, 'site'), siteNow: NOW, cacheDir: cache });
  buildSite({ contentDir: content, outDir: join(work, 'clean'), siteNow: NOW });
}, 600_000);
afterAll(() => {
  for (const dir of [work, content, cache]) rmSync(dir, { recursive: true, force: true });
});

/**
 * The pages the rebuild listed, and whether each was copied from the previous build. Astro logs
 * a page's path, then "(restored)" or its render time; with two pages at a time the two halves
 * of one line can belong to different pages, so each "├─" starts a new record.
 */
function pages(log: string): Map<string, boolean> {
  const found = new Map<string, boolean>();
  // Astro colours its log whenever CI is set, even into a pipe.
  for (const record of stripVTControlCharacters(log).split('├─').slice(1)) {
    const path = /^\s*(\/\S*index\.html)/.exec(record)?.[1];
    if (path) found.set(path, /^[^\n]*?\((?:cached|restored)\)/.test(record));
  }
  return found;
}

describe('one-change rebuild', () => {
  it('renders the edited page and the pages that show its title, and copies the rest', () => {
    const listed = pages(rebuildLog);
    expect(listed.get('/en/articles/bai-hop-le/index.html')).toBe(false);
    expect(listed.get('/en/articles/index.html')).toBe(false);
    // The Vietnamese article's data is unchanged: its page comes from the previous build.
    expect(listed.get('/articles/bai-hop-le/index.html')).toBe(true);
    expect([...listed.values()].filter(Boolean).length).toBeGreaterThan(5);
  });

  it('writes the same files, byte for byte, as a clean build of the edited content', () => {
    const rebuilt = readTree(join(work, 'site'));
    const clean = readTree(join(work, 'clean'));
    expect([...rebuilt.keys()].sort()).toEqual([...clean.keys()].sort());
    const differ = [...clean.keys()].filter((k) => !clean.get(k)!.equals(rebuilt.get(k)!));
    expect(differ).toEqual([]);
    expect(rebuilt.get('en/articles/bai-hop-le/index.html')!.toString()).toContain('A retitled article');
  });
});
