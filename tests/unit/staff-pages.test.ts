/**
 * The staff area's page models (src/lib/staff-*.ts) on small plain inputs, and the git reading
 * they share with `npm run i18n:status` (src/data/translation-history.ts) where there is no history.
 * The unit project runs in Los Angeles with EDITOR_LANG=en: Vietnam time must not depend on either.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { translationHistory } from '../../src/data/translation-history.ts';
import type { ContentEntry } from '../../src/lib/calendar.ts';
import { staffCalendar } from '../../src/lib/staff-calendar.ts';
import { cmsEntryUrl, dmy, staffIndex, staffPages, vnMoment, type StaffContext } from '../../src/lib/staff-pages.ts';
import { staffSchedule } from '../../src/lib/staff-schedule.ts';
import { staffTranslations, translationsJson } from '../../src/lib/staff-translations.ts';
import { translationStatus, type FileChange } from '../../src/lib/translation-status.ts';
import type { PlanItem } from '../../src/schemas/calendar.ts';

// 10 December 2026, 09:00 in Vietnam.
const NOW = new Date('2026-12-10T02:00:00Z');
const ctx: StaffContext = { years: ['2026', '2025'], now: NOW, preview: false };
const at = (iso: string) => new Date(iso);
const entry = (collection: string, id: string, data: ContentEntry['data'] = {}): ContentEntry => ({
  collection,
  id,
  data: { title: `T ${id}`, publishAt: at('2026-01-01T01:00:00Z'), ...data },
});

describe('dates for staff', () => {
  it('writes days dd/mm/yyyy and instants in Vietnam time, whatever the machine’s zone', () => {
    expect(dmy('2026-12-05')).toBe('05/12/2026');
    expect(vnMoment(at('2026-12-19T17:30:00Z'))).toBe('20/12/2026 00:30');
    expect(vnMoment(at('2026-12-20T08:00:00+07:00'))).toBe('20/12/2026 08:00');
  });
});

describe('the pages of the staff area', () => {
  it('are the index, a calendar per plan year (in order), translations and schedule', () => {
    expect(staffPages(['2026', '2025'])).toEqual([
      undefined,
      'calendar/2025',
      'calendar/2026',
      'translations',
      'schedule',
    ]);
  });
  it('link from the index to every page and to the CMS, with a noindex-worthy banner in the editor’s language', () => {
    const view = staffIndex(ctx);
    expect(view.links.map((l) => l.href)).toEqual([
      '/staff/calendar/2025/',
      '/staff/calendar/2026/',
      '/staff/translations/',
      '/staff/schedule/',
      '/admin/',
      '/staff/translations.json',
    ]);
    expect(view.chrome).toMatchObject({
      lang: 'en',
      banner: 'Editorial area — not public',
      asOf: 'Figures as of 10/12/2026 09:00 (Vietnam time).',
      preview: false,
    });
    expect(view.chrome.nav.filter((l) => l.current).map((l) => l.href)).toEqual(['/staff/']);
    expect(staffIndex({ ...ctx, preview: true }).chrome.asOf).toMatch(/^Preview: .*10\/12\/2026 09:00/);
  });
  it('edit an entry in the CMS by collection and slug', () => {
    expect(cmsEntryUrl('articles', 'ky-niem-82-nam')).toBe('/admin/#/collections/articles/entries/ky-niem-82-nam');
  });
});

describe('the schedule', () => {
  const entries = [
    entry('articles', 'vi/da-dang'),
    entry('articles', 'ko/hen-gio', { title: '예약', publishAt: at('2026-12-20T01:00:00Z') }),
    entry('articles', 'vi/hen-gio', { title: 'Hẹn giờ', publishAt: at('2026-12-20T01:00:00Z') }),
    entry('products', 'vi/nhap', { draft: true, publishAt: at('2026-11-01T01:00:00Z') }),
    entry('partners', 'en/het-han', { expiresAt: at('2026-12-01T10:00:00Z') }),
    entry('pages', 'vi/se-go', { expiresAt: at('2026-12-31T16:59:00Z') }),
  ];
  const view = staffSchedule(entries, ctx);

  it('lists scheduled entries, drafts and expiries by moment, in Vietnam time, each with its CMS link', () => {
    expect(view.rows.map((r) => [r.when, r.kind, r.collection, r.slug, r.locale, r.past])).toEqual([
      ['01/11/2026 08:00', 'draft', 'products', 'nhap', 'vi', true],
      ['01/12/2026 17:00', 'expired', 'partners', 'het-han', 'en', true],
      ['20/12/2026 08:00', 'scheduled', 'articles', 'hen-gio', 'ko', false],
      ['20/12/2026 08:00', 'scheduled', 'articles', 'hen-gio', 'vi', false],
      ['31/12/2026 23:59', 'expires', 'pages', 'se-go', 'vi', false],
    ]);
    const scheduled = view.rows.find((r) => r.locale === 'ko')!;
    expect(scheduled).toMatchObject({
      title: '예약',
      lang: 'ko',
      kindLabel: 'scheduled',
      at: '2026-12-20T01:00:00.000Z',
      editUrl: '/admin/#/collections/articles/entries/hen-gio',
    });
  });
  it('leaves out what is simply published', () => {
    expect(view.rows.some((r) => r.slug === 'da-dang')).toBe(false);
  });
  it('counts an entry scheduled for exactly now as published, and one a second later as scheduled', () => {
    const edge = (publishAt: Date) => staffSchedule([entry('articles', 'vi/x', { publishAt })], ctx).rows.length;
    expect(edge(NOW)).toBe(0);
    expect(edge(new Date(NOW.getTime() + 1000))).toBe(1);
  });
});

describe('the calendar page', () => {
  const anniversaries = [
    { id: 'quan-doi', data: { date: '1944-12-22', category: 'national' as const, name: { vi: 'Quân đội nhân dân' } } },
  ];
  const item: PlanItem = {
    id: 'qd-82',
    title: '82 năm Quân đội nhân dân',
    window: { start: '2026-12-15', end: '2026-12-22' },
    anniversary: ['quan-doi'],
    entries: ['articles/qd'],
    lead: 'Sở Văn hóa, Thể thao và Du lịch',
    coordinating: ['Báo Thái Nguyên'],
    channels: ['website', 'radio-tv'],
    status: 'in-progress',
    due: '2026-12-14',
    assignee: 'Sở Văn hóa, Thể thao và Du lịch',
    reviewBy: '2026-12-10',
  };
  const view = staffCalendar(
    {
      year: 2026,
      now: NOW,
      locales: ['vi', 'en', 'ko'],
      anniversaries,
      items: [item],
      entries: [entry('articles', 'vi/qd', { title: 'Bài QĐ' }), entry('articles', 'en/qd', { draft: true })],
    },
    ctx,
  );
  it('shows each item with its status label, dd/mm/yyyy dates, assignee and the state of its entries', () => {
    expect(view.items[0]).toMatchObject({
      id: 'qd-82',
      anchor: 'item-qd-82',
      when: '15/12/2026 – 22/12/2026',
      status: 'in-progress',
      statusLabel: 'in progress',
      due: '14/12/2026',
      reviewBy: '10/12/2026',
      assignee: 'Sở Văn hóa, Thể thao và Du lịch',
      channels: ['website', 'radio and TV'],
      anniversaries: ['Quân đội nhân dân'],
    });
    expect(view.items[0]!.entries).toEqual([
      {
        ref: 'articles/qd',
        title: 'Bài QĐ',
        editUrl: '/admin/#/collections/articles/entries/qd',
        states: [
          { locale: 'vi', state: 'published', label: 'published' },
          { locale: 'en', state: 'draft', label: 'draft' },
          { locale: 'ko', state: 'missing', label: 'MISSING' },
        ],
      },
    ]);
  });
  it('lists the anniversaries with their ordinal and weight, linked to the items that plan for them', () => {
    expect(view.anniversaries).toEqual([
      {
        date: '22/12/2026',
        name: 'Quân đội nhân dân',
        ordinal: '82 years',
        weight: 'regular',
        weightLabel: 'yearly',
        lunar: undefined,
        planned: [{ id: 'qd-82', href: '#item-qd-82' }],
        articles: [],
      },
    ]);
  });
  it('ends with the warnings, new ones included, each linked to its item', () => {
    expect(view.warnings.map((w) => [w.code, w.date, w.href])).toEqual([
      ['review-due', '10/12/2026', '#item-qd-82'],
      ['due-soon-missing-translation', '14/12/2026', '#item-qd-82'],
      ['missing-translation', '15/12/2026', '#item-qd-82'],
    ]);
    expect(view.warnings[1]!.message).toBe(
      'qd-82: due in 4 days (2026-12-14) and articles/qd has no translation in Korean.',
    );
    expect(view.summary).toBe('1 anniversary (0 milestone years), 1 planned task, 3 warnings.');
    expect(view.chrome.title).toBe('External information calendar 2026');
    expect(view.chrome.nav.filter((l) => l.current).map((l) => l.href)).toEqual(['/staff/calendar/2026/']);
  });
});

describe('the translation status', () => {
  const c = (date: string): FileChange => ({ date, skip: false });
  const files = new Map<string, FileChange[]>([
    ['articles/vi/a', [c('2026-03-01T00:00:00.000Z')]],
    ['articles/en/a', [c('2026-04-01T00:00:00.000Z')]],
    ['articles/ko/a', [c('2026-02-01T00:00:00.000Z')]],
  ]);
  const locales = ['vi', 'en', 'zh', 'ko'];
  const report = translationStatus({ files, locales, now: NOW.toISOString() });

  it('is served to the CMS as exactly { generatedAt, locales, rows: [{ entry, states }] }', () => {
    expect(JSON.parse(JSON.stringify(translationsJson(report, locales, NOW)))).toStrictEqual({
      generatedAt: '2026-12-10T02:00:00.000Z',
      locales: ['vi', 'en', 'zh', 'ko'],
      rows: [{ entry: 'articles/a', states: { vi: 'source', en: 'up-to-date', zh: 'missing', ko: 'outdated' } }],
    });
  });
  it('shows a row per entry with a label per language, and the totals', () => {
    const view = staffTranslations(report, locales, true, ctx);
    expect(view.rows).toEqual([
      {
        entry: 'articles/a',
        editUrl: '/admin/#/collections/articles/entries/a',
        cells: [
          { locale: 'vi', state: 'source', label: 'source' },
          { locale: 'en', state: 'up-to-date', label: 'up to date' },
          { locale: 'zh', state: 'missing', label: 'missing' },
          { locale: 'ko', state: 'outdated', label: 'outdated' },
        ],
      },
    ]);
    expect(view.totals[0]).toBe('en: 1/1 up to date (100 %), 0 outdated, 0 missing');
    expect(view.about).toMatch(/git history/);
    expect(staffTranslations(report, locales, false, ctx).about).toMatch(/not in a git repository/);
  });
});

describe('the files’ history without git history', () => {
  const made: string[] = [];
  afterAll(() => made.forEach((d) => rmSync(d, { recursive: true, force: true })));
  const copy = () => {
    const dir = mkdtempSync(join(tmpdir(), 'staff-history-'));
    made.push(dir);
    cpSync('tests/fixtures/content-valid', dir, { recursive: true });
    return dir;
  };
  const states = (dir: string) => {
    const { files, fromGit } = translationHistory(dir, NOW.toISOString());
    return { fromGit, rows: translationStatus({ files, locales: ['vi', 'en', 'ko'], now: NOW.toISOString() }).rows };
  };
  const expected = [{ entry: 'articles/bai-hop-le', states: { vi: 'source', en: 'up-to-date', ko: 'missing' } }];

  it('outside any repository, counts every file as changed now instead of failing', () => {
    expect(states(copy())).toEqual({ fromGit: false, rows: expected });
  });
  it('in a repository without commits, counts every file as uncommitted', () => {
    const dir = copy();
    execFileSync('git', ['init', '-q'], { cwd: dir });
    expect(states(dir)).toEqual({ fromGit: true, rows: expected });
  });
});
