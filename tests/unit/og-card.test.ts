import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import sharp from 'sharp';
import { cardTitle, renderCard, type CardInput } from '../../src/lib/og-card.ts';
import { fontFamilies, selectFontFaces, type FontFace } from '../../src/lib/og-fonts.ts';
import { keepWords, registerFaces, setText, trueTypeFile } from '../../src/lib/og-text.ts';

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

/** Dark pixels of a card (text in ink), counted on a greyscale copy. */
async function inkPixels(jpeg: Buffer): Promise<number> {
  const grey = await sharp(jpeg).greyscale().raw().toBuffer();
  return grey.reduce((n, v) => n + (v < 100 ? 1 : 0), 0);
}

/** The family (name ID 1) in a TrueType file's name table, read as the OpenType spec lays it out. */
function familyName(ttf: Buffer): string {
  const tables = ttf.readUInt16BE(4);
  for (let t = 0; t < tables; t++) {
    if (ttf.toString('latin1', 12 + t * 16, 16 + t * 16) !== 'name') continue;
    const table = ttf.readUInt32BE(20 + t * 16);
    const strings = table + ttf.readUInt16BE(table + 4);
    for (let r = 0; r < ttf.readUInt16BE(table + 2); r++) {
      const rec = table + 6 + r * 12;
      // Windows platform, Unicode BMP (UTF-16BE), US English, family name.
      if (ttf.readUInt16BE(rec) === 3 && ttf.readUInt16BE(rec + 4) === 0x409 && ttf.readUInt16BE(rec + 6) === 1) {
        const at = strings + ttf.readUInt16BE(rec + 10);
        return Buffer.from(ttf.subarray(at, at + ttf.readUInt16BE(rec + 8)))
          .swap16()
          .toString('utf16le');
      }
    }
  }
  return '';
}

/** Width of a text set in the given families, at one size. */
async function widthIn(text: string, lang: string, families: string[]): Promise<number> {
  const set = await setText({ text, lang, families, weight: 700, size: 40, lineHeight: 48, width: 2000 });
  return set.width;
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
        f.file,
      ).toBe(true);
  });

  it('reports characters no font covers, and emoji, which the Chinese subsets list but draw as a box', () => {
    expect(selectFontFaces([{ text: 'Trà ก ش 🍵 ©', weight: 400 }], 'vi').uncovered).toEqual(['ก', 'ش', '🍵']);
  });
});

describe('renderCard', () => {
  it.each(Object.entries(cards))('renders a 1200×630 JPEG (%s)', async (_name, card) => {
    const jpeg = await renderCard(card);
    const meta = await sharp(jpeg).metadata();
    expect(meta).toMatchObject({ format: 'jpeg', width: 1200, height: 630 });
    expect(jpeg.length).toBeLessThan(200_000);
  });

  it.each(['vi', 'zh', 'ko'] as const)(
    'hands Pango font files whose family is the one asked for (%s)',
    async (name) => {
      // Pango falls back to another font, silently, when a family name does not match a file.
      const card = cards[name];
      for (const face of selectFontFaces([{ text: card.title, weight: 700 }], card.lang).faces)
        expect(familyName(readFileSync(await trueTypeFile(face))), face.file).toBe(face.family);
    },
  );

  it('sets Latin text in Be Vietnam Pro, not a system fallback', async () => {
    const { title, lang } = cards.vi;
    await registerFaces(selectFontFaces([{ text: title, weight: 700 }], lang).faces);
    expect(await widthIn(title, lang, fontFamilies(lang, [title]))).not.toBe(
      await widthIn(title, lang, ['No Such Family']),
    );
  });

  it.each(['vi', 'zh', 'ko'] as const)('draws the title (%s)', async (name) => {
    const card = cards[name];
    expect(await inkPixels(await renderCard(card))).toBeGreaterThan(
      (await inkPixels(await renderCard({ ...card, title: '' }))) + 2000,
    );
  });

  it.each([
    ['many words', cards.long.title, 'vi'],
    ['one word longer than a line', 'x'.repeat(160), 'vi'],
    ['a Korean word longer than a line', '녹'.repeat(160), 'ko'],
  ])('keeps a title too long for four lines inside the card (%s)', async (_name, title, lang) => {
    const set = await cardTitle(title, lang, fontFamilies(lang, [title]));
    expect(set.height).toBeLessThanOrEqual(Math.ceil(48 * 1.22 * 4));
    expect(set.width).toBeLessThanOrEqual(1200 - 160);
  });

  it('keeps Korean words whole: a word joiner between the syllables of a word, none across spaces', () => {
    expect(keepWords('녹차와 안전지대')).toBe('녹\u2060차\u2060와 안\u2060전\u2060지\u2060대');
    expect(keepWords('ATK 안전')).toBe('ATK 안\u2060전');
  });

  it('fails on a character without a font instead of leaving a gap', async () => {
    await expect(renderCard({ ...cards.vi, title: 'Trà Thái Lan (ชาไทย)' })).rejects.toThrow(/no font has "ช" U\+E0A/);
    // Emoji ranges are declared by the Chinese subsets, but they only draw a placeholder box.
    await expect(renderCard({ ...cards.vi, title: 'Trà 🍵 Tân Cương' })).rejects.toThrow(/no font has "🍵" U\+1F375/);
  });

  it('ignores invisible characters and normalises decomposed Vietnamese', async () => {
    const nfc = await renderCard({ ...cards.vi, title: 'Định Hóa' });
    const nfd = await renderCard({ ...cards.vi, title: 'Định\u200b Hóa'.normalize('NFD') });
    expect(Math.abs((await inkPixels(nfd)) - (await inkPixels(nfc)))).toBeLessThan(50);
  });
});
