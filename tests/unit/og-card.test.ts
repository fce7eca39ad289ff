import { describe, expect, it } from 'vitest';
import sharp from 'sharp';
import { renderCard, renderCardSvg, type CardInput } from '../../src/lib/og-card.ts';
import { selectFontFaces, type FontFace } from '../../src/lib/og-fonts.ts';

const colors = { accent: '#a3201b', tea: '#2d6a3e' };
const cards = {
  vi: {
    ...colors,
    lang: 'vi',
    siteName: 'Tỉnh Thái Nguyên',
    kicker: 'Di sản',
    title: 'Khu di tích lịch sử ATK Định Hóa',
  },
  zh: { ...colors, lang: 'zh-Hans', siteName: '越南太原省', kicker: '文化遗产', title: '太原省的茶文化与安全区' },
  ko: {
    ...colors,
    lang: 'ko',
    siteName: '베트남 타이응우옌성',
    kicker: '유산',
    title: '타이응우옌 녹차와 안전지대 유적',
  },
  long: {
    ...colors,
    lang: 'vi',
    siteName: 'Tỉnh Thái Nguyên',
    title:
      'Hội nghị xúc tiến đầu tư, thương mại và du lịch tỉnh Thái Nguyên năm 2025 với sự tham gia của các đoàn doanh nghiệp đến từ Hàn Quốc, Nhật Bản, Trung Quốc và nhiều quốc gia, vùng lãnh thổ khác trong khu vực châu Á – Thái Bình Dương',
  },
} satisfies Record<string, CardInput>;

/** Satori draws text as <path> data, and nothing at all for a glyph it has no font for. */
const pathData = (svg: string) => [...svg.matchAll(/ d="([^"]*)"/g)].reduce((n, m) => n + (m[1]?.length ?? 0), 0);

/** Path data the title adds to the card, per character of the title. */
async function titleInkPerChar(card: CardInput): Promise<number> {
  const withTitle = pathData(await renderCardSvg(card));
  const without = pathData(await renderCardSvg({ ...card, title: '' }));
  return (withTitle - without) / [...card.title.replace(/\s/g, '')].length;
}

describe('selectFontFaces', () => {
  const families = (text: string, lang: string) =>
    new Set(selectFontFaces([{ text, weight: 700 }], lang).faces.map((f) => f.family));

  it('uses only Be Vietnam Pro for Vietnamese, Korean subsets for Hangul, Chinese subsets for Han', () => {
    expect(families(cards.vi.title, 'vi')).toEqual(new Set(['Be Vietnam Pro']));
    // The spaces between Korean words come from Be Vietnam Pro, like any Latin character.
    expect(families(cards.ko.title, 'ko')).toEqual(new Set(['Be Vietnam Pro', 'Noto Sans KR']));
    expect(families('타이응우옌', 'vi')).toEqual(new Set(['Noto Sans KR']));
    expect(families(cards.zh.title, 'zh-Hans')).toEqual(new Set(['Noto Sans SC']));
    // Latin inside CJK text keeps the site's typeface.
    expect(families('ATK 安全区', 'zh-Hans')).toEqual(new Set(['Be Vietnam Pro', 'Noto Sans SC']));
  });

  it.each(['vi', 'zh', 'ko'] as const)('loads just the subsets that hold the characters of a card (%s)', (name) => {
    const card = cards[name];
    const runs = [
      { text: card.title, weight: 700 as const },
      { text: `${card.siteName} ${card.kicker}`, weight: 400 as const },
    ];
    const { faces, uncovered } = selectFontFaces(runs, card.lang);
    expect(uncovered).toEqual([]);
    const covers = (f: FontFace, ch: string) =>
      f.ranges.some(([lo, hi]) => ch.codePointAt(0)! >= lo && ch.codePointAt(0)! <= hi);
    for (const { text, weight } of runs) {
      // Every character has a face of its weight…
      for (const ch of text)
        expect(
          faces.some((f) => f.weight === weight && covers(f, ch)),
          ch,
        ).toBe(true);
    }
    // …and every face loaded is there for a character of the card.
    for (const f of faces)
      expect(
        runs.some((r) => r.weight === f.weight && [...r.text].some((ch) => covers(f, ch))),
        f.name,
      ).toBe(true);
  });

  it('gives each subset its own name, since satori keeps one font per family and weight', () => {
    const { faces } = selectFontFaces([{ text: cards.vi.title, weight: 700 }], 'vi');
    expect(faces.length).toBeGreaterThan(1);
    expect(new Set(faces.map((f) => `${f.name}|${f.weight}`)).size).toBe(faces.length);
  });

  it('reports characters no font covers', () => {
    expect(selectFontFaces([{ text: 'Trà ก ش', weight: 400 }], 'vi').uncovered).toEqual(['ก', 'ش']);
  });
});

describe('renderCard', () => {
  it.each(Object.entries(cards))('renders a 1200×630 JPEG (%s)', async (_name, card) => {
    const jpeg = await renderCard(card);
    const meta = await sharp(jpeg).metadata();
    expect(meta).toMatchObject({ format: 'jpeg', width: 1200, height: 630 });
    expect(jpeg.length).toBeLessThan(200_000);
  });

  it.each(['vi', 'zh', 'ko'] as const)('draws every glyph of the title (%s)', async (name) => {
    // A title rendered without its font adds no path data at all; real glyphs add hundreds of
    // characters each (measured: ~470 per Vietnamese letter, ~700 Hangul, ~1,150 Han).
    expect(await titleInkPerChar(cards[name])).toBeGreaterThan(200);
  });

  it('fails on a character without a font instead of leaving a gap', async () => {
    await expect(renderCard({ ...cards.vi, title: 'Trà Thái Lan (ชาไทย)' })).rejects.toThrow(/no font has "ช" U\+E0A/);
    // Emoji ranges are declared by the Chinese subsets, but they only draw a placeholder box.
    await expect(renderCard({ ...cards.vi, title: 'Trà 🍵 Tân Cương' })).rejects.toThrow(/no font has "🍵" U\+1F375/);
  });

  it('ignores invisible characters and normalises decomposed Vietnamese', async () => {
    const nfd = { ...cards.vi, title: 'Định\u200bHóa'.normalize('NFD') };
    expect(await titleInkPerChar(nfd)).toBeGreaterThan(200);
  });
});
