/**
 * The Vietnamese lunisolar calendar, computed astronomically for the meridian of UTC+7.
 *
 * A lunar month starts on the day (in local time) of a new moon; month 11 is the one that
 * contains the winter solstice; a 13-month year repeats the first month without a principal
 * solar term. The rules are those of the Chinese calendar, but computed at UTC+7 instead of
 * UTC+8, so in some years a new moon falls on a different day and the dates differ: Tết 1985
 * was 21 January in Viet Nam and 20 February in China. The time zone is a parameter so that
 * tests can show the difference.
 *
 * New moons and the sun's longitude follow Jean Meeus, "Astronomical Algorithms" (ch. 25 and 49),
 * in the abridged form commonly used for calendar work; good for 1800–2199.
 */
export const VN_TZ_HOURS = 7;

const SYNODIC_MONTH = 29.530588853;
/** Julian day of the new moon of 1 January 1900, the origin of the new-moon count k. */
const NEW_MOON_EPOCH = 2415021.076998695;
const DEG = Math.PI / 180;
const int = Math.floor;

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

/** Julian day number of a Gregorian (or, before 1582-10-15, Julian) calendar day. */
export function julianDay({ year, month, day }: SolarDay): number {
  const a = int((14 - month) / 12);
  const y = year + 4800 - a;
  const m = month + 12 * a - 3;
  const jd = day + int((153 * m + 2) / 5) + 365 * y + int(y / 4) - int(y / 100) + int(y / 400) - 32045;
  return jd < 2299161 ? day + int((153 * m + 2) / 5) + 365 * y + int(y / 4) - 32083 : jd;
}

export function fromJulianDay(jd: number): SolarDay {
  let b = 0;
  let c = jd + 32082;
  if (jd > 2299160) {
    const a = jd + 32044;
    b = int((4 * a + 3) / 146097);
    c = a - int((b * 146097) / 4);
  }
  const d = int((4 * c + 3) / 1461);
  const e = c - int((1461 * d) / 4);
  const m = int((5 * e + 2) / 153);
  return {
    day: e - int((153 * m + 2) / 5) + 1,
    month: m + 3 - 12 * int(m / 10),
    year: b * 100 + d - 4800 + int(m / 10),
  };
}

/** Julian date (fractional, UT) of the k-th new moon after the epoch. */
function newMoon(k: number): number {
  const T = k / 1236.85;
  const T2 = T * T;
  const T3 = T2 * T;
  let jd = 2415020.75933 + 29.53058868 * k + 0.0001178 * T2 - 0.000000155 * T3;
  jd += 0.00033 * Math.sin((166.56 + 132.87 * T - 0.009173 * T2) * DEG);
  const M = (359.2242 + 29.10535608 * k - 0.0000333 * T2 - 0.00000347 * T3) * DEG; // sun's mean anomaly
  const Mp = (306.0253 + 385.81691806 * k + 0.0107306 * T2 + 0.00001236 * T3) * DEG; // moon's mean anomaly
  const F = (21.2964 + 390.67050646 * k - 0.0016528 * T2 - 0.00000239 * T3) * DEG; // moon's argument of latitude
  const correction =
    (0.1734 - 0.000393 * T) * Math.sin(M) +
    0.0021 * Math.sin(2 * M) -
    0.4068 * Math.sin(Mp) +
    0.0161 * Math.sin(2 * Mp) -
    0.0004 * Math.sin(3 * Mp) +
    0.0104 * Math.sin(2 * F) -
    0.0051 * Math.sin(M + Mp) -
    0.0074 * Math.sin(M - Mp) +
    0.0004 * Math.sin(2 * F + M) -
    0.0004 * Math.sin(2 * F - M) -
    0.0006 * Math.sin(2 * F + Mp) +
    0.001 * Math.sin(2 * F - Mp) +
    0.0005 * Math.sin(2 * Mp + M);
  const deltaT =
    T < -11
      ? 0.001 + 0.000839 * T + 0.0002261 * T2 - 0.00000845 * T3 - 0.000000081 * T * T3
      : -0.000278 + 0.000265 * T + 0.000262 * T2;
  return jd + correction - deltaT;
}

/** Local day number (Julian day) on which the k-th new moon falls. */
function newMoonDay(k: number, tz: number): number {
  return int(newMoon(k) + 0.5 + tz / 24);
}

