/**
 * The whole gate (`checkContent`, what Astro and `npm run check:content` run) on small content
 * folders with one hostile or careless file each: every case ends in an error that names the
 * file (never an exception, never a hang), and the valid base folder passes.
 */
import { execFileSync } from 'node:child_process';
import { linkSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content-checks.ts';
import { contentFolders, type MakeFile } from './support/content-folder.ts';

const NOW = new Date('2026-01-01T00:00:00Z');
const folders = contentFolders('gate-files');
const folder = folders.folder;
afterAll(() => folders.cleanup());

const entry = (front: string, body = 'Nội dung.') =>
  `---\ntitle: Bài\ndescription: Mô tả.\npublishAt: 2025-06-01T08:00:00+07:00\nkind: news\n${front}---\n\n${body}\n`;

const aliasBomb = ['a: &a ["x","x","x","x","x","x","x","x","x"]']
  .concat(['b', 'c', 'd', 'e', 'f', 'g'].map((k, i) => `${k}: &${k} [${Array(9).fill(`*${'abcdefg'[i]}`).join(',')}]`))
  .join('\n');

const CASES: [string, Record<string, MakeFile>, string, RegExp][] = [
  ['a missing content folder', {}, '', /no content folder/],
  [
    'an emoji in a title',
    { 'articles/vi/emoji.md': entry('').replace('title: Bài', 'title: Bài 🎉') },
    'articles/vi/emoji.md',
    /\[title\].*🎉/,
  ],
  ['a 250-character slug', { [`articles/vi/${'a'.repeat(250)}.md`]: entry('') }, 'a'.repeat(250), /at most 80/],
  [
    'a page named index',
    { 'pages/vi/index.md': entry('').replace('kind: news\n', '') },
    'pages/vi/index.md',
    /reserved/,
  ],
  [
    'a cover path to a system file',
    { 'articles/vi/he-thong.md': entry('cover:\n  src: /etc/hostname\n  alt: x\n') },
    'he-thong.md',
    /\[cover\.src\]/,
  ],
  [
    'a cover path escaping with ..',
    { 'articles/vi/thoat.md': entry('cover:\n  src: ../../../../../../../../etc/hostname\n  alt: x\n') },
    'thoat.md',
    /\[cover\.src\].*outside the content folder/,
  ],
  [
    'a body image escaping with ..',
    { 'articles/vi/thoat-anh.md': entry('', '![x](../../../../../../../../etc/hostname)') },
    'thoat-anh.md',
    /outside the content folder/,
  ],
  [
    'a symlinked entry',
    { 'articles/vi/lien-ket.md': (_r, p) => symlinkSync('/etc/hostname', p) },
    'lien-ket.md',
    /symbolic link/,
  ],
  ['a symlinked folder', { 'heritage/vi': (_r, p) => symlinkSync('/etc', p) }, 'heritage/vi', /symbolic link/],
  [
    'a symlinked image pointing out of the tree',
    {
      'articles/vi/anh.png': (_r, p) => symlinkSync('/etc/hostname', p),
      'articles/vi/co-anh.md': entry('', '![x](./anh.png)'),
    },
    'anh.png',
    /symbolic link/,
  ],
  [
    'a symlink loop as cover',
    {
      'articles/vi/vong.png': (_r, p) => symlinkSync('vong.png', p),
      'articles/vi/vong-lap.md': entry('cover:\n  src: ./vong.png\n  alt: x\n'),
    },
    'vong-lap.md',
    /loop/,
  ],
  [
    'a FIFO named like an entry (would hang a read)',
    { 'articles/vi/ong.md': (_r, p) => execFileSync('mkfifo', [p]) },
    'ong.md',
    /not a regular file/,
  ],
  [
    'a hard link to a file elsewhere',
    {
      'articles/vi/cung.md': (_r, p) => {
        writeFileSync(`${p}.src`, entry(''));
        linkSync(`${p}.src`, p);
      },
    },
    'cung.md',
    /hard link/,
  ],
  ['a YAML alias bomb', { 'articles/vi/bom.md': entry(`${aliasBomb}\n`) }, 'bom.md', /YAML aliases/],
  ['a YAML alias bomb in a data file', { 'anniversaries/bom.yaml': aliasBomb }, 'bom.yaml', /YAML aliases/],
  ['a custom YAML tag', { 'articles/vi/the.md': entry('extra: !!js/function "x"\n') }, 'the.md', /YAML tag/],
  ['a huge Markdown file', { 'articles/vi/lon.md': entry('', 'chữ '.repeat(100_000)) }, 'lon.md', /too large/],
  [
    'a binary renamed .md',
    { 'articles/vi/nhi-phan.md': (_r, p) => writeFileSync(p, Buffer.from([0xff, 0xfe, 0x00, 0x80, 0xc3])) },
    'nhi-phan.md',
    /UTF-8/,
  ],
  [
    'a catastrophic glossary pattern',
    {
      'glossary/vi.yaml': 'rules:\n  - id: x\n    note: n\n    source: s\n    forbidden: "(a+)+$"\n    preferred: b\n',
    },
    'glossary/vi.yaml',
    /very long time/,
  ],
  [
    'a passage that makes a plain glossary pattern crawl (quadratic backtracking)',
    {
      'glossary/vi.yaml': 'rules:\n  - id: x\n    note: n\n    source: s\n    forbidden: "\\\\s+x"\n    preferred: b\n',
      'articles/vi/khoang-trang.md': entry('', `a${' '.repeat(99_000)}b`),
    },
    'khoang-trang.md',
    /glossary took more than/,
  ],
  [
    'a glossary backreference',
    {
      'glossary/vi.yaml':
        'rules:\n  - id: x\n    note: n\n    source: s\n    forbidden: "(a)\\\\1"\n    preferred: b\n',
    },
    'glossary/vi.yaml',
    /backreference/,
  ],
  [
    'a link to a draft anniversary',
    {
      'anniversaries/nhap.yaml':
        'draft: true\ncategory: national\nname:\n  vi: Nháp\n  en: Draft\n  zh: 草稿\n  ko: 초안\ndate: 2000-01-01\n',
      'articles/vi/lien-ket-nhap.md': entry('', '[x](/anniversaries/nhap/)'),
    },
    'lien-ket-nhap.md',
    /not published/,
  ],
  [
    'a link to a scheduled entry',
    {
      'articles/vi/sau.md': entry('').replace('2025-06-01', '2027-06-01'),
      'articles/vi/tro-toi.md': entry('', '[x](/articles/sau/)'),
    },
    'tro-toi.md',
    /not published/,
  ],
];

describe('the content gate refuses, naming the file', () => {
  it.each(CASES)('%s', async (_what, files, file, pattern) => {
    const root = Object.keys(files).length === 0 ? join(tmpdir(), 'gate-files-does-not-exist') : folder(files);
    const { problems } = await checkContent(root, { now: NOW });
    const hits = problems.filter(
      (p) => p.severity === 'error' && p.file.includes(file) && pattern.test(`[${p.field}] ${p.message}`),
    );
    expect(hits, problems.map((p) => `${p.file} [${p.field}] ${p.message}`).join('\n')).not.toHaveLength(0);
  });
  // At NOW (2026) the current year is /calendar/; the years around it have their own pages.
  it('accepts links to built pages: a calendar year, the feeds', async () => {
    const root = folder({
      'articles/vi/lich.md': entry(
        '',
        '[a](/calendar/2027/) [e](/en/calendar/2025/) [b](/rss.xml) [c](/en/calendar.ics) [d](/calendar/)',
      ),
    });
    const { problems } = await checkContent(root, { now: NOW });
    expect(problems.filter((p) => p.file.includes('lich.md')).map((p) => p.message)).toEqual([]);
  });
  it('passes the valid base folder', async () => {
    const { problems } = await checkContent(folder({}), { now: NOW });
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
  });
});
