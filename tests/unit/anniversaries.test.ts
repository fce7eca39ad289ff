import { describe, expect, it } from 'vitest';
import { occurrence, occurrencesInYear, solarOccurrence, upcoming, weightOf } from '../../src/lib/anniversaries.ts';

const nationalDay = { date: '1945-09-02', category: 'national' as const, name: {} };

describe('anniversary engine (solar)', () => {
  it('weighs ordinals: 25s greatest, 10s major, 5s round', () => {
    expect([1, 5, 10, 20, 25, 50, 75, 80, 95, 100, 135].map(weightOf)).toEqual([
      'regular',
      'round',
      'major',
      'major',
      'greatest',
      'greatest',
      'greatest',
      'major',
      'round',
      'greatest',
      'round',
    ]);
  });
  it('gives the 80th National Day in 2025', () => {
    expect(solarOccurrence('quoc-khanh', nationalDay, 2025)).toEqual({
      id: 'quoc-khanh',
      date: '2025-09-02',
      ordinal: 80,
      weight: 'major',
    });
    expect(solarOccurrence('quoc-khanh', nationalDay, 1944)).toBeUndefined();
  });
  it('keeps a 29 February anniversary on 28 February in common years', () => {
    expect(solarOccurrence('x', { ...nationalDay, date: '2000-02-29' }, 2025)?.date).toBe('2025-02-28');
  });
  it('lists the next occurrences from today in Vietnam, soonest first', () => {
    const data = [
      { id: 'quoc-khanh', data: nationalDay },
      { id: 'party', data: { ...nationalDay, date: '1930-02-03' } },
    ];
    // 2025-09-02 00:30 in Vietnam is still National Day.
    const now = new Date('2025-09-01T17:30:00Z');
    expect(upcoming(data, now, 5).map((o) => [o.id, o.date, o.ordinal])).toEqual([
      ['quoc-khanh', '2025-09-02', 80],
      ['party', '2026-02-03', 96],
    ]);
  });
});

describe('anniversary engine (lunar)', () => {
  const hungKings = { lunar: { month: 3, day: 10 }, category: 'festival' as const, name: {} };
  it('converts Giỗ Tổ Hùng Vương to the solar calendar each year', () => {
    expect(occurrence('gio-to', hungKings, 2025)).toMatchObject({
      date: '2025-04-07',
      lunar: { month: 3, day: 10 },
      ordinal: undefined,
    });
    expect(occurrence('gio-to', hungKings, 2024)?.date).toBe('2024-04-18');
  });
  it('finds a late-lunar-month event in the January it spills into', () => {
    // The 23rd day of the 12th month of lunar year 2024 fell on 22 January 2025.
    const kitchenGods = { lunar: { month: 12, day: 23 }, category: 'festival' as const, name: {} };
    expect(occurrence('tao-quan', kitchenGods, 2025)?.date).toBe('2025-01-22');
  });
  it('counts lunar ordinals from `since`', () => {
    expect(occurrence('x', { ...hungKings, since: 2000 }, 2025)).toMatchObject({ ordinal: 25, weight: 'greatest' });
  });
  it('lists a year in date order, solar and lunar together', () => {
    const list = occurrencesInYear(
      [
        { id: 'quoc-khanh', data: nationalDay },
        { id: 'gio-to', data: hungKings },
      ],
      2025,
    );
    expect(list.map((o) => [o.id, o.date])).toEqual([
      ['gio-to', '2025-04-07'],
      ['quoc-khanh', '2025-09-02'],
    ]);
  });
});

describe('anniversaries whose years are not counted', () => {
  it('shows no ordinal and no milestone when `ordinal: false`', () => {
    expect(solarOccurrence('x', { ...nationalDay, ordinal: false }, 2025)).toEqual({
      id: 'x',
      date: '2025-09-02',
      ordinal: undefined,
      weight: 'regular',
    });
  });
});

