/** iCalendar feeds written by calendarFeed, read back with a real parser (ical.js). */
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { calendarFeed, type CalendarEvent } from '../../src/lib/ical.ts';

const NOW = new Date('2025-09-01T01:02:03Z');
const events: CalendarEvent[] = [
  {
    uid: 'quoc-khanh-2025-09-02',
    date: '2025-09-02',
    summary: 'National Day (80 years)',
    description: 'Independence, 1945; commas, semicolons; and a\nnew line',
    url: 'https://thainguyen.example/en/anniversaries/quoc-khanh/',
  },
  {
    uid: 'new-year-eve-2025-12-31',
    date: '2025-12-31',
    summary: 'Year end',
    url: 'https://thainguyen.example/en/anniversaries/x/',
  },
];
const options = {
  name: 'Anniversaries – Thai Nguyen',
  description: 'Dates that matter',
  host: 'thainguyen.example',
  lang: 'en',
  url: 'https://thainguyen.example/en/calendar/',
  now: NOW,
  events,
};
const parse = (text: string) => new ICAL.Component(ICAL.parse(text) as unknown[]);

describe('calendarFeed', () => {
  it('writes all-day events one day long, with a UID on the site host and the build clock as DTSTAMP', () => {
    const cal = parse(calendarFeed(options));
    const parsed = cal.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(parsed.map((e) => [e.uid, e.startDate.toString(), e.endDate.toString(), e.startDate.isDate])).toEqual([
      ['quoc-khanh-2025-09-02@thainguyen.example', '2025-09-02', '2025-09-03', true],
      // The day after 31 December is in the next year.
      ['new-year-eve-2025-12-31@thainguyen.example', '2025-12-31', '2026-01-01', true],
    ]);
    for (const e of parsed)
      expect(e.component.getFirstPropertyValue('dtstamp')?.toString()).toBe('2025-09-01T01:02:03Z');
    expect(parsed[0]!.summary).toBe('National Day (80 years)');
    expect(parsed[0]!.description).toBe(events[0]!.description);
    expect(parsed[1]!.description).toBeNull();
    expect(parsed[0]!.component.getFirstPropertyValue('url')).toBe(events[0]!.url);
  });
  it('ends every line with CRLF, END:VCALENDAR included (RFC 5545 §3.4)', () => {
    const text = calendarFeed(options);
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });
  it('marks every commemoration as free time (TRANSP:TRANSPARENT), not busy', () => {
    const vevents = parse(calendarFeed(options)).getAllSubcomponents('vevent');
    expect(vevents.map((v) => v.getFirstPropertyValue('transp'))).toEqual(['TRANSPARENT', 'TRANSPARENT']);
  });
  it('names the calendar and its language', () => {
    const text = calendarFeed({ ...options, lang: 'zh-Hans' });
    const cal = parse(text);
    expect(cal.getFirstPropertyValue('x-wr-calname')).toBe(options.name);
    expect(cal.getFirstPropertyValue('prodid')).toMatch(/thainguyen\.example.*ZH-HANS/i);
  });
  it('gives the same bytes for the same events and clock (no wall clock inside)', () => {
    expect(calendarFeed(options)).toBe(calendarFeed({ ...options, events: [...events] }));
    expect(calendarFeed({ ...options, now: new Date('2026-01-01T00:00:00Z') })).not.toBe(calendarFeed(options));
  });
  it('refuses a date that is not a calendar day', () => {
    expect(() => calendarFeed({ ...options, events: [{ ...events[0]!, date: '2025-02-30' }] })).toThrow(
      /Not a calendar date: 2025-02-30/,
    );
  });
});
