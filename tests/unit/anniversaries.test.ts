import { describe, expect, it } from 'vitest';
import { solarOccurrence, upcoming, weightOf } from '../../src/lib/anniversaries.ts';

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
