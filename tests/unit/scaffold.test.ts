/**
 * `npm run new`: every collection scaffolds into files that pass the content check as drafts.
 * Each test makes its own content folder (the valid fixture's anniversaries and glossary; its MDX
 * article imports by a relative path, so it stays out) and removes it afterwards: no test
 * depends on files another test made.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LOCALES } from '../../src/i18n/locales.ts';
import { checkContent } from '../../src/lib/content-checks.ts';
import { scaffoldAnniversary, scaffoldEntry } from '../../src/lib/scaffold.ts';
import { COLLECTIONS } from '../../src/schemas/collections.ts';

const SITE_NOW = '2026-11-21T10:00:00+07:00';
let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'scaffold-'));
  for (const dir of ['anniversaries', 'glossary'])
    cpSync(`tests/fixtures/content-valid/${dir}`, join(root, dir), { recursive: true });
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const run = (...args: string[]) =>
  spawnSync(process.execPath, ['scripts/new-entry.ts', ...args], {
    env: { ...process.env, CONTENT_DIR: root, SITE_NOW },
    encoding: 'utf8',
  });

describe('the scaffolded files', () => {
  it.each([...COLLECTIONS])('%s: one draft per language, publishAt tomorrow 08:00+07:00', (collection) => {
    const files = scaffoldEntry(collection, 'bai-moi', new Date(SITE_NOW));
    expect(files.map((f) => f.path)).toEqual(LOCALES.map((l) => `${collection}/${l.code}/bai-moi.md`));
    for (const { text } of files) {
      expect(text).toMatch(/^draft: true/m);
      expect(text).toMatch(/^publishAt: 2026-11-22T08:00:00\+07:00/m);
    }
  });
  it('pass the content check, in every collection and for an anniversary', async () => {
    const files = [
      ...COLLECTIONS.flatMap((c) => scaffoldEntry(c, 'bai-moi', new Date(SITE_NOW))),
      scaffoldAnniversary('ngay-moi'),
    ];
    for (const f of files) {
      mkdirSync(dirname(join(root, f.path)), { recursive: true });
      writeFileSync(join(root, f.path), f.text);
    }
    const { files: checked, problems } = await checkContent(root, { now: new Date(SITE_NOW) });
    expect(problems).toEqual([]);
    expect(checked.length).toBeGreaterThanOrEqual(files.length);
  });
});

describe('npm run new', () => {
  it('writes an entry in every language and an anniversary', () => {
    expect(run('heritage', 'bai-moi').status).toBe(0);
    for (const l of LOCALES) {
      const text = readFileSync(join(root, 'heritage', l.code, 'bai-moi.md'), 'utf8');
      expect(text).toMatch(/^publishAt: 2026-11-22T08:00:00\+07:00/m);
    }
    expect(run('anniversaries', 'ngay-moi').status).toBe(0);
    expect(readFileSync(join(root, 'anniversaries', 'ngay-moi.yaml'), 'utf8')).toMatch(/^draft: true/m);
  }, 30_000);
  it('refuses a slug that exists, is not URL-safe, or names a section, and an unknown collection', () => {
    expect(run('articles', 'bai-moi').status).toBe(0);
    const again = run('articles', 'bai-moi');
    expect(again.status).toBe(1);
    expect(again.stderr).toMatch(/Already exists: .*articles\/vi\/bai-moi\.md/);
    expect(run('articles', 'Đền Đuổm').stderr).toMatch(/may use only lowercase a–z/);
    expect(run('pages', 'heritage').stderr).toMatch(/taken by a section/);
    expect(run('recipes', 'x').status).toBe(1);
    // Nothing but the first entry was written.
    expect(existsSync(join(root, 'pages'))).toBe(false);
  }, 30_000);
});
