/**
 * An embargo at 08:00+07:00 lifts at exactly 01:00:00Z, whether or not the editor wrote the
 * offset (an unquoted `2025-06-01T08:00:00` means Vietnam time, not UTC).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, readTree } from './support/build.ts';

const FIXTURE = 'tests/fixtures/content-embargo';
let work: string;
const text = (tree: Map<string, Buffer>) => [...tree.values()].map((b) => b.toString('utf8')).join('\n');
let before: string;
let at: string;

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'embargo-'));
  buildSite({ contentDir: FIXTURE, outDir: join(work, 'before'), siteNow: '2025-06-01T00:59:59Z', tz: 'UTC' });
  buildSite({
    contentDir: FIXTURE,
    outDir: join(work, 'at'),
    siteNow: '2025-06-01T01:00:00Z',
    tz: 'America/Los_Angeles',
  });
  before = text(readTree(join(work, 'before')));
  at = text(readTree(join(work, 'at')));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('an 08:00+07:00 embargo', () => {
  it('is absent from every file when built at 00:59:59Z', () => {
    expect(before).not.toMatch(/EMBARGOWITHOFFSET|EMBARGONOOFFSET|embargo-co-offset|embargo-khong-offset/);
  });
  it('is present from 01:00:00Z, in both languages', () => {
    expect(at).toContain('EMBARGOWITHOFFSET bản tiếng Việt');
    expect(at).toContain('EMBARGOWITHOFFSET English version');
  });
  it('treats a date-time written without offset as Vietnam time', () => {
    expect(at).toContain('EMBARGONOOFFSET');
  });
});
