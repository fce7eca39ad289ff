/**
 * What the CMS page does with a form before a save (empty fields, the new file's name, Vietnam
 * time), what the dev server makes of it (files, a safe path) and the CMS page's own policy.
 */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { adminCsp, adminPageHtml } from '../../src/lib/admin-page.ts';
import { draftSlug, emptyPaths, pruneEmpty } from '../../src/lib/cms-form.ts';
import { clockIn, formState, fromVnInput, momentHelp, momentOf, vnInputValue } from '../../src/lib/cms-moments.ts';
import { entrySource, isSafeSavePath, saveFiles } from '../../src/lib/cms-save.ts';
import { findContentFiles, isBlankFile } from '../../src/lib/content-files.ts';
import type { AdminPageData } from '../../src/scripts/admin/decap.ts';

describe('a form made ready to save', () => {
  it('drops empty strings, lists and objects, keeps false, zero and dates', () => {
    const at = new Date('2027-01-15T01:00:00Z');
    expect(
      pruneEmpty({ title: 'T', cover: { src: '', alt: ' ' }, tags: [], draft: false, order: 0, at, list: ['', 'a'] }),
    ).toEqual({ title: 'T', draft: false, order: 0, at, list: ['a'] });
    expect(pruneEmpty({ a: '', b: null, c: {} })).toBeUndefined();
  });

  it('lists the empty paths, later list items first so deleting one keeps the next index right', () => {
    expect(emptyPaths({ cover: { src: '' }, items: [{ a: 'x' }, '', { b: '' }, ''], t: 'x' })).toEqual([
      ['cover'],
      ['items', 3],
      ['items', 2],
      ['items', 1],
    ]);
  });

  it('names a new file as Decap will: no accents, đ as d, lowercase, hyphens', () => {
    expect(draftSlug('Lễ hội Đền Đuổm 2027: khai mạc!')).toBe('le-hoi-den-duom-2027-khai-mac');
    expect(draftSlug('  ')).toBe('');
  });
});

describe('moments in Vietnam time', () => {
  it('reads what the form holds: offsets, no offset as +07:00, dates, nonsense as nothing', () => {
    expect(momentOf('2027-01-15T08:00:00+07:00')?.toISOString()).toBe('2027-01-15T01:00:00.000Z');
    expect(momentOf('2027-01-15T08:00')?.toISOString()).toBe('2027-01-15T01:00:00.000Z');
    expect(momentOf('2027-01-15')?.toISOString()).toBe('2027-01-14T17:00:00.000Z');
    expect(momentOf(new Date('2027-01-15T01:00:00Z'))?.toISOString()).toBe('2027-01-15T01:00:00.000Z');
    for (const bad of ['', 'mai', '2027-13-45T99:00', 42, null, new Date('x')]) expect(momentOf(bad)).toBeUndefined();
  });

  it('shows and stores the Vietnam clock whatever the computer’s zone (tests run in Los Angeles)', () => {
    expect(vnInputValue(new Date('2027-01-15T01:00:00Z'))).toBe('2027-01-15T08:00');
    expect(vnInputValue(undefined)).toBe('');
    expect(fromVnInput('2027-01-15T08:00')).toBe('2027-01-15T08:00:00+07:00');
    expect(fromVnInput('')).toBe('');
  });

  it('helps with Seoul and Beijing time', () => {
    expect(momentHelp(new Date('2027-01-15T01:00:00Z'))).toEqual({
      vietnam: '08:00, 15/01/2027',
      seoul: '10:00, 15/01/2027',
      beijing: '09:00, 15/01/2027',
    });
    expect(clockIn(new Date('2026-12-31T17:30:00Z'), 'Asia/Seoul')).toBe('02:30, 01/01/2027');
  });

  it('gives the entry’s state by the site’s own rule', () => {
    const now = new Date('2027-01-10T00:00:00Z');
    expect(formState({ publishAt: '2027-01-15T08:00:00+07:00' }, now)).toBe('scheduled');
    expect(formState({ publishAt: '2027-01-01T08:00:00+07:00' }, now)).toBe('published');
    expect(formState({ publishAt: '2027-01-01T08:00', expiresAt: '2027-01-05T08:00' }, now)).toBe('expired');
    expect(formState({ publishAt: '2027-01-01T08:00', draft: true }, now)).toBe('draft');
  });
});

