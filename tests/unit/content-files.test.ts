import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join, posix, win32 } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { dataFileId, entryPlace, findContentFiles } from '../../src/lib/content-files.ts';
import { loadContent, validateContent } from '../../src/lib/content-validate.ts';
import { contentDir, segmentsBelow } from '../../src/lib/paths.ts';
import { contentFolders } from './support/content-folder.ts';

const folders = contentFolders('content-files');
afterAll(folders.cleanup);
/** Problems as `relative/file message`, for a copy of the valid fixture with these files added. */
const problemsWith = (files: Record<string, string>) => {
  const root = folders.folder(files);
  return validateContent(root).problems.map((p) => `${p.file.slice(root.length + 1) || '.'} ${p.message}`);
};
const entry =
  '---\ntitle: Bài\ndescription: Mô tả.\npublishAt: 2025-06-01T08:00:00+07:00\nkind: news\n---\n\nNội dung.\n';

describe('content validation outside Astro', () => {
  it('reports every problem with its file and field, not only the first', () => {
    const { problems } = validateContent('tests/fixtures/content-invalid');
    const lines = problems.map((p) => `${p.file.replace(/^.*content-invalid\//, '')} ${p.field ?? '-'} ${p.message}`);
    expect(lines).toEqual([
      expect.stringMatching(/^heritage\/en\/no-source\.md - This translation has no vi source/),
      expect.stringMatching(/^heritage\/vi\/bad-date\.md publishAt 2025-02-30 does not exist/),
    ]);
  });
  it('passes the demo content', () => {
    const { files, problems } = validateContent('content');
    expect(problems).toEqual([]);
    expect(files.length).toBeGreaterThan(0);
  });
});

/**
 * Where a file stands is read from its path below the collection folder, with the path module of
 * the OS: on Windows `relative` gives `vi\\bai.md`, and splitting it on '/' once put every entry in
 * the wrong place. The same code runs here with path.win32 and path.posix.
 */
describe('where a content file stands, on Windows and POSIX', () => {
  const systems = [
    ['POSIX', posix, '/site/content/articles'],
    ['Windows', win32, 'C:\\site\\content\\articles'],
    ['Windows, with CONTENT_DIR written with /', win32, 'C:/site/content/articles'],
  ] as const;
  describe.each(systems)('%s', (_name, path, dir) => {
    const at = (...parts: string[]) => path.join(dir, ...parts);
    it('reads locale and slug of an entry', () => {
      expect(segmentsBelow(dir, at('vi', 'bai-moi.md'), path)).toEqual(['vi', 'bai-moi.md']);
      expect(entryPlace(dir, at('vi', 'bai-moi.md'), path)).toEqual({ kind: 'entry', locale: 'vi', slug: 'bai-moi' });
      expect(entryPlace(dir, at('ko', 'bai.mdx'), path)).toEqual({ kind: 'entry', locale: 'ko', slug: 'bai' });
    });
    it('skips images and hidden files, and refuses misplaced files and unknown languages', () => {
      expect(entryPlace(dir, at('vi', 'anh.JPG'), path)).toEqual({ kind: 'skip' });
      expect(entryPlace(dir, at('vi', '.DS_Store'), path)).toEqual({ kind: 'skip' });
      expect(entryPlace(dir, at('bai.md'), path)).toEqual({ kind: 'misplaced' });
      expect(entryPlace(dir, at('vi', 'cu', 'bai.md'), path)).toEqual({ kind: 'misplaced' });
      expect(entryPlace(dir, at('vi', 'bai.txt'), path)).toEqual({ kind: 'misplaced' });
      expect(entryPlace(dir, at('ja', 'bai.md'), path)).toEqual({ kind: 'unknown-locale', locale: 'ja' });
    });
    it('reads the id of a data file, only at the top of its folder', () => {
      expect(dataFileId(dir, at('quoc-khanh.yaml'), path)).toBe('quoc-khanh');
      expect(dataFileId(dir, at('vi', 'quoc-khanh.yaml'), path)).toBeUndefined();
      expect(dataFileId(dir, at('quoc-khanh.yml'), path)).toBeUndefined();
    });
  });
  it('takes CONTENT_DIR with or without a trailing separator', () => {
    expect(contentDir({})).toBe('./content');
    expect(contentDir({ CONTENT_DIR: 'site/content/' })).toBe('site/content');
    expect(contentDir({ CONTENT_DIR: 'site\\content\\' })).toBe('site\\content');
  });
});

describe('a content folder that is not there', () => {
  it('is an error, never an empty site', () => {
    const { files, problems } = findContentFiles('tests/fixtures/contnet-valid');
    expect(files).toEqual([]);
    expect(problems).toEqual([
      expect.objectContaining({ severity: 'error', message: expect.stringMatching(/no content folder/) }),
    ]);
  });
});

describe('files that are not where entries go', () => {
  it.each([
    [
      'an entry outside a language folder',
      'articles/bai.md',
      /^articles\/bai\.md Put entries at .*articles\/<language>\/<slug>\.md/,
    ],
    ['an entry one folder too deep', 'articles/vi/cu/bai.md', /Put entries at/],
    ['a language the site does not have', 'articles/ja/bai.md', /^articles\/ja\/bai\.md "ja" is not a language/],
    [
      'a data file in a subfolder',
      'anniversaries/cu/ngay.yaml',
      /^anniversaries\/cu\/ngay\.yaml Put these files at .*<id>\.yaml/,
    ],
    [
      'a file name with capitals',
      'articles/vi/Bai-Moi.md',
      /^articles\/vi\/Bai-Moi\.md The file name "Bai-Moi" must be lowercase/,
    ],
    [
      'an entry without frontmatter',
      'articles/vi/khong-dau.md',
      /^articles\/vi\/khong-dau\.md .*khong-dau\.md:1: The file must start with frontmatter/,
    ],
    [
      'data that is a list, not fields',
      'anniversaries/danh-sach.yaml',
      /^anniversaries\/danh-sach\.yaml .*danh-sach\.yaml:1: The data must be a list of `field: value` lines/,
    ],
  ])('%s is reported (%s)', (_what, path, pattern) => {
    const text = path.endsWith('.yaml') ? '- a\n- b\n' : path.includes('khong-dau') ? 'Chỉ có nội dung.\n' : entry;
    const problems = problemsWith({ [path]: text });
    expect(
      problems.filter((p) => pattern.test(p)),
      problems.join('\n'),
    ).toHaveLength(1);
  });
  it('reports a content folder with no entries at all', () => {
    mkdirSync('node_modules/.cache', { recursive: true });
    const empty = mkdtempSync(join('node_modules/.cache', 'content-files-empty-'));
    try {
      expect(validateContent(empty).problems.map((p) => p.message)).toEqual([
        expect.stringMatching(/has no entries: check the CONTENT_DIR path/),
      ]);
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });
});

describe('loadContent (for scripts)', () => {
  it('gives entries with Astro ids, anniversaries and plans of a valid folder', () => {
    const content = loadContent('tests/fixtures/content-valid');
    expect(content.entries.map((e) => [e.collection, e.id]).sort()).toEqual([
      ['articles', 'en/bai-hop-le'],
      ['articles', 'vi/bai-hop-le'],
    ]);
    expect(content.anniversaries.map((a) => a.id)).toEqual(['quoc-khanh']);
    expect(content.anniversaries[0]!.data.date).toBe('1945-09-02');
    expect(content.calendars).toEqual([]);
  });
  it('refuses a folder with problems, saying how many and what to run', () => {
    expect(() => loadContent('tests/fixtures/content-invalid')).toThrow(/2 content problem.*check:content/);
  });
});
