/** The record of what a built folder was built from (scripts/lib/build-stamp.ts), on a made-up project. */
import { mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readStamp, sourceHash, writeStamp, type BuildStamp } from '../../scripts/lib/build-stamp.ts';

let root: string;
const put = (path: string, text: string) => {
  mkdirSync(join(root, path, '..'), { recursive: true });
  writeFileSync(join(root, path), text);
};
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'build-stamp-'));
  put('src/lib/a.ts', 'export const a = 1;\n');
  put('public/robots.txt', 'User-agent: *\n');
  put('content/articles/vi/bai.md', '---\ntitle: Bài\n---\n');
  put('astro.config.mjs', 'export default {};\n');
  put('package-lock.json', '{}\n');
  put('tests/unit/x.test.ts', '// a test\n');
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const hash = (content = 'content') => sourceHash(join(root, content), root);

describe('sourceHash', () => {
  it('is the same for the same inputs', () => {
    expect(hash()).toMatch(/^[0-9a-f]{64}$/);
    expect(hash()).toBe(hash());
  });
  it.each([
    ['a source file changes', () => put('src/lib/a.ts', 'export const a = 2;\n')],
    ['a content file is added', () => put('content/articles/en/bai.md', '---\ntitle: Post\n---\n')],
    ['a public file changes', () => put('public/robots.txt', 'User-agent: x\n')],
    ['the lockfile changes', () => put('package-lock.json', '{"a":1}\n')],
    ['a file is renamed', () => renameSync(join(root, 'src/lib/a.ts'), join(root, 'src/lib/b.ts'))],
  ])('changes when %s', (_what, edit) => {
    const before = hash();
    edit();
    expect(hash()).not.toBe(before);
  });
  it('does not change with the tests, which do not shape the output', () => {
    const before = hash();
    put('tests/unit/x.test.ts', '// another test\n');
    expect(hash()).toBe(before);
  });
  it('covers the content folder the build read', () => {
    put('other-content/articles/vi/bai.md', '---\ntitle: Khác\n---\n');
    expect(hash('other-content')).not.toBe(hash());
  });
});

describe('writeStamp and readStamp', () => {
  const stamp = (target: string): BuildStamp => ({
    target,
    source: 'abc',
    contentDir: join(root, 'content'),
    now: '2026-01-01T08:00:00+07:00',
    preview: false,
    siteUrl: null,
  });
  it('keep one record per output folder, outside it', () => {
    const dist = join(root, 'dist');
    mkdirSync(dist);
    expect(readStamp(dist, root)).toBeUndefined();
    writeStamp(stamp(dist), root);
    expect(readStamp(dist, root)).toEqual(stamp(dist));
    writeStamp({ ...stamp(dist), source: 'def' }, root);
    expect(readStamp(dist, root)?.source).toBe('def');
  });
  it('forget folders that are gone', () => {
    const gone = join(root, 'tmp-build');
    mkdirSync(gone);
    writeStamp(stamp(gone), root);
    rmSync(gone, { recursive: true });
    mkdirSync(join(root, 'dist'));
    writeStamp(stamp(join(root, 'dist')), root);
    mkdirSync(gone);
    expect(readStamp(gone, root)).toBeUndefined();
  });
});
