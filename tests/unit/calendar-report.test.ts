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

describe('articles about an anniversary', () => {
  it("count as its coverage in their year (no milestone warning), not in another year's", () => {
    const about = (id: string, publishAt: string) => article(id, { anniversary: 'party', publishAt: at(publishAt) });
    const r = report(
      [
        about('vi/dang-95', '2025-02-01T01:00:00Z'),
        about('vi/dang-94', '2024-02-01T01:00:00Z'),
        about('en/dang-95', '2025-02-01T01:00:00Z'),
      ],
      [],
    );
    const party = r.occurrences.find((o) => o.id === 'party')!;
    // Listed once, by its Vietnamese source, with its state in each language.
    expect(party.articles.map((a) => [a.ref, a.states])).toEqual([
      ['articles/dang-95', { vi: 'published', en: 'published' }],
    ]);
    expect(r.warnings.filter((w) => w.code === 'milestone-unplanned').map((w) => w.date)).toEqual(['2025-09-02']);
  });
});

describe('plan items', () => {
  it('take a single day or a window, and are listed by start day, then id', () => {
    const { window: _w, ...single } = item({});
    const r = report(
      [],
      [
        item({ id: 'b-window', window: { start: '2025-03-01', end: '2025-03-10' }, entries: [] }),
        { ...single, id: 'z-day', date: '2025-02-01', entries: [] },
        item({ id: 'a-window', window: { start: '2025-03-01', end: '2025-03-05' }, entries: [] }),
      ],
    );
    expect(r.items.map((i) => [i.id, i.start, i.end])).toEqual([
      ['z-day', '2025-02-01', '2025-02-01'],
      ['a-window', '2025-03-01', '2025-03-05'],
      ['b-window', '2025-03-01', '2025-03-10'],
    ]);
  });
  it('about an unknown anniversary, are not compared with any date', () => {
    const r = report(
      [article('vi/qk', { publishAt: at('2025-12-01T01:00:00Z') }), article('en/qk', {})],
      [item({ anniversary: ['khong-co'] })],
    );
    expect(r.warnings.filter((w) => w.code === 'scheduled-after')).toEqual([]);
  });
});

