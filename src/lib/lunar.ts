/**
 * The Vietnamese lunisolar calendar (âm lịch), computed from its rules and an ephemeris:
 * - a month begins on the civil day (UTC+7) that contains a new moon;
 * - month 11 is the month containing the winter solstice (sun's longitude 270°);
 * - when 13 months run from one month 11 to the next, the first of them after month 11 without a
 *   major solar term (sun's longitude a multiple of 30°) is leap and repeats the previous number;
 * - a lunar year is numbered by the solar year in which its month 1 (Tết) falls.
 * China applies the same rules at UTC+8; the time zone is a parameter so that tests can show
 * where the two differ (Tết 1985: 21 January in Viet Nam, 20 February in China).
 *
 * New moons and the sun's apparent longitude come from astronomy-engine (MIT).
 *
 * Supported range, tested against a published table (tests/fixtures/lunar): solar days
 * 1900-01-01 to 2100-12-31, i.e. lunar years 1900–2100 plus the last weeks of 1899. Outside it
 * `solarToLunar` throws a RangeError and `lunarToSolar` returns undefined. Before 1968 Viet Nam
 * reckoned at UTC+8; dates before then apply today's UTC+7 rules (tests/fixtures/lunar/README.md).
 */
import { SearchMoonPhase, SearchSunLongitude, SunPosition } from 'astronomy-engine';

export const VN_TZ_HOURS = 7;

export interface SolarDay {
  year: number;
  month: number;
  day: number;
}
export interface LunarDay {
  year: number;
  month: number;
  day: number;
  leap: boolean;
}

const DAY_MS = 86_400_000;
/** Julian day number of 1970-01-01: our day counts are days since then. */
const JD_OF_1970 = 2_440_588;
const FIRST_DAY = Date.UTC(1900, 0, 1) / DAY_MS;
const LAST_DAY = Date.UTC(2100, 11, 31) / DAY_MS;

/** Days since 1970-01-01 of a (proleptic Gregorian) calendar day. */
const dayCount = ({ year, month, day }: SolarDay) => Date.UTC(year, month - 1, day) / DAY_MS;

/** Julian day number of a (proleptic Gregorian) calendar day. */
export function julianDay(solar: SolarDay): number {
  return dayCount(solar) + JD_OF_1970;
}

export function fromJulianDay(jd: number): SolarDay {
  const date = new Date((jd - JD_OF_1970) * DAY_MS);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/** The civil day (in UTC+tz) on which an instant falls. */
const localDay = (instant: Date, tz: number) => Math.floor((instant.getTime() + tz * 3_600_000) / DAY_MS);
/** The instant at which a civil day begins. */
const dayStart = (day: number, tz: number) => new Date(day * DAY_MS - tz * 3_600_000);
/** Which 30° sector of the ecliptic the sun is in: it changes exactly at a major solar term. */
const majorTermIndex = (day: number, tz: number) => Math.floor(SunPosition(dayStart(day, tz)).elon / 30);

function solsticeDay(year: number, tz: number): number {
  const solstice = SearchSunLongitude(270, new Date(Date.UTC(year, 11, 10)), 20);
  if (!solstice) throw new Error(`no December solstice found in ${year}`);
  return localDay(solstice.date, tz);
}

interface Month {
  start: number;
  length: number;
  number: number;
  leap: boolean;
}

/** The months from month 11 of `year` (the one holding its solstice) to the next month 11. */
function monthsAfterSolstice(year: number, tz: number): Month[] {
  const [solstice, nextSolstice] = [solsticeDay(year, tz), solsticeDay(year + 1, tz)];
  // The new moon that begins month 11 is the last one on or before the solstice's day.
  let moon = SearchMoonPhase(0, dayStart(solstice + 1, tz), -30);
  const starts: number[] = [];
  while (moon && localDay(moon.date, tz) <= nextSolstice) {
    starts.push(localDay(moon.date, tz));
    moon = SearchMoonPhase(0, moon.AddDays(20), 15);
  }
  if (!moon || starts.length < 13) throw new Error(`new moons not found after the ${year} solstice`);
  const terms = starts.map((start) => majorTermIndex(start, tz));
  // 13 months for 12 major terms: the first month (after month 11) in which the sun stays in one
  // sector, i.e. with no major term, is leap.
  const leapIndex = starts.length - 1 === 13 ? terms.findIndex((t, i) => i > 0 && t === terms[i + 1]) : -1;
  const months: Month[] = [];
  for (let i = 0; i + 1 < starts.length; i++) {
    const previous = months[i - 1]?.number ?? 10; // so that the first month is numbered 11
    const leap = i === leapIndex;
    months.push({
      start: starts[i]!,
      length: starts[i + 1]! - starts[i]!,
      number: leap ? previous : (previous % 12) + 1,
      leap,
    });
  }
  return months;
}

/** Lunar years by `${tz}:${year}`: each costs dozens of ephemeris searches, and the site converts thousands of dates. */
const years = new Map<string, Month[]>();

/** The months of lunar year `year`, from Tết to the eve of the next Tết. */
function lunarYear(year: number, tz: number): Month[] {
  const key = `${tz}:${year}`;
  let months = years.get(key);
  if (!months) {
    // Months 1–10 follow the solstice of the year before; months 11–12 hold this year's solstice.
    months = [
      ...monthsAfterSolstice(year - 1, tz).filter((m) => m.number < 11),
      ...monthsAfterSolstice(year, tz).filter((m) => m.number >= 11),
    ];
    years.set(key, months);
  }
  return months;
}

/** The lunar date of a solar day (1900-01-01 to 2100-12-31; RangeError outside). */
export function solarToLunar(solar: SolarDay, tz = VN_TZ_HOURS): LunarDay {
  const day = dayCount(solar);
  if (!(day >= FIRST_DAY && day <= LAST_DAY)) {
    throw new RangeError(`solarToLunar supports 1900-01-01 to 2100-12-31, not ${JSON.stringify(solar)}`);
  }
  // Tết falls between 21 January and 20 February, so the lunar year is this solar year or the last.
  let year = solar.year;
  let months = lunarYear(year, tz);
  if (day < months[0]!.start) months = lunarYear(--year, tz);
  const month = months.findLast((m) => m.start <= day)!;
  return { year, month: month.number, day: day - month.start + 1, leap: month.leap };
}

/**
 * The solar day of a lunar date, or undefined when that date does not exist (day 30 of a 29-day
 * month, a leap month the year does not have) or falls outside 1900-01-01 to 2100-12-31.
 */
export function lunarToSolar(lunar: LunarDay, tz = VN_TZ_HOURS): SolarDay | undefined {
  if (!Number.isInteger(lunar.year) || lunar.year < 1899 || lunar.year > 2100) return undefined;
  const month = lunarYear(lunar.year, tz).find((m) => m.number === lunar.month && m.leap === lunar.leap);
  if (!month || !Number.isInteger(lunar.day) || lunar.day < 1 || lunar.day > month.length) return undefined;
  const day = month.start + lunar.day - 1;
  return day >= FIRST_DAY && day <= LAST_DAY ? fromJulianDay(day + JD_OF_1970) : undefined;
}
