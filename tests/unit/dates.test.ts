import { describe, expect, it } from 'vitest';
import { parseCalendarDate, parseVnDateTime, toVnIso, vnCalendarDay } from '../../src/lib/dates.ts';
import { parseSiteNow } from '../../src/lib/clock.ts';

// This project runs under TZ=America/Los_Angeles (vitest.config.ts) so that any
// dependence on the machine's zone shows up as a failure.
const iso = (s: string) => {
  const r = parseVnDateTime(s);
  if (!r.ok) throw new Error(r.error);
  return r.date.toISOString();
};

describe('parseVnDateTime', () => {
  it('keeps an explicit offset', () => {
    expect(iso('2025-06-01T08:00:00+07:00')).toBe('2025-06-01T01:00:00.000Z');
    expect(iso('2025-06-01T08:00:00Z')).toBe('2025-06-01T08:00:00.000Z');
    expect(iso('2025-06-01T08:00:00-05:00')).toBe('2025-06-01T13:00:00.000Z');
  });
  it('reads a date-time without offset as Vietnam time (+07:00)', () => {
    expect(iso('2025-06-01T08:00:00')).toBe('2025-06-01T01:00:00.000Z');
    expect(iso('2025-06-01T08:00')).toBe('2025-06-01T01:00:00.000Z');
  });
  it('reads a bare date as the start of that day in Vietnam', () => {
    expect(iso('2025-09-02')).toBe('2025-09-01T17:00:00.000Z');
  });
  it('rejects impossible dates instead of rolling them over', () => {
    for (const bad of ['2025-02-30', '2023-02-29', '2025-13-01', '2025-04-31T10:00:00+07:00']) {
      const r = parseVnDateTime(bad);
      expect(r.ok, bad).toBe(false);
      if (!r.ok) expect(r.error).toMatch(/does not exist/);
    }
    expect(parseVnDateTime('2024-02-29').ok).toBe(true);
  });
  it('rejects impossible times and garbage with a hint', () => {
    expect(parseVnDateTime('2025-06-01T24:00:00+07:00').ok).toBe(false);
    const r = parseVnDateTime('1/6/2025');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(/2025-09-02T08:00:00\+07:00/);
  });
});

describe('Vietnam calendar helpers', () => {
  it('gives the Vietnam calendar day of an instant whatever the machine zone', () => {
    expect(vnCalendarDay(new Date('2025-09-01T17:00:00Z'))).toEqual({ year: 2025, month: 9, day: 2 });
    expect(vnCalendarDay(new Date('2025-09-01T16:59:59Z'))).toEqual({ year: 2025, month: 9, day: 1 });
  });
  it('writes instants with the +07:00 offset', () => {
    expect(toVnIso(new Date('2025-06-01T01:00:00Z'))).toBe('2025-06-01T08:00:00+07:00');
  });
  it('parses plain calendar dates strictly', () => {
    expect(parseCalendarDate('1945-09-02')).toEqual({ year: 1945, month: 9, day: 2 });
    expect(parseCalendarDate('1945-02-30')).toBeNull();
  });
});

describe('clock', () => {
  it('uses SITE_NOW when set', () => {
    expect(parseSiteNow('2025-09-02T08:00:00+07:00', () => new Date(0)).toISOString()).toBe('2025-09-02T01:00:00.000Z');
  });
  it('falls back to the real time when SITE_NOW is unset', () => {
    expect(parseSiteNow(undefined, () => new Date(42)).getTime()).toBe(42);
  });
  it('rejects a SITE_NOW without offset or with an impossible date', () => {
    expect(() => parseSiteNow('2025-09-02T08:00:00', () => new Date())).toThrow(/no offset/);
    expect(() => parseSiteNow('2025-02-30T08:00:00+07:00', () => new Date())).toThrow(/does not exist/);
  });
});