describe('the files of a save', () => {
  it('writes front matter and body per language, YAML for data files, and the uploads', () => {
    const files = saveFiles({
      collection: 'articles',
      slug: 'x',
      data: { vi: { title: 'Tiêu đề', cover: { src: '' }, body: 'Nội dung' }, en: { title: 'Title' } },
      media: [{ path: 'content/images/a.png', base64: 'AAAA' }],
    });
    expect(files.map((f) => f.path)).toEqual([
      'content/articles/vi/x.md',
      'content/articles/en/x.md',
      'content/images/a.png',
    ]);
    expect(files[0]!.text).toBe('---\ntitle: Tiêu đề\n---\nNội dung\n');
    expect(saveFiles({ collection: 'calendar', slug: '2027', data: { '': { year: 2027 } }, media: [] })[0]).toEqual({
      path: 'content/calendar/2027.yaml',
      text: 'year: 2027\n',
    });
    expect(entrySource({})).toBe('---\n{}\n---\n\n');
  });

  it('only ever names files under content/', () => {
    for (const ok of ['content/articles/vi/x.md', 'content/images/a.png', 'content/calendar/2027.yaml'])
      expect(isSafeSavePath(ok), ok).toBe(true);
    for (const bad of [
      'src/x.ts',
      'content/../x',
      'content/articles/vi/..',
      'content/a/b/c/d.md',
      '/etc/passwd',
      'content/.git/x',
    ])
      expect(isSafeSavePath(bad), bad).toBe(false);
  });

  it('knows a blank language file (what Decap writes for a language nobody wrote) from an entry', () => {
    const dir = mkdtempSync(join(tmpdir(), 'blank-'));
    try {
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, 'blank.md'), '\n');
      writeFileSync(join(dir, 'entry.md'), '---\ntitle: x\n---\n');
      expect(isBlankFile(join(dir, 'blank.md'))).toBe(true);
      expect(isBlankFile(join(dir, 'entry.md'))).toBe(false);
      // In a content folder it is not an entry, and the gate says so, as a warning.
      mkdirSync(join(dir, 'content/articles/zh'), { recursive: true });
      writeFileSync(join(dir, 'content/articles/zh/x.md'), ' \n');
      const found = findContentFiles(join(dir, 'content'));
      expect(found.files).toEqual([]);
      expect(found.problems).toMatchObject([{ severity: 'warning', message: expect.stringMatching(/Empty file/) }]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('the CMS page', () => {
  const data = {
    config: {},
    ui: {},
    decap: '/d.js',
    checkUrl: '/c/',
    translationsUrl: '/t',
  } as unknown as AdminPageData;

  it('allows eval and inline styles for the CMS, and connections only to itself and the forge', () => {
    const csp = adminCsp(['https://git.example']);
    expect(csp).toContain("script-src 'self' 'unsafe-eval'");
    expect(csp).toContain("connect-src 'self' blob: https://git.example");
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(csp).toContain("object-src 'none'");
  });

  it('embeds its data so that no text in it can close the script element', () => {
    const html = adminPageHtml({
      lang: 'vi',
      title: 'T',
      script: '/a.js',
      csp: adminCsp(),
      data: { ...data, ui: { x: '</script><script>alert(1)</script>' } as unknown as AdminPageData['ui'] },
    });
    expect(html).not.toContain('</script><script>alert(1)');
    expect(html).toContain('\\u003c/script>');
    expect(html).toContain('<meta name="robots" content="noindex, nofollow">');
  });
});
