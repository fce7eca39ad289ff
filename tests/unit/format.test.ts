/** Dates as readers see them: the Vietnam day of an instant, a calendar day in each language. */
import { describe, expect, it } from 'vitest';
import { formatCalendarDate, formatInstant, lunarParts } from '../../src/lib/format.ts';
import { useTranslations } from '../../src/i18n/ui.ts';

describe('formatInstant', () => {
  it("gives the day in Vietnam, whatever the build machine's time zone", () => {
    // 17:30 UTC on 1 September is 00:30 on 2 September in Vietnam (the tests run at UTC−7/−8).
    expect(formatInstant(new Date('2025-09-01T17:30:00Z'), 'en')).toBe('September 2, 2025');
    expect(formatInstant(new Date('2025-09-01T16:59:59Z'), 'en')).toBe('September 1, 2025');
    expect(formatInstant(new Date('2025-09-01T17:30:00Z'), 'vi')).toMatch(/^2 tháng 9, 2025$/);
  });
});

describe('formatCalendarDate', () => {
  it('writes a day in each language, without shifting it by a time zone', () => {
    expect(formatCalendarDate('2025-01-01', 'en')).toBe('January 1, 2025');
    expect(formatCalendarDate('2025-12-31', 'zh-Hans')).toBe('2025年12月31日');
    expect(formatCalendarDate('2025-12-31', 'ko')).toBe('2025년 12월 31일');
  });
  it('leaves a string that is not a calendar day as it is', () => {
    expect(formatCalendarDate('2025-02-30', 'en')).toBe('2025-02-30');
    expect(formatCalendarDate('soon', 'en')).toBe('soon');
  });
});

describe('a lunar date in words', () => {
  it('names the month and day in Chinese, as a calendar does', () => {
    const zh = (m: number, d: number) => useTranslations('zh')('anniversary.lunar', lunarParts(m, d, 'zh-Hans'));
    expect(zh(1, 6)).toBe('农历正月初六');
    expect(zh(3, 10)).toBe('农历三月初十');
    expect(zh(7, 15)).toBe('农历七月十五');
    expect(zh(11, 20)).toBe('农历十一月二十');
    expect(zh(12, 23)).toBe('农历十二月二十三');
    expect(zh(8, 30)).toBe('农历八月三十');
  });
  it('counts them in the other languages', () => {
    expect(useTranslations('ko')('anniversary.lunar', lunarParts(1, 6, 'ko'))).toBe('음력 1월 6일');
    expect(useTranslations('en')('anniversary.lunar', lunarParts(3, 10, 'en'))).toBe('Day 10 of lunar month 3');
  });
});
