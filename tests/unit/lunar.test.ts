import { describe, expect, it } from 'vitest';
import { fromJulianDay, julianDay, lunarToSolar, solarToLunar } from '../../src/lib/lunar.ts';

const day = (iso: string) => {
  const [year, month, d] = iso.split('-').map(Number);
  return { year: year!, month: month!, day: d! };
};
const iso = (s: { year: number; month: number; day: number } | undefined) =>
  s ? `${s.year}-${String(s.month).padStart(2, '0')}-${String(s.day).padStart(2, '0')}` : 'none';

describe('Julian day numbers', () => {
  it('round-trips Gregorian days', () => {
    expect(julianDay(day('2000-01-01'))).toBe(2451545);
    for (const d of ['1945-09-02', '2024-02-29', '2100-12-31']) expect(iso(fromJulianDay(julianDay(day(d))))).toBe(d);
  });
});

describe('Vietnamese lunar calendar (UTC+7)', () => {
  // Tết (1st day of the 1st lunar month) as published in Vietnamese calendars.
  const tet: [number, string][] = [
    [2020, '2020-01-25'],
    [2021, '2021-02-12'],
    [2022, '2022-02-01'],
    [2023, '2023-01-22'],
    [2024, '2024-02-10'],
    [2025, '2025-01-29'],
    [2026, '2026-02-17'],
  ];
  it.each(tet)('Tết %i falls on %s', (year, date) => {
    expect(iso(lunarToSolar({ year, month: 1, day: 1, leap: false }))).toBe(date);
    expect(solarToLunar(day(date))).toEqual({ year, month: 1, day: 1, leap: false });
  });

  it('puts Giỗ Tổ Hùng Vương (10th day, 3rd month) on the official holiday dates', () => {
    expect(iso(lunarToSolar({ year: 2024, month: 3, day: 10, leap: false }))).toBe('2024-04-18');
    expect(iso(lunarToSolar({ year: 2025, month: 3, day: 10, leap: false }))).toBe('2025-04-07');
  });

  it('knows the leap 6th month of 2025 (Ất Tỵ)', () => {
    expect(solarToLunar(day('2025-07-25'))).toEqual({ year: 2025, month: 6, day: 1, leap: true });
    expect(iso(lunarToSolar({ year: 2025, month: 6, day: 1, leap: true }))).toBe('2025-07-25');
    expect(lunarToSolar({ year: 2024, month: 6, day: 1, leap: true })).toBeUndefined();
  });

  it('differs from the Chinese calendar (UTC+8) where a new moon straddles midnight', () => {
    // 1985: Tết was 21 January in Viet Nam and 20 February in China.
    expect(iso(lunarToSolar({ year: 1985, month: 1, day: 1, leap: false }, 7))).toBe('1985-01-21');
    expect(iso(lunarToSolar({ year: 1985, month: 1, day: 1, leap: false }, 8))).toBe('1985-02-20');
    // 2007: 17 February in Viet Nam, 18 February in China.
    expect(iso(lunarToSolar({ year: 2007, month: 1, day: 1, leap: false }, 7))).toBe('2007-02-17');
    expect(iso(lunarToSolar({ year: 2007, month: 1, day: 1, leap: false }, 8))).toBe('2007-02-18');
  });

  it('rejects the 30th day of a 29-day month', () => {
    const results = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((month) =>
      lunarToSolar({ year: 2025, month, day: 30, leap: false }),
    );
    expect(results.filter((r) => r === undefined).length).toBeGreaterThan(0);
    expect(results.filter((r) => r !== undefined).length).toBeGreaterThan(0);
  });
});
