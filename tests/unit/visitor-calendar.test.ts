import { describe, expect, it } from 'vitest';
import { useTranslations } from '../../src/i18n/ui.ts';
import { calendarView } from '../../src/lib/calendar-view.ts';
import { buildSiteModel } from '../../src/lib/site-model.ts';
import {
  dayState,
  eventFiles,
  eventIcsUrl,
  googleCalendarUrl,
  monthOrder,
  monthState,
  monthWeeks,
  todayIso,
  weekdayNames,
} from '../../src/lib/visitor-calendar.ts';

describe('visitor calendar dates', () => {
  it('lays a month out Monday first, padded to whole weeks', () => {
    // 1 December 2026 is a Tuesday; 31 December a Thursday.
    const weeks = monthWeeks(2026, 12);
    expect(weeks).toHaveLength(5);
    expect(weeks[0]!.slice(0, 2)).toEqual([null, '2026-12-01']);
    expect(weeks[4]).toEqual(['2026-12-28', '2026-12-29', '2026-12-30', '2026-12-31', null, null, null]);
    // February 2027 starts on a Monday and fills exactly four weeks.
    expect(monthWeeks(2027, 2)).toHaveLength(4);
    expect(weekdayNames('en')).toEqual(['M', 'T', 'W', 'T', 'F', 'S', 'S']);
  });

  it("takes today in Vietnam's time zone and sorts days and months against it", () => {
    // 20:00 UTC on 1 December is already 2 December in Hà Nội.
    const today = todayIso(new Date('2026-12-01T20:00:00Z'));
    expect(today).toBe('2026-12-02');
    expect([dayState('2026-12-01', today), dayState(today, today), dayState('2027-01-01', today)]).toEqual([
      'past',
      'today',
      'upcoming',
    ]);
    expect([monthState(2026, 11, today), monthState(2026, 12, today), monthState(2027, 1, today)]).toEqual([
      'past',
      'today',
      'upcoming',
    ]);
  });

  it('puts the current month first in the current year, and every month in order otherwise', () => {
    expect(monthOrder(2026, '2026-12-02')).toEqual({ ahead: [12], past: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11] });
    expect(monthOrder(2027, '2026-12-02').ahead).toHaveLength(12);
    expect(monthOrder(2025, '2026-12-02').past).toEqual([]);
  });

  it('links one all-day event for Google Calendar and names its .ics file per language', () => {
    const url = new URL(googleCalendarUrl({ title: 'Tết', date: '2026-12-31', details: 'https://x.example/' }));
    expect(url.host).toBe('calendar.google.com');
    expect(url.searchParams.get('dates')).toBe('20261231/20270101');
    expect(url.searchParams.get('text')).toBe('Tết');
    expect(eventIcsUrl('vi', 'quoc-khanh', '2026-09-02')).toBe('/events/quoc-khanh-2026-09-02.ics');
    expect(eventIcsUrl('en', 'quoc-khanh', '2026-09-02')).toBe('/en/events/quoc-khanh-2026-09-02.ics');
  });
});

describe('calendar view', () => {
  const model = buildSiteModel(
    {},
    [
      {
        id: 'quoc-khanh',
        data: { date: '1945-09-02', category: 'national', holiday: 2, name: { vi: 'Quốc khánh', en: 'National Day' } },
      },
      {
        id: 'quan-doi',
        data: { date: '1944-12-22', category: 'national', name: { vi: 'Quân đội', en: 'Army Day' } },
      },
      {
        id: 'tet',
        data: { lunar: { month: 1, day: 1 }, category: 'festival', holiday: 5, visitors: true, name: { en: 'Tet' } },
      },
    ],
    new Date('2026-12-02T03:00:00Z'),
  );
  const absolute = (path: string) => new URL(path, 'https://x.example').href;
  const view = calendarView(2026, model, 'en', useTranslations('en'), absolute);

  it('opens on the current month, folds the past ones, and marks today and holidays in the grid', () => {
    expect(view.months.map((m) => m.id)).toEqual(['m-12']);
    expect(view.past.map((m) => m.id)[0]).toBe('m-1');
    expect(view.jump.map((j) => j.url)).toEqual(Array.from({ length: 12 }, (_, i) => `#m-${i + 1}`));
    expect(view.today).toBe('December 2, 2026');
    const cells = view.months[0]!.weeks.flat().filter((c) => c !== null);
    expect(cells.find((c) => c.state === 'today')?.iso).toBe('2026-12-02');
    expect(cells.find((c) => c.iso === '2026-12-22')).toMatchObject({ holiday: false, event: 'e-quan-doi-2026-12-22' });
    const september = view.past.find((m) => m.id === 'm-9')!;
    const national = september.events[0]!;
    expect(national).toMatchObject({
      state: 'past',
      day: 2,
      visitors: false,
      ics: '/en/events/quoc-khanh-2026-09-02.ics',
    });
    expect(national.holiday).toMatch(/Public holiday, 2 days off/);
    expect(september.weeks.flat().find((c) => c?.iso === '2026-09-02')?.holiday).toBe(true);
    const tet = view.past.find((m) => m.id === 'm-2')!.events[0]!;
    expect(tet).toMatchObject({ date: { iso: '2026-02-17' }, visitors: true });
    expect(new URL(tet.google).searchParams.get('details')).toBe('https://x.example/en/anniversaries/tet/');
  });

  it("shows this month's and next month's events and folds the others under their grids", () => {
    expect(view.months[0]).toMatchObject({ open: true, count: '1 event' });
    expect(view.past.every((m) => !m.open)).toBe(true);
    const next = calendarView(2027, model, 'en', useTranslations('en'), absolute);
    expect(next.months.filter((m) => m.open).map((m) => m.id)).toEqual(['m-1']);
    expect(next.months.find((m) => m.id === 'm-2')).toMatchObject({ open: false, count: '1 event' });
  });

  it('writes one .ics event per occurrence of the calendar years, with the feed’s per-language UID', () => {
    const files = eventFiles(model, 'en', useTranslations('en'), absolute);
    expect(files).toHaveLength(9);
    const day = files.find((f) => f.id === 'quoc-khanh-2026-09-02')!;
    expect(day.event).toMatchObject({
      uid: 'quoc-khanh-2026-09-02-en',
      summary: 'National Day (81st anniversary)',
      url: 'https://x.example/en/anniversaries/quoc-khanh/',
    });
  });
});
