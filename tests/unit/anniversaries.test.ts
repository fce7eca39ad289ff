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
