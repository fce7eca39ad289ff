import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { occurrence } from '../../src/lib/anniversaries.ts';
import { fromJulianDay, julianDay, lunarToSolar, solarToLunar } from '../../src/lib/lunar.ts';

const day = (iso: string) => {
  const [year, month, d] = iso.split('-').map(Number);
  return { year: year!, month: month!, day: d! };
};
const iso = (s: { year: number; month: number; day: number } | undefined) =>
  s ? `${s.year}-${String(s.month).padStart(2, '0')}-${String(s.day).padStart(2, '0')}` : 'none';
const addDays = (date: string, days: number) =>
  new Date(Date.parse(date) + days * 86_400_000).toISOString().slice(0, 10);
const lunar = (year: number, month: number, d: number, leap = false) => ({ year, month, day: d, leap });

/** Rows of a CSV table in tests/fixtures/lunar (see its README.md for the published sources). */
const table = (name: string) =>
  readFileSync(new URL(`../fixtures/lunar/${name}`, import.meta.url), 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => line.split(','));
const tetTable = table('tet.csv').map(([year, date]) => [Number(year), date!] as const);
const leapTable = new Map(table('leap-months.csv').map(([year, month]) => [Number(year), Number(month)]));

describe('Julian day numbers', () => {
  it('round-trips Gregorian days', () => {
    expect(julianDay(day('2000-01-01'))).toBe(2451545);
    for (const d of ['1945-09-02', '2024-02-29', '2100-12-31']) expect(iso(fromJulianDay(julianDay(day(d))))).toBe(d);
  });
});

describe('Vietnamese lunar calendar (UTC+7) against the published tables', () => {
  it('puts Tết on the published date in every year 1900–2100', () => {
    expect(tetTable.map(([year]) => year)).toEqual(Array.from({ length: 201 }, (_, i) => 1900 + i));
    const wrong = tetTable.filter(
      ([year, date]) =>
        iso(lunarToSolar(lunar(year, 1, 1))) !== date ||
        JSON.stringify(solarToLunar(day(date))) !== JSON.stringify(lunar(year, 1, 1)),
    );
    expect(wrong).toEqual([]);
  });

  it('has exactly the published leap months 1900–2100', () => {
    // The published table keeps the UTC+8 calendar used before 1968 in these two years; under the
    // UTC+7 rules the major solar term falls at 23:17 / 23:19 on the last day of the month instead.
    const utc7 = new Map([
      [1917, 3],
      [1922, 6],
    ]);
    for (const [year, month] of utc7) {
      expect(lunarToSolar(lunar(year, leapTable.get(year)!, 1, true), 8)).toBeDefined();
      expect(lunarToSolar(lunar(year, leapTable.get(year)!, 1, true))).toBeUndefined();
      expect(lunarToSolar(lunar(year, month, 1, true))).toBeDefined();
    }
    const expected = [...leapTable].map(([year, month]) => `${year}/${utc7.get(year) ?? month}`);
    const found: string[] = [];
    for (let year = 1900; year <= 2100; year++) {
      for (let month = 1; month <= 12; month++)
        if (lunarToSolar(lunar(year, month, 1, true))) found.push(`${year}/${month}`);
    }
    expect(found).toEqual(expected);
    expect(found).toHaveLength(74);
  });
});

describe('Vietnamese lunar calendar (UTC+7)', () => {
  it.each([1900, 1968, 1985, 2025, 2033, 2100])('round-trips every day of %i', (year) => {
    let previous: ReturnType<typeof solarToLunar> | undefined;
    for (let date = `${year}-01-01`; date <= `${year}-12-31`; date = addDays(date, 1)) {
      const l = solarToLunar(day(date));
      expect(iso(lunarToSolar(l)), `${date} → ${JSON.stringify(l)}`).toBe(date);
      // Consecutive days are consecutive lunar days, or day 1 after day 29 or 30.
      if (previous) expect(l.day === previous.day + 1 || (l.day === 1 && previous.day >= 29), date).toBe(true);
      previous = l;
    }
  });

  it('puts Giỗ Tổ Hùng Vương (10th day, 3rd month) on the official holiday dates', () => {
    expect(iso(lunarToSolar(lunar(2024, 3, 10)))).toBe('2024-04-18');
    expect(iso(lunarToSolar(lunar(2025, 3, 10)))).toBe('2025-04-07');
  });

  it('refuses day 30 of the 29-day months of Ất Tỵ (2025) and accepts it in the 30-day ones', () => {
    // Month lengths of lunar 2025 in both published tables (tests/fixtures/lunar/README.md).
    const lengths: [number, boolean, number][] = [
      [1, false, 30],
      [2, false, 29],
      [3, false, 30],
      [4, false, 29],
      [5, false, 29],
      [6, false, 30],
      [6, true, 29],
      [7, false, 30],
      [8, false, 29],
      [9, false, 30],
      [10, false, 30],
      [11, false, 30],
      [12, false, 29],
    ];
    for (const [month, leap, length] of lengths) {
      const thirtieth = lunarToSolar(lunar(2025, month, 30, leap));
      if (length === 29) expect(thirtieth, `${month}${leap ? '+' : ''}`).toBeUndefined();
      else expect(iso(thirtieth)).toBe(addDays(iso(lunarToSolar(lunar(2025, month, 29, leap))), 1));
    }
    expect(lunarToSolar(lunar(2025, 1, 31))).toBeUndefined();
    expect(lunarToSolar(lunar(2025, 13, 1))).toBeUndefined();
    expect(lunarToSolar(lunar(2025, 1, 0))).toBeUndefined();
  });

  it('converts anniversaries that fall in a leap month', () => {
    // Leap 6th month of 2025 from 25 July, leap 2nd month of 2023 from 22 March (source B).
    expect(iso(lunarToSolar(lunar(2025, 6, 1, true)))).toBe('2025-07-25');
    expect(solarToLunar(day('2025-07-25'))).toEqual(lunar(2025, 6, 1, true));
    expect(iso(lunarToSolar(lunar(2023, 2, 10, true)))).toBe('2023-03-31');
    expect(lunarToSolar(lunar(2024, 6, 1, true))).toBeUndefined();
    const leapSixth = { lunar: { month: 6, day: 15, leap: true }, category: 'festival' as const, name: {} };
    expect(occurrence('x', leapSixth, 2025)?.date).toBe('2025-08-08');
    expect(occurrence('x', leapSixth, 2026)).toBeUndefined();
  });
});

