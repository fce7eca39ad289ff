/** Display formatting per language, in Vietnam time, identical on any build machine. */
import { parseCalendarDate, VN_TIME_ZONE } from './dates.ts';

const cache = new Map<string, Intl.DateTimeFormat>();
function formatter(lang: string, timeZone: string): Intl.DateTimeFormat {
  const key = `${lang}|${timeZone}`;
  let f = cache.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone });
    cache.set(key, f);
  }
  return f;
}

/** An instant, as the calendar day it falls on in Vietnam. */
export function formatInstant(date: Date, lang: string): string {
  return formatter(lang, VN_TIME_ZONE).format(date);
}

/** A calendar day written `YYYY-MM-DD` (no time zone involved). */
export function formatCalendarDate(day: string, lang: string): string {
  const p = parseCalendarDate(day);
  if (!p) return day;
  return formatter(lang, 'UTC').format(new Date(Date.UTC(p.year, p.month - 1, p.day)));
}

const ZH_DIGITS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
/** 1–30 in Chinese numerals: 十一, 二十, 二十三, 三十. */
const zhNumber = (n: number) =>
  n <= 10 ? ZH_DIGITS[n]! : `${n >= 20 ? ZH_DIGITS[Math.floor(n / 10)] : ''}十${ZH_DIGITS[n % 10]}`;

/**
 * The month and day of a lunar date as a language writes them, for the `anniversary.lunar`
 * string. Chinese names them rather than counting them: 正月初六, 三月初十, 七月十五.
 */
export function lunarParts(month: number, day: number, lang: string): { month: string; day: string } {
  if (!lang.startsWith('zh')) return { month: String(month), day: String(day) };
  return {
    month: month === 1 ? '正月' : `${zhNumber(month)}月`,
    day: day <= 10 ? `初${zhNumber(day)}` : zhNumber(day),
  };
}
