/**
 * The iCalendar feeds of the built demo site, read by a real parser (ical.js). Which years they
 * cover follows from the moment dist/ was built for (its record), never from the wall clock.
 */
import { readFileSync } from 'node:fs';
import ICAL from 'ical.js';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../src/i18n/locales.ts';
import { occurrence, type AnniversaryData } from '../../src/lib/anniversaries.ts';
import { yearWindow } from '../../src/lib/routing.ts';
import { demoDist, demoNow } from '../support/built-demo.ts';

const DIST = demoDist();
const feed = (path: string) => {
  const comp = new ICAL.Component(ICAL.parse(readFileSync(`${DIST}/${path}`, 'utf8')) as unknown[]);
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
        // The language is part of the UID: the four feeds must not overwrite each other.
        expect(e.uid).toMatch(new RegExp(`^[a-z0-9-]+-\\d{4}-\\d{2}-\\d{2}-${l.code}@`));
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
      expect.stringMatching(/^National Day .*\(((\d*[02-9])?(1st|2nd|3rd)|\d*(1[1-3]|[04-9])th) anniversary\)$/),
      expect.stringMatching(/^越南社会主义共和国国庆节.*\d+周年/),
      expect.stringMatching(/^베트남 독립기념일.*\d+주년/),
    ]);
    for (const e of summaries) expect(e.startDate.toString()).toMatch(/-09-02$/);
  });
  it('converts lunar festivals: Tết in each year of the window around the build moment', () => {
    // The published dates themselves are pinned in tests/unit/anniversaries.test.ts (fixed years).
    const tet = parse(readFileSync('content/anniversaries/tet-nguyen-dan.yaml', 'utf8')) as AnniversaryData;
    const { years } = yearWindow(demoNow());
    const expected = years.map((y) => occurrence('tet-nguyen-dan', tet, y)!.date);
    expect(expected).toHaveLength(3);
    const dates = feed('calendar.ics')
      .filter((e) => e.uid.startsWith('tet-nguyen-dan-'))
      .map((e) => e.startDate.toString())
      .sort();
    expect(dates).toEqual(expected);
    for (const d of dates) expect(d).toMatch(/-(01-(2[1-9]|3[01])|02-(0\d|1\d|20))$/);
  });
});