describe('Vietnamese (UTC+7) and Chinese (UTC+8) calendars', () => {
  // Vietnamese dates: tests/fixtures/lunar; Chinese dates: python-holidays' Chinese tables (same README).
  it.each([
    [1968, '1968-01-29', '1968-01-30'],
    [1969, '1969-02-16', '1969-02-17'],
    [1985, '1985-01-21', '1985-02-20'],
    [2007, '2007-02-17', '2007-02-18'],
    [2030, '2030-02-02', '2030-02-03'],
    [2053, '2053-02-18', '2053-02-19'],
  ])('Tết %i: %s in Viet Nam, %s in China', (year, vietnam, china) => {
    expect(iso(lunarToSolar(lunar(year, 1, 1), 7))).toBe(vietnam);
    expect(iso(lunarToSolar(lunar(year, 1, 1), 8))).toBe(china);
  });

  it('puts month 11 of 1984, and the leap month, where each calendar has them', () => {
    // The December 1984 solstice fell at 23:23 UTC+7 (21 Dec) but 00:23 UTC+8 (22 Dec): Viet Nam's
    // month 11 ran from 23 Nov, China's from 22 Dec (Wikipedia, "Vietnamese calendar"; both tables).
    expect(solarToLunar(day('1984-11-23'), 7)).toEqual(lunar(1984, 11, 1));
    expect(solarToLunar(day('1984-11-23'), 8)).toEqual(lunar(1984, 10, 1, true));
    expect(solarToLunar(day('1984-12-22'), 8)).toEqual(lunar(1984, 11, 1));
    expect(iso(lunarToSolar(lunar(1985, 2, 1, true), 7))).toBe('1985-03-21');
    expect(lunarToSolar(lunar(1985, 2, 1, true), 8)).toBeUndefined();
    expect(lunarToSolar(lunar(1987, 7, 1, true), 7)).toBeDefined();
    expect(lunarToSolar(lunar(1987, 6, 1, true), 8)).toBeDefined();
  });

  it('starts a month a day earlier in Viet Nam when the new moon is between 23:00 and midnight', () => {
    // New moon at 23:05 Viet Nam time on 25 June 2006: the 5th month has 29 days there, 30 in China.
    expect(iso(lunarToSolar(lunar(2006, 6, 1), 7))).toBe('2006-06-25');
    expect(iso(lunarToSolar(lunar(2006, 6, 1), 8))).toBe('2006-06-26');
    expect(lunarToSolar(lunar(2006, 5, 30), 7)).toBeUndefined();
    expect(iso(lunarToSolar(lunar(2006, 5, 30), 8))).toBe('2006-06-25');
  });
});

describe('supported range', () => {
  it('converts solar days from 1900-01-01 to 2100-12-31 and throws a RangeError outside', () => {
    expect(solarToLunar(day('1900-01-01'))).toMatchObject({ year: 1899, month: 12 });
    expect(solarToLunar(day('2100-12-31'))).toMatchObject({ year: 2100, month: 12 });
    expect(() => solarToLunar(day('1899-12-31'))).toThrow(RangeError);
    expect(() => solarToLunar(day('2101-01-01'))).toThrow(RangeError);
  });

  it('returns undefined for lunar dates outside that range', () => {
    expect(iso(lunarToSolar(lunar(1899, 12, 1)))).toBe('1900-01-01');
    expect(lunarToSolar(lunar(1899, 11, 1))).toBeUndefined();
    expect(lunarToSolar(lunar(1898, 1, 1))).toBeUndefined();
    expect(iso(lunarToSolar(lunar(2100, 12, 1)))).toBe('2100-12-31');
    expect(lunarToSolar(lunar(2100, 12, 2))).toBeUndefined();
    expect(lunarToSolar(lunar(2101, 1, 1))).toBeUndefined();
  });
});
