/** The demo data and the engine together: what the 2025 provincial plan asks for. */
import { describe, expect, it } from 'vitest';
import { occurrencesInYear } from '../../src/lib/anniversaries.ts';
import { loadContent } from '../../src/lib/content-validate.ts';

const { anniversaries } = loadContent('content');

describe('2025 in the demo data', () => {
  const year = occurrencesInYear(anniversaries, 2025);
  const find = (id: string) => year.find((o) => o.id === id);
  it('yields the five major anniversaries of Kế hoạch 30/KH-UBND (item II.4)', () => {
    expect(
      [
        find('thanh-lap-dang'),
        find('ngay-sinh-chu-tich-ho-chi-minh'),
        find('cong-an-nhan-dan'),
        find('ngay-hoi-toan-dan-bao-ve-an-ninh'),
        find('giai-phong-mien-nam'),
        find('quoc-khanh'),
      ].map((o) => [o?.date, o?.ordinal, o?.weight]),
    ).toEqual([
      ['2025-02-03', 95, 'round'],
      ['2025-05-19', 135, 'round'],
      ['2025-08-19', 80, 'major'],
      ['2025-08-19', 20, 'major'],
      ['2025-04-30', 50, 'greatest'],
      ['2025-09-02', 80, 'major'],
    ]);
  });
  it('converts the lunar festivals of the province', () => {
    expect(find('tet-nguyen-dan')?.date).toBe('2025-01-29');
    expect(find('gio-to-hung-vuong')?.date).toBe('2025-04-07');
    expect(find('le-hoi-den-duom')?.date).toBe('2025-02-03');
    expect(find('le-hoi-long-tong-atk-dinh-hoa')?.date).toBe('2025-02-07');
  });
});
