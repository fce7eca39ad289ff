import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve, win32 } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LOCALE_CODES } from '../../src/i18n/locales.ts';
import { posixRelative } from '../../src/lib/paths.ts';
import { gitHistory, translationStatus, type FileChange } from '../../src/lib/translation-status.ts';

const c = (date: string, skip = false): FileChange => ({ date, skip });
const NOW = '2026-01-01T01:00:00.000Z';

describe('translation status', () => {
  const files = new Map<string, FileChange[]>([
    ['heritage/vi/den-duom', [c('2025-03-01T00:00:00Z'), c('2025-01-01T00:00:00Z')]],
    ['heritage/en/den-duom', [c('2025-02-01T00:00:00Z')]],
    ['heritage/zh/den-duom', [c('2025-03-01T00:00:00Z')]],
    ['heritage/vi/ba-be', [c('2025-04-01T00:00:00Z', true), c('2025-01-01T00:00:00Z')]],
    ['heritage/en/ba-be', [c('2025-02-01T00:00:00Z')]],
  ]);
  const report = translationStatus({ files, locales: ['vi', 'en', 'zh'], now: '2026-01-01T00:00:00Z' });
  it('marks translations missing, outdated or up to date against the Vietnamese source', () => {
    expect(report.rows).toEqual([
      { entry: 'heritage/ba-be', states: { vi: 'source', en: 'up-to-date', zh: 'missing' } },
      { entry: 'heritage/den-duom', states: { vi: 'source', en: 'outdated', zh: 'up-to-date' } },
    ]);
  });
  it('ignores a source change marked [i18n-skip]', () => {
    expect(report.rows[0]!.states.en).toBe('up-to-date');
  });
  it('counts totals per language', () => {
    expect(report.totals).toEqual({
      en: { upToDate: 1, outdated: 1, missing: 0, total: 2 },
      zh: { upToDate: 1, outdated: 0, missing: 1, total: 2 },
    });
  });
});

describe('gitHistory', () => {
  const log = [
    '',
    '2025-03-01T10:00:00+07:00 Sửa lỗi chính tả [i18n-skip]\n\ncontent/heritage/vi/a.md\n',
    '2025-02-01T10:00:00+07:00 Translate\n\ncontent/heritage/en/a.md\ncontent/heritage/vi/a.md\n',
  ].join('\0');
  const status = [
    '?? content/heritage/vi/new.md',
    ' M content/heritage/en/a.md',
    'R  content/x/vi/b.md',
    'content/x/vi/old.md',
    '',
  ].join('\0');
  const changesOf = gitHistory(log, status, NOW);

  it("lists each file's commits, newest first, marking [i18n-skip]", () => {
    expect(changesOf('content/heritage/vi/a.md')).toEqual([
      c('2025-03-01T03:00:00.000Z', true),
      c('2025-02-01T03:00:00.000Z'),
    ]);
  });
  it('puts an uncommitted change, made now, before the commits', () => {
    expect(changesOf('content/heritage/en/a.md')).toEqual([c(NOW), c('2025-02-01T03:00:00.000Z')]);
  });
  it('counts a file never committed, or renamed, as changed now', () => {
    expect(changesOf('content/heritage/vi/new.md')).toEqual([c(NOW)]);
    expect(changesOf('content/x/vi/b.md')).toEqual([c(NOW)]);
    expect(changesOf('content/x/vi/old.md')).toEqual([c(NOW)]);
  });
  it('finds files named the way git names them, from a Windows path too', () => {
    const file = win32.join('C:\\site', 'content', 'heritage', 'vi', 'a.md');
    expect(posixRelative('C:/site', file, win32)).toBe('content/heritage/vi/a.md');
    expect(changesOf(posixRelative('C:/site', file, win32))).toHaveLength(2);
  });
});

/**
 * `npm run i18n:status` in a git repository made for the test, with commits at set dates: the
 * status depends only on that history, never on the project's own (a shallow clone, a tarball
 * without .git or an uncommitted edit in content/ change nothing here).
 */
describe('npm run i18n:status', () => {
  let repo: string;
  beforeEach(() => {
    repo = mkdtempSync(join(tmpdir(), 'i18n-status-'));
  });
  afterEach(() => rmSync(repo, { recursive: true, force: true }));

  const git = (date: string, ...args: string[]) =>
    execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.invalid', ...args], {
      cwd: repo,
      env: { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date },
      stdio: 'pipe',
    });
  const write = (path: string, text = `${path}\n`) => {
    mkdirSync(join(repo, path, '..'), { recursive: true });
    writeFileSync(join(repo, path), text);
  };
  const commit = (date: string, message: string, ...paths: string[]) => {
    for (const p of paths) write(p, `${p} ${date}\n`);
    git(date, 'add', '--', ...paths);
    git(date, 'commit', '-q', '-m', message);
  };
  const translations = (slug: string) => LOCALE_CODES.map((l) => `content/heritage/${l}/${slug}.md`);

  it('marks translations missing, outdated or up to date from the commits and uncommitted edits', () => {
    git('2025-01-01T00:00:00Z', 'init', '-q');
    commit('2025-01-01T08:00:00+07:00', 'Every entry', ...translations('a'), ...translations('b'));
    commit('2025-02-01T08:00:00+07:00', 'New facts', 'content/heritage/vi/a.md');
    commit('2025-03-01T08:00:00+07:00', 'Translated', 'content/heritage/en/a.md');
    commit('2025-04-01T08:00:00+07:00', 'Typo [i18n-skip]', 'content/heritage/vi/b.md');
    write('content/heritage/zh/a.md', 'edited, not committed\n');
    write('content/heritage/vi/c.md');

    const r = spawnSync(process.execPath, [resolve('scripts/i18n-status.ts'), '--strict'], {
      cwd: repo,
      env: { ...process.env, CONTENT_DIR: 'content', SITE_NOW: '2026-01-01T08:00:00+07:00' },
      encoding: 'utf8',
    });
    expect(r.status, r.stderr).toBe(1);
    const html = readFileSync(join(repo, 'reports/i18n-status.html'), 'utf8');
    const rows = Object.fromEntries(
      [...html.matchAll(/<tr><td>([^<]+)<\/td>((?:<td class="[^"]+">)[\s\S]*?)<\/tr>/g)].map((m) => [
        m[1],
        [...m[2]!.matchAll(/class="([^"]+)"/g)].map((c) => c[1]),
      ]),
    );
    // Columns: en, zh, ko.
    expect(rows).toEqual({
      'heritage/a': ['up-to-date', 'up-to-date', 'outdated'],
      'heritage/b': ['up-to-date', 'up-to-date', 'up-to-date'],
      'heritage/c': ['missing', 'missing', 'missing'],
    });
  });

  it('passes --strict when every translation is up to date', () => {
    git('2025-01-01T00:00:00Z', 'init', '-q');
    commit('2025-01-01T08:00:00+07:00', 'Every entry', ...translations('a'));
    const r = spawnSync(process.execPath, [resolve('scripts/i18n-status.ts'), '--strict'], {
      cwd: repo,
      env: { ...process.env, CONTENT_DIR: 'content', SITE_NOW: '2026-01-01T08:00:00+07:00' },
      encoding: 'utf8',
    });
    expect(r.status, r.stdout + r.stderr).toBe(0);
  });
});