/** The sun's apparent longitude at a Julian date, in radians within [0, 2π). */
function sunLongitude(jd: number): number {
  const T = (jd - 2451545.0) / 36525;
  const T2 = T * T;
  const M = (357.5291 + 35999.0503 * T - 0.0001559 * T2 - 0.00000048 * T * T2) * DEG;
  const L0 = 280.46645 + 36000.76983 * T + 0.0003032 * T2;
  const C =
    (1.9146 - 0.004817 * T - 0.000014 * T2) * Math.sin(M) +
    (0.019993 - 0.000101 * T) * Math.sin(2 * M) +
    0.00029 * Math.sin(3 * M);
  const L = (L0 + C) * DEG;
  return L - 2 * Math.PI * int(L / (2 * Math.PI));
}

/** Which of the 12 principal-term sectors (0–11) the sun is in at the start of a local day. */
function sunSector(dayNumber: number, tz: number): number {
  return int((sunLongitude(dayNumber - 0.5 - tz / 24) / Math.PI) * 6);
}

/** Day number of the start of lunar month 11 (the month of the winter solstice) of a year. */
function month11Start(year: number, tz: number): number {
  const k = int((julianDay({ year, month: 12, day: 31 }) - 2415021) / SYNODIC_MONTH);
  const start = newMoonDay(k, tz);
  return sunSector(start, tz) >= 9 ? newMoonDay(k - 1, tz) : start;
}

/** In a 13-month year starting at month 11 `a11`, how many months after it the leap month comes. */
function leapMonthOffset(a11: number, tz: number): number {
  const k = int((a11 - NEW_MOON_EPOCH) / SYNODIC_MONTH + 0.5);
  let i = 1;
  let sector = sunSector(newMoonDay(k + i, tz), tz);
  let last: number;
  do {
    last = sector;
    i++;
    sector = sunSector(newMoonDay(k + i, tz), tz);
  } while (sector !== last && i < 14);
  return i - 1;
}

export function solarToLunar(solar: SolarDay, tz = VN_TZ_HOURS): LunarDay {
  const dayNumber = julianDay(solar);
  const k = int((dayNumber - NEW_MOON_EPOCH) / SYNODIC_MONTH);
  let monthStart = newMoonDay(k + 1, tz);
  if (monthStart > dayNumber) monthStart = newMoonDay(k, tz);
  let a11 = month11Start(solar.year, tz);
  let b11 = a11;
  let year: number;
  if (a11 >= monthStart) {
    year = solar.year;
    a11 = month11Start(solar.year - 1, tz);
  } else {
    year = solar.year + 1;
    b11 = month11Start(solar.year + 1, tz);
  }
  const day = dayNumber - monthStart + 1;
  const diff = int((monthStart - a11) / 29);
  let month = diff + 11;
  let leap = false;
  if (b11 - a11 > 365) {
    const leapDiff = leapMonthOffset(a11, tz);
    if (diff >= leapDiff) {
      month = diff + 10;
      leap = diff === leapDiff;
    }
  }
  if (month > 12) month -= 12;
  if (month >= 11 && diff < 4) year -= 1;
  return { year, month, day, leap };
}

/** The solar day of a lunar date, or undefined when that leap month does not exist that year. */
export function lunarToSolar(lunar: LunarDay, tz = VN_TZ_HOURS): SolarDay | undefined {
  const [a11, b11] =
    lunar.month < 11
      ? [month11Start(lunar.year - 1, tz), month11Start(lunar.year, tz)]
      : [month11Start(lunar.year, tz), month11Start(lunar.year + 1, tz)];
  const k = int(0.5 + (a11 - NEW_MOON_EPOCH) / SYNODIC_MONTH);
  let offset = lunar.month - 11;
  if (offset < 0) offset += 12;
  if (b11 - a11 > 365) {
    const leapOffset = leapMonthOffset(a11, tz);
    let leapMonth = leapOffset - 2;
    if (leapMonth < 0) leapMonth += 12;
    if (lunar.leap && lunar.month !== leapMonth) return undefined;
    if (lunar.leap || offset >= leapOffset) offset += 1;
  } else if (lunar.leap) {
    return undefined;
  }
  const result = fromJulianDay(newMoonDay(k + offset, tz) + lunar.day - 1);
  // Day 30 of a 29-day month does not exist: it would spill into the next month.
  const back = solarToLunar(result, tz);
  return back.month === lunar.month && back.leap === lunar.leap && back.day === lunar.day ? result : undefined;
}