describe('Tết on its published dates (a lunar anniversary, fixed years)', () => {
  // Vietnamese Tết, from the published tables in tests/fixtures/lunar/README.md. 2030 differs
  // from the Chinese New Year (3 February): the new moon falls before midnight at UTC+7.
  const published = {
    2020: '2020-01-25',
    2021: '2021-02-12',
    2022: '2022-02-01',
    2023: '2023-01-22',
    2024: '2024-02-10',
    2025: '2025-01-29',
    2026: '2026-02-17',
    2027: '2027-02-06',
    2028: '2028-01-26',
    2029: '2029-02-13',
    2030: '2030-02-02',
    2031: '2031-01-23',
    2032: '2032-02-11',
    2033: '2033-01-31',
  };
  const tet = { lunar: { month: 1, day: 1 }, category: 'festival' as const, name: {} };
  it.each(Object.entries(published))('%s: %s', (year, date) => {
    expect(occurrence('tet', tet, Number(year))).toMatchObject({ date, lunar: { month: 1, day: 1 } });
  });
});

describe('anniversaries in a leap month', () => {
  // Ất Tỵ (2025) has a leap 6th month, Quý Mão (2023) a leap 2nd month; 2024 and 2026 have none.
  const leap6 = { lunar: { month: 6, day: 1, leap: true }, category: 'festival' as const, name: {} };
  const regular6 = { lunar: { month: 6, day: 1 }, category: 'festival' as const, name: {} };
  const leap2 = { lunar: { month: 2, day: 15, leap: true }, category: 'festival' as const, name: {} };

  it('falls a month after the regular month, in a year that has that leap month', () => {
    expect(occurrence('x', regular6, 2025)?.date).toBe('2025-06-25');
    expect(occurrence('x', leap6, 2025)).toMatchObject({ date: '2025-07-25', lunar: { month: 6, day: 1 } });
    expect(occurrence('x', leap2, 2023)?.date).toBe('2023-04-05');
  });
  it('does not occur in a year without that leap month', () => {
    for (const year of [2020, 2023, 2024, 2026, 2027]) expect(occurrence('x', leap6, year), `${year}`).toBeUndefined();
    expect(occurrencesInYear([{ id: 'x', data: leap6 }], 2026)).toEqual([]);
  });
  it('is listed as coming only while its one occurrence is ahead', () => {
    const list = [{ id: 'nhuan', data: leap6 }];
    expect(upcoming(list, new Date('2025-07-01T00:00:00Z'), 5).map((o) => o.date)).toEqual(['2025-07-25']);
    // Past it, the next year has no leap 6th month: nothing is coming, and nothing from the past.
    expect(upcoming(list, new Date('2025-08-01T00:00:00Z'), 5)).toEqual([]);
  });
});

describe('upcoming() across a year with no occurrence', () => {
  it('skips an anniversary that has not begun yet, and finds it once it has', () => {
    const festival = {
      lunar: { month: 3, day: 10 },
      since: 2027,
      category: 'festival' as const,
      name: {},
    };
    const list = [{ id: 'moi', data: festival }];
    expect(upcoming(list, new Date('2025-06-01T00:00:00Z'), 5)).toEqual([]);
    expect(upcoming(list, new Date('2026-06-01T00:00:00Z'), 5)).toMatchObject([{ id: 'moi', ordinal: 0 }]);
  });
  it("finds next year's occurrence when this year's has passed, and keeps the limit and order", () => {
    const list = [
      { id: 'a', data: { ...nationalDay, date: '2000-01-15' } },
      { id: 'b', data: { ...nationalDay, date: '2000-12-20' } },
      { id: 'c', data: { ...nationalDay, date: '2000-11-01' } },
    ];
    const next = upcoming(list, new Date('2025-11-15T00:00:00Z'), 2);
    expect(next.map((o) => [o.id, o.date])).toEqual([
      ['b', '2025-12-20'],
      ['a', '2026-01-15'],
    ]);
  });
  it('never lists an anniversary before its first year', () => {
    expect(solarOccurrence('x', { ...nationalDay, date: '2030-05-01' }, 2029)).toBeUndefined();
    expect(
      upcoming([{ id: 'x', data: { ...nationalDay, date: '2030-05-01' } }], new Date('2025-06-01T00:00:00Z'), 5),
    ).toEqual([]);
  });
});
