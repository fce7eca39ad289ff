/** A content mistake stops the build before anything is written; the previous site stays as it was. */
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, readTree } from './support/build.ts';

let work: string;
let out: string;
let first: Map<string, Buffer>;
beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'atomic-'));
  out = join(work, 'dist');
  buildSite({ contentDir: 'tests/fixtures/content-valid', outDir: out, siteNow: '2025-09-01T00:00:00+07:00' });
  first = readTree(out);
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('npm run build', () => {
  it('builds the valid fixture, MDX content component included', () => {
    const html = first.get('articles/bai-hop-le/index.html')?.toString('utf8');
    expect(html).toContain('class="callout');
    expect(html).toContain('Quá trình (process) chế biến chè');
  });
  it('fails on the mistakes fixture, naming the files, and leaves the previous output untouched', () => {
    expect(() => buildSite({ contentDir: 'tests/fixtures/content-mistakes', outDir: out })).toThrow(
      /ocop-six-stars\.md[\s\S]*is unchanged/,
    );
    const after = readTree(out);
    expect([...after.keys()].sort()).toEqual([...first.keys()].sort());
    for (const [path, bytes] of first) expect(after.get(path)!.equals(bytes), path).toBe(true);
    expect(readdirSync(work).filter((n) => n !== 'dist')).toEqual([]);
  });
  it('leaves nothing behind when the first build of a folder fails', () => {
    const fresh = join(work, 'never');
    expect(() => buildSite({ contentDir: 'tests/fixtures/content-mistakes', outDir: fresh })).toThrow(
      /nothing was written/,
    );
    expect(existsSync(fresh)).toBe(false);
  });
});
