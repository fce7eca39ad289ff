/**
 * Date parsing and formatting fixed to Vietnam time (Asia/Ho_Chi_Minh, UTC+7, no DST
 * since 1975), whatever the build machine's time zone.
 *
 * Rule: a date-time written without an offset means +07:00. A date alone means the
 * start of that day in Vietnam. Impossible dates (2025-02-30) are rejected, never rolled over.
 */
import { editorText } from '../i18n/editor.ts';

export const VN_OFFSET_MINUTES = 7 * 60;
export const VN_TIME_ZONE = 'Asia/Ho_Chi_Minh';

const DATE_TIME_RE =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?(Z|[+-]\d{2}:\d{2})?)?$/;

export type ParseResult = { ok: true; date: Date } | { ok: false; error: string };

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Checks that year-month-day names a real calendar day. */
export function isRealDate(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** Parses `YYYY-MM-DD` or an ISO 8601 date-time, with or without offset (no offset = +07:00). */
export function parseVnDateTime(input: string): ParseResult {
  const m = DATE_TIME_RE.exec(input.trim());
  if (!m) {
    return {
      ok: false,
      error: editorText('schema.date-invalid', { input }),
    };
  }
  const [, y, mo, d, h = '00', mi = '00', s = '00', ms = '0', offset] = m;
  const year = Number(y),
    month = Number(mo),
    day = Number(d);
  if (!isRealDate(year, month, day)) {
    return {
      ok: false,
      error: editorText('schema.date-unreal', { date: `${y}-${mo}-${d}` }),
    };
  }
  const hour = Number(h),
    minute = Number(mi),
    second = Number(s);
  if (hour > 23 || minute > 59 || second > 59) {
    return {
      ok: false,
      error: editorText('schema.date-time-of-day', { input }),
    };
  }
  let offsetMinutes = VN_OFFSET_MINUTES;
  if (offset === 'Z') offsetMinutes = 0;
  else if (offset) {
    const sign = offset.startsWith('-') ? -1 : 1;
    const [oh, om] = offset.slice(1).split(':').map(Number);
    if (oh! > 14 || om! > 59)
      return {
        ok: false,
        error: editorText('schema.date-offset', { input, offset }),
      };
    offsetMinutes = sign * (oh! * 60 + om!);
  }
  const utc = Date.UTC(year, month - 1, day, hour, minute, second, Number(ms.padEnd(3, '0')));
  return { ok: true, date: new Date(utc - offsetMinutes * 60_000) };
}

/** Parses a plain calendar date `YYYY-MM-DD` into its parts (no time zone involved). */
export function parseCalendarDate(input: string): { year: number; month: number; day: number } | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(input.trim());
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return isRealDate(year, month, day) ? { year, month, day } : null;
}

/** The calendar day in Vietnam of an instant. */
export function vnCalendarDay(date: Date): { year: number; month: number; day: number } {
  const shifted = new Date(date.getTime() + VN_OFFSET_MINUTES * 60_000);
  return { year: shifted.getUTCFullYear(), month: shifted.getUTCMonth() + 1, day: shifted.getUTCDate() };
}

/** ISO 8601 with the +07:00 offset, stable across machines: 2025-09-02T08:00:00+07:00. */
export function toVnIso(date: Date): string {
  const shifted = new Date(date.getTime() + VN_OFFSET_MINUTES * 60_000);
  return shifted.toISOString().replace(/\.\d{3}Z$/, '+07:00');
}

/** `YYYY-MM-DD` of a calendar day. */
export function isoDay(parts: { year: number; month: number; day: number }): string {
  const p = (n: number, w = 2) => String(n).padStart(w, '0');
  return `${p(parts.year, 4)}-${p(parts.month)}-${p(parts.day)}`;
}
