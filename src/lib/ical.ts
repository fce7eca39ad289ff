/**
 * iCalendar (RFC 5545) feeds of anniversary occurrences, written by ical-generator. All-day
 * events (`VALUE=DATE`), a `UID` that stays the same from build to build, and `DTSTAMP` from the
 * build's clock, so the same content and clock give the same bytes.
 */
import ical, { ICalEventTransparency } from 'ical-generator';
import { parseCalendarDate } from './dates.ts';

export interface CalendarEvent {
  /** Stable across builds and unique across the feeds of every language: `<anniversary id>-<date>-<locale>`. */
  uid: string;
  /** `YYYY-MM-DD` */
  date: string;
  summary: string;
  description?: string | undefined;
  url: string;
}

function utcDay(day: string, plusDays = 0): Date {
  const p = parseCalendarDate(day);
  if (!p) throw new Error(`Not a calendar date: ${day}`);
  return new Date(Date.UTC(p.year, p.month - 1, p.day + plusDays));
}

export function calendarFeed(options: {
  name: string;
  description: string;
  /** Host name for UIDs, e.g. `thainguyen.example`. */
  host: string;
  /** BCP-47 tag of the feed's language. */
  lang: string;
  url: string;
  now: Date;
  events: readonly CalendarEvent[];
}): string {
  const calendar = ical({
    name: options.name,
    description: options.description,
    prodId: { company: options.host, product: 'doingoai-site', language: options.lang.toUpperCase() },
    url: options.url,
    ttl: 60 * 60 * 24,
  });
  for (const e of options.events) {
    calendar.createEvent({
      id: `${e.uid}@${options.host}`,
      // Dates at UTC midnight: ical-generator writes an all-day date from the UTC fields.
      start: utcDay(e.date),
      end: utcDay(e.date, 1),
      allDay: true,
      // A commemoration does not make anyone busy: free/busy lookups must not block the day
      // (RFC 5545 §3.8.2.7; the default is OPAQUE).
      transparency: ICalEventTransparency.TRANSPARENT,
      stamp: options.now,
      summary: e.summary,
      description: e.description ?? null,
      url: e.url,
    });
  }
  // RFC 5545 §3.4: every content line, END:VCALENDAR included, ends with CRLF; ical-generator
  // leaves the last one off.
  const text = calendar.toString();
  return text.endsWith('\r\n') ? text : `${text}\r\n`;
}
