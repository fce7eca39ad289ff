import { describe, expect, it } from 'vitest';
import { calendarReport, type ContentEntry } from '../../src/lib/calendar.ts';
import type { PlanItem } from '../../src/schemas/calendar.ts';

const at = (iso: string) => new Date(iso);
const anniversaries = [
  { id: 'quoc-khanh', data: { date: '1945-09-02', category: 'national' as const, name: { vi: 'Quốc khánh' } } },
  { id: 'party', data: { date: '1930-02-03', category: 'national' as const, name: { vi: 'Thành lập Đảng' } } },
  { id: 'plain', data: { date: '1961-03-01', category: 'local' as const, name: { vi: 'Ngày thường' } } },
];
const article = (id: string, data: Partial<ContentEntry['data']>): ContentEntry => ({
  collection: 'articles',
  id,
  data: { title: id, publishAt: at('2025-08-28T01:00:00Z'), ...data },
});
const item = (over: Partial<PlanItem>): PlanItem => ({
  id: 'qk80',
  title: 'Quốc khánh 80 năm',
  window: { start: '2025-08-15', end: '2025-09-05' },
  anniversary: ['quoc-khanh'],
  entries: ['articles/qk'],
  lead: 'Sở VH-TT-DL',
  coordinating: [],
  channels: ['website'],
  status: 'in-progress',
  ...over,
});

function report(entries: ContentEntry[], items: PlanItem[], now = '2025-09-10T00:00:00Z') {
  return calendarReport({ year: 2025, now: at(now), locales: ['vi', 'en'], anniversaries, items, entries });
}

describe('editorial calendar report', () => {
  it('lists the year with ordinals and the state of planned entries per language', () => {
    const r = report(
      [article('vi/qk', {}), article('en/qk', { publishAt: at('2025-12-01T00:00:00Z') })],
      [item({})],
      '2025-08-01T00:00:00Z',
    );
    expect(r.occurrences.map((o) => [o.id, o.date, o.ordinal, o.weight])).toEqual([
      ['party', '2025-02-03', 95, 'round'],
      ['plain', '2025-03-01', 64, 'regular'],
      ['quoc-khanh', '2025-09-02', 80, 'major'],
    ]);
    expect(r.items[0]!.statuses[0]!.states).toEqual({ vi: 'scheduled', en: 'scheduled' });
  });
  it('warns about a milestone with nothing planned, but not about an ordinary year', () => {
    const r = report([article('vi/qk', {}), article('en/qk', {})], [item({})]);
    const milestones = r.warnings.filter((w) => w.code === 'milestone-unplanned');
    expect(milestones.map((w) => w.date)).toEqual(['2025-02-03']);
  });
  it('warns about content scheduled after its anniversary', () => {
    const r = report([article('vi/qk', { publishAt: at('2025-09-03T01:00:00Z') }), article('en/qk', {})], [item({})]);
    expect(r.warnings.filter((w) => w.code === 'scheduled-after')).toHaveLength(1);
  });
  it('warns about a missing translation', () => {
    const r = report([article('vi/qk', {})], [item({})]);
    expect(r.warnings.find((w) => w.code === 'missing-translation')?.message).toMatch(/articles\/qk .* en/);
  });
  it('warns when a plan item is past its date and its content is still a draft', () => {
    const drafts = [article('vi/qk', { draft: true }), article('en/qk', {})];
    expect(report(drafts, [item({})], '2025-09-06T00:00:00Z').warnings.map((w) => w.code)).toContain('overdue-draft');
    expect(report(drafts, [item({})], '2025-09-01T00:00:00Z').warnings.map((w) => w.code)).not.toContain(
      'overdue-draft',
    );
    expect(
      report(drafts, [item({ status: 'cancelled' })], '2025-09-06T00:00:00Z').warnings.map((w) => w.code),
    ).not.toContain('overdue-draft');
  });
});

describe('plan items that prepare for next year', () => {
  it('compares a December item about Tết with the coming Tết, not the one already past', () => {
    const tet = {
      id: 'tet',
      data: { lunar: { month: 1, day: 1 }, category: 'festival' as const, name: { vi: 'Tết' } },
    };
    const r = calendarReport({
      year: 2026,
      now: at('2026-11-21T00:00:00Z'),
      locales: ['vi'],
      anniversaries: [tet],
      items: [
        item({
          id: 'tet-2027',
          window: { start: '2026-12-20', end: '2027-02-10' },
          anniversary: ['tet'],
          entries: ['articles/tet'],
        }),
      ],
      entries: [article('vi/tet', { publishAt: at('2027-01-25T01:00:00Z') })],
    });
    expect(r.warnings.filter((w) => w.code === 'scheduled-after')).toEqual([]);
  });
});

describe('a plan item for several anniversaries', () => {
  it('counts as planned for each of them', () => {
    const r = calendarReport({
      year: 2025,
      now: at('2025-09-10T00:00:00Z'),
      locales: ['vi'],
      anniversaries,
      items: [item({ anniversary: ['quoc-khanh', 'party'], entries: [] })],
      entries: [],
    });
    expect(r.occurrences.filter((o) => o.planned.includes('qk80')).map((o) => o.id)).toEqual(['party', 'quoc-khanh']);
    expect(r.warnings.filter((w) => w.code === 'milestone-unplanned')).toEqual([]);
  });
});
