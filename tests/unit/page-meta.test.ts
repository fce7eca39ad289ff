/** The <title> rule (60 columns, CJK characters count two) and the per-page descriptions. */
import { describe, expect, it } from 'vitest';
import { useTranslations } from '../../src/i18n/ui.ts';
import { anniversaryDescription, displayWidth, documentTitle, pageMeta } from '../../src/lib/page-meta.ts';
import type { Route } from '../../src/lib/routing.ts';

const VI = { full: 'Tỉnh Thái Nguyên', short: 'Thái Nguyên' };
const ZH = { full: '越南太原省', short: '太原' };

describe('displayWidth', () => {
  it('counts a character with its diacritics once, and a Hanzi, Kana or Hangul twice', () => {
    expect(displayWidth('Định Hóa')).toBe(8);
    // Decomposed: the same word with combining marks is still 8 characters on screen.
    expect(displayWidth('Định Hóa'.normalize('NFD'))).toBe(8);
    expect(displayWidth('越南太原省')).toBe(10);
    expect(displayWidth('타이응우옌성')).toBe(12);
    expect(displayWidth('ATK 定化')).toBe(8);
  });
});

describe('documentTitle', () => {
  it('adds the full locality when it fits', () => {
    expect(documentTitle('Di sản', VI)).toBe('Di sản | Tỉnh Thái Nguyên');
  });
  it('falls back to the short name, then to the page title alone', () => {
    // 43 characters: with " | Tỉnh Thái Nguyên" 62, with " | Thái Nguyên" 57.
    expect(documentTitle('Trà xanh Tân Cương trong đời sống người dân', VI)).toBe(
      'Trà xanh Tân Cương trong đời sống người dân | Thái Nguyên',
    );
    // 51 characters: even the short name would pass 60.
    const page = 'Lễ hội Lồng Tồng ATK Định Hóa: ngày diễn ra các năm';
    expect(documentTitle(page, VI)).toBe(page);
  });
  it('cuts a page title that alone is too long at a word, with an ellipsis, within 60', () => {
    const long =
      '80 years of the People’s Public Security Force and 20 years of the National Day for Protecting Security';
    const title = documentTitle(long, { full: 'Thai Nguyen Province', short: 'Thai Nguyen' });
    expect(title).toBe('80 years of the People’s Public Security Force and 20 years…');
    expect(displayWidth(title)).toBeLessThanOrEqual(60);
  });
  it('leaves no bracket open at the cut', () => {
    const page = 'Where War Invalids and Martyrs Day was first proclaimed (27 July 1947, Dai Tu)';
    expect(documentTitle(page, { full: 'Thai Nguyen Province', short: 'Thai Nguyen' })).toBe(
      'Where War Invalids and Martyrs Day was first proclaimed…',
    );
  });
  it('counts CJK columns: 30 Hanzi are a full title', () => {
    const page = '太原省'.repeat(12); // 36 characters, 72 columns
    const title = documentTitle(page, ZH);
    expect(displayWidth(title)).toBeLessThanOrEqual(60);
    expect(title).toMatch(/^太原省太原省.*…$/);
    expect(documentTitle('太原茶', ZH)).toBe('太原茶 | 越南太原省');
  });
  it('honours another limit', () => {
    const en = { full: 'Thai Nguyen Province', short: 'Thai Nguyen' };
    expect(documentTitle('Heritage', en, 25)).toBe('Heritage | Thai Nguyen');
    expect(documentTitle('Heritage', en, 20)).toBe('Heritage');
  });
});

describe('descriptions', () => {
  const t = useTranslations('en');
  const gioTo = {
    id: 'gio-to',
    data: {
      lunar: { month: 3, day: 10 },
      category: 'festival' as const,
      name: { en: "Hung Kings' Commemoration Day" },
    },
  };
  it('describes an anniversary without a summary by its name and kind', () => {
    expect(anniversaryDescription(gioTo, 'en', t)).toBe(
      "Festival: Hung Kings' Commemoration Day. Its dates this year and in the years ahead, from the calendar of holidays and anniversaries of Thai Nguyen.",
    );
    const withSummary = { ...gioTo, data: { ...gioTo.data, summary: { en: 'The summary.' } } };
    expect(anniversaryDescription(withSummary, 'en', t)).toBe('The summary.');
  });
  it('gives every calendar year its own description, and an anniversary page a title of its own', () => {
    const year = (y: number) =>
      pageMeta({ kind: 'calendar', locale: 'en', url: `/en/calendar/${y}/`, year: y } as Route, t);
    expect(new Set([2025, 2026, 2027].map((y) => year(y).description)).size).toBe(3);
    const meta = pageMeta(
      { kind: 'anniversary', locale: 'en', url: '/en/anniversaries/gio-to/', anniversary: gioTo },
      t,
    );
    expect(meta.title).toBe("Hung Kings' Commemoration Day");
    expect(meta.headTitle).toBe("Hung Kings' Commemoration Day: dates by year");
  });
});