describe('deadlines: due, overdue and review dates', () => {
  // 2025-09-10T00:00Z is 07:00 on 10 September in Vietnam: "today" is 2025-09-10 (the test runs in Los Angeles).
  const NOW = '2025-09-10T00:00:00Z';
  const four = (entries: ContentEntry[], items: PlanItem[], now = NOW) =>
    calendarReport({ year: 2025, now: at(now), locales: ['vi', 'en', 'zh', 'ko'], anniversaries, items, entries });
  const translated = ['vi/qk', 'en/qk', 'zh/qk'].map((id) => article(id, {}));
  const codes = (r: ReturnType<typeof report>) => r.warnings.map((w) => w.code);

  it('warns when an item is due within 7 days (today inclusive) and a linked entry lacks a language', () => {
    const r = four(translated, [item({ due: '2025-09-17' })]);
    const soon = r.warnings.filter((w) => w.code === 'due-soon-missing-translation');
    expect(soon).toEqual([
      {
        code: 'due-soon-missing-translation',
        date: '2025-09-17',
        item: 'qk80',
        message: 'qk80: due in 7 days (2025-09-17) and articles/qk has no translation in Korean.',
      },
    ]);
    expect(four(translated, [item({ due: '2025-09-10' })]).warnings.map((w) => w.message)).toContain(
      'qk80: due today (2025-09-10) and articles/qk has no translation in Korean.',
    );
    const two = four([article('vi/qk', {}), article('en/qk', {})], [item({ due: '2025-09-11' })]);
    expect(two.warnings.find((w) => w.code === 'due-soon-missing-translation')?.message).toBe(
      'qk80: due tomorrow (2025-09-11) and articles/qk has no translation in Chinese and Korean.',
    );
  });
  it('does not warn about translations due in 8 days, already past, complete, or for a cancelled item', () => {
    const all = [...translated, article('ko/qk', {})];
    expect(codes(four(translated, [item({ due: '2025-09-18' })]))).not.toContain('due-soon-missing-translation');
    expect(codes(four(translated, [item({ due: '2025-09-09' })]))).not.toContain('due-soon-missing-translation');
    expect(codes(four(all, [item({ due: '2025-09-12' })]))).not.toContain('due-soon-missing-translation');
    expect(codes(four(translated, [item({ due: '2025-09-12', status: 'cancelled' })]))).not.toContain(
      'due-soon-missing-translation',
    );
  });
  it('warns about an item past its due date that is neither done nor cancelled', () => {
    const all = [...translated, article('ko/qk', {})];
    const r = four(all, [item({ due: '2025-09-09', status: 'in-progress' })]);
    expect(r.warnings.filter((w) => w.code === 'overdue')).toEqual([
      {
        code: 'overdue',
        date: '2025-09-09',
        item: 'qk80',
        message: 'qk80: the due date 2025-09-09 has passed and the task is still "in progress".',
      },
    ]);
    expect(codes(four(all, [item({ due: '2025-09-09', status: 'planned' })]))).toContain('overdue');
    expect(codes(four(all, [item({ due: '2025-09-09', status: 'done' })]))).not.toContain('overdue');
    expect(codes(four(all, [item({ due: '2025-09-09', status: 'cancelled' })]))).not.toContain('overdue');
    expect(codes(four(all, [item({ due: '2025-09-10' })]))).not.toContain('overdue');
  });
  it('warns from the review date on (not before), unless the item is cancelled', () => {
    const r = four([], [item({ reviewBy: '2025-09-10', entries: ['articles/qk', 'products/che'] })]);
    expect(r.warnings.filter((w) => w.code === 'review-due').map((w) => [w.date, w.item, w.message])).toEqual([
      ['2025-09-10', 'qk80', 'qk80: review due 2025-09-10: check the facts in articles/qk, products/che again.'],
    ]);
    expect(codes(four([], [item({ reviewBy: '2025-01-01', status: 'done' })]))).toContain('review-due');
    expect(codes(four([], [item({ reviewBy: '2025-09-11' })]))).not.toContain('review-due');
    expect(codes(four([], [item({ reviewBy: '2025-09-01', status: 'cancelled' })]))).not.toContain('review-due');
  });
  it('takes "today" in Vietnam: 17:00Z on 9 September is already the 10th', () => {
    const r = four(translated, [item({ due: '2025-09-17' })], '2025-09-09T17:00:00Z');
    expect(r.today).toBe('2025-09-10');
    expect(codes(r)).toContain('due-soon-missing-translation');
    expect(codes(four(translated, [item({ due: '2025-09-17' })], '2025-09-09T16:59:59Z'))).not.toContain(
      'due-soon-missing-translation',
    );
  });
  it('links the warnings about plan items to their item, and not a milestone warning', () => {
    const r = report([article('vi/qk', {})], [item({})]);
    expect(r.warnings.find((w) => w.code === 'missing-translation')?.item).toBe('qk80');
    expect(r.warnings.find((w) => w.code === 'milestone-unplanned')?.item).toBeUndefined();
  });
});

describe('the report in Vietnamese', () => {
  it('names the missing languages and the days left in Vietnamese', () => {
    const before = process.env.EDITOR_LANG;
    process.env.EDITOR_LANG = 'vi';
    try {
      const r = calendarReport({
        year: 2025,
        now: at('2025-09-10T00:00:00Z'),
        locales: ['vi', 'ko'],
        anniversaries,
        items: [item({ due: '2025-09-17' })],
        entries: [article('vi/qk', {})],
      });
      expect(r.warnings.find((w) => w.code === 'due-soon-missing-translation')?.message).toBe(
        'qk80: hạn 2025-09-17 (sau 7 ngày nữa) mà articles/qk chưa có bản dịch: Tiếng Hàn.',
      );
    } finally {
      if (before === undefined) delete process.env.EDITOR_LANG;
      else process.env.EDITOR_LANG = before;
    }
  });
});
