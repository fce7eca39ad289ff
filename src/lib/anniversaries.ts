/**
 * The anniversary engine: occurrences of each anniversary in a year, with the ordinal
 * (the 80th, the 50th…) and its weight. Pure: takes plain data and dates.
 */
import { daysInMonth, isoDay, parseCalendarDate, vnCalendarDay } from './dates.ts';

export interface AnniversaryData {
  date?: string | undefined;
  lunar?: { month: number; day: number; leap?: boolean | undefined } | undefined;
  since?: number | undefined;
  category: 'national' | 'local' | 'diplomatic' | 'international-day' | 'festival';
  name: Record<string, string>;
  summary?: Record<string, string> | undefined;
  draft?: boolean | undefined;
}

/**
 * `greatest`: 25, 50, 75, 100… years; `major` (năm tròn): multiples of 10;
 * `round` (năm chẵn): multiples of 5; `regular` otherwise.
 */
export type Weight = 'greatest' | 'major' | 'round' | 'regular';

export function weightOf(ordinal: number): Weight {
  if (ordinal <= 0) return 'regular';
  if (ordinal % 25 === 0) return 'greatest';
  if (ordinal % 10 === 0) return 'major';
  if (ordinal % 5 === 0) return 'round';
  return 'regular';
}

export interface Occurrence {
  id: string;
  /** `YYYY-MM-DD` in the solar calendar. */
  date: string;
  /** Years since the founding event; undefined when the first year is not known. */
  ordinal?: number | undefined;
  weight: Weight;
}

/** The solar-calendar occurrence of a fixed-date anniversary in `year` (none before it began). */
export function solarOccurrence(id: string, data: AnniversaryData, year: number): Occurrence | undefined {
  const base = data.date ? parseCalendarDate(data.date) : null;
  if (!base || year < base.year) return undefined;
  // An anniversary founded on 29 February is kept on 28 February in common years.
  const day = Math.min(base.day, daysInMonth(year, base.month));
  const ordinal = year - base.year;
  return { id, date: isoDay({ year, month: base.month, day }), ordinal, weight: weightOf(ordinal) };
}

/** The next occurrences on or after today (Vietnam time), soonest first. */
export function upcoming(
  anniversaries: readonly { id: string; data: AnniversaryData }[],
  now: Date,
  limit: number,
): Occurrence[] {
  const today = isoDay(vnCalendarDay(now));
  const { year } = vnCalendarDay(now);
  const found: Occurrence[] = [];
  for (const a of anniversaries) {
    const next = [year, year + 1]
      .map((y) => solarOccurrence(a.id, a.data, y))
      .find((o) => o !== undefined && o.date >= today);
    if (next) found.push(next);
  }
  return found.sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id)).slice(0, limit);
}
