/**
 * The anniversary engine: occurrences of each anniversary in a year, with the ordinal
 * (the 80th, the 50th…) and its weight. Pure: takes plain data and dates.
 */
import { daysInMonth, isoDay, parseCalendarDate, vnCalendarDay } from './dates.ts';
import { lunarToSolar } from './lunar.ts';

export interface AnniversaryData {
  date?: string | undefined;
  lunar?: { month: number; day: number; leap?: boolean | undefined } | undefined;
  since?: number | undefined;
  /** `false`: the years are not counted (sources disagree on the first year). */
  ordinal?: boolean | undefined;
  category: 'national' | 'local' | 'diplomatic' | 'international-day' | 'festival';
  name: Record<string, string>;
  summary?: Record<string, string> | undefined;
  draft?: boolean | undefined;
  /** Paid days off of a public holiday (schema: `holiday`). */
  holiday?: number | undefined;
  /** A festival visitors may attend (schema: `visitors`). */
  visitors?: boolean | undefined;
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
  /** The lunar date it was converted from, for lunar-calendar anniversaries. */
  lunar?: { month: number; day: number } | undefined;
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
  const ordinal = data.ordinal === false ? undefined : year - base.year;
  return { id, date: isoDay({ year, month: base.month, day }), ordinal, weight: weightOf(ordinal ?? 0) };
}

/**
 * The occurrence of a lunar-calendar anniversary in solar year `year`: the lunar date of lunar
 * year `year`, or of the year before when its late months spill into January.
 */
export function lunarOccurrence(id: string, data: AnniversaryData, year: number): Occurrence | undefined {
  const lunar = data.lunar;
  if (!lunar || (data.since !== undefined && year < data.since)) return undefined;
  for (const lunarYear of [year, year - 1]) {
    const solar = lunarToSolar({ year: lunarYear, month: lunar.month, day: lunar.day, leap: lunar.leap ?? false });
    if (solar?.year !== year) continue;
    const ordinal = data.since !== undefined && data.ordinal !== false ? lunarYear - data.since : undefined;
    return {
      id,
      date: isoDay(solar),
      lunar: { month: lunar.month, day: lunar.day },
      ordinal,
      weight: weightOf(ordinal ?? 0),
    };
  }
  return undefined;
}

export function occurrence(id: string, data: AnniversaryData, year: number): Occurrence | undefined {
  return data.date ? solarOccurrence(id, data, year) : lunarOccurrence(id, data, year);
}

const byDate = (a: Occurrence, b: Occurrence) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id);

/** Every occurrence in a solar year, in date order. */
export function occurrencesInYear(
  anniversaries: readonly { id: string; data: AnniversaryData }[],
  year: number,
): Occurrence[] {
  return anniversaries.flatMap((a) => occurrence(a.id, a.data, year) ?? []).sort(byDate);
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
      .map((y) => occurrence(a.id, a.data, y))
      .find((o) => o !== undefined && o.date >= today);
    if (next) found.push(next);
  }
  return found.sort(byDate).slice(0, limit);
}
