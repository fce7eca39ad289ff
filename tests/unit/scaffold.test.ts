/** `npm run new`: every collection scaffolds into files that pass the content check as drafts. */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../src/i18n/locales.ts';
import { checkContent } from '../../src/lib/content-checks.ts';
import { COLLECTIONS } from '../../src/schemas/collections.ts';

const root = mkdtempSync(join(tmpdir(), 'scaffold-'));
// The anniversaries and glossary of the valid fixture (its MDX article imports by a relative path).
for (const dir of ['anniversaries', 'glossary'])
  cpSync(`tests/fixtures/content-valid/${dir}`, join(root, dir), { recursive: true });
const run = (...args: string[]) =>
  spawnSync(process.execPath, ['scripts/new-entry.ts', ...args], {
    env: { ...process.env, CONTENT_DIR: root, SITE_NOW: '2026-11-21T10:00:00+07:00' },
    encoding: 'utf8',
  });

describe('npm run new', () => {
  it.each([...COLLECTIONS])(
    'creates %s in every language as a draft with publishAt tomorrow 08:00+07:00',
    (collection) => {
      const r = run(collection, 'bai-moi');
      expect(r.status, r.stderr).toBe(0);
      for (const l of LOCALES) {
        const text = readFileSync(join(root, collection, l.code, 'bai-moi.md'), 'utf8');
        expect(text).toMatch(/^draft: true/m);
        expect(text).toMatch(/^publishAt: 2026-11-22T08:00:00\+07:00/m);
      }
    },
  );
  it('creates an anniversary with a name in every language', () => {
    expect(run('anniversaries', 'ngay-moi').status).toBe(0);
    expect(existsSync(join(root, 'anniversaries', 'ngay-moi.yaml'))).toBe(true);
  });
  it('creates only files that pass the content check', async () => {
    const { problems } = await checkContent(root, { now: new Date('2026-11-21T03:00:00Z') });
    expect(problems).toEqual([]);
  });
  it('refuses a slug that exists, is not URL-safe, or names a section', () => {
    expect(run('articles', 'bai-moi').stderr).toMatch(/Already exists: .*articles\/vi\/bai-moi\.md/);
    expect(run('articles', 'Đền Đuổm').stderr).toMatch(/may use only lowercase a–z/);
    expect(run('pages', 'heritage').stderr).toMatch(/taken by a section/);
    expect(run('recipes', 'x').status).toBe(1);
  });
});
