import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { translationStatus, type FileChange } from '../../src/lib/translation-status.ts';

const c = (date: string, skip = false): FileChange => ({ date, skip });

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

describe('the demo content', () => {
  it('is fully translated and up to date (npm run i18n:status -- --strict)', () => {
    const r = spawnSync(process.execPath, ['scripts/i18n-status.ts', '--strict'], { encoding: 'utf8' });
    expect(r.stdout).toMatch(/en: (\d+)\/\1 up to date \(100 %\)/);
    expect(r.status, r.stdout.slice(-600)).toBe(0);
  });
});
