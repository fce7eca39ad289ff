/** The iCalendar feeds of the built demo site, read by a real parser (ical.js). */
import { readFileSync } from 'node:fs';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../src/i18n/locales.ts';

const feed = (path: string) => {
  const comp = new ICAL.Component(ICAL.parse(readFileSync(`dist/${path}`, 'utf8')));
  return comp.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
};

describe('iCalendar feeds', () => {
  for (const l of LOCALES) {
    const path = `${l.path ? `${l.path}/` : ''}calendar.ics`;
    it(`${path} parses and has all-day events with stable UIDs and a DTSTAMP`, () => {
      const events = feed(path);
      expect(events.length).toBeGreaterThan(60);
      for (const e of events) {
        expect(e.startDate.isDate, e.uid).toBe(true);
        expect(e.uid).toMatch(/^[a-z0-9-]+-\d{4}-\d{2}-\d{2}@/);
        expect(e.component.getFirstPropertyValue('dtstamp')).toBeTruthy();
      }
      expect(new Set(events.map((e) => e.uid)).size).toBe(events.length);
    });
  }
  it('names National Day in each language, with its ordinal', () => {
    const summaries = LOCALES.map((l) =>
      feed(`${l.path ? `${l.path}/` : ''}calendar.ics`).find((e) => e.uid.startsWith('quoc-khanh-'))!,
    );
    expect(summaries.map((e) => e.summary)).toEqual([
      expect.stringMatching(/^Quốc khánh .*\(\d+ năm\)$/),
      expect.stringMatching(/^National Day .*\(\d+ years\)$/),
      expect.stringMatching(/^越南国庆节（?.*\d+周年/),
      expect.stringMatching(/^베트남 국경일 .*\d+주년/),
    ]);
    for (const e of summaries) expect(e.startDate.toString()).toMatch(/-09-02$/);
  });
  it('converts lunar festivals: Tết on its published dates', () => {
    // Tết as printed in Vietnamese calendars; the feed covers last year, this year and next year.
    const known = ['2024-02-10', '2025-01-29', '2026-02-17', '2027-02-06', '2028-01-26', '2029-02-13', '2030-02-03'];
    const tet = feed('calendar.ics').filter((e) => e.uid.startsWith('tet-nguyen-dan-'));
    expect(tet.length).toBe(3);
    const checked = tet.filter((e) => known.some((d) => d.slice(0, 4) === e.startDate.toString().slice(0, 4)));
    expect(checked.length).toBeGreaterThanOrEqual(2);
    for (const e of checked) expect(known).toContain(e.startDate.toString());
  });
});
