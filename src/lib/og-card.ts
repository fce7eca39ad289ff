/**
 * Open Graph social cards (1200×630 JPEG) in the site's look: a frame of flat shapes (drawn once
 * per palette), the site name and section (set once per text), and the title, the only part set
 * for each card. Text is set by Pango (og-text.ts) in fonts chosen from the characters it uses
 * (og-fonts.ts), so one renderer serves Vietnamese, English, Chinese and Korean.
 */
import sharp from 'sharp';
import { fontFamilies, selectFontFaces, type TextRun } from './og-fonts.ts';
import { registerFaces, setText, type SetText } from './og-text.ts';
import { OG_CARD } from './site-urls.ts';

export interface CardInput {
  readonly title: string;
  /** The locality, e.g. "Tỉnh Thái Nguyên". */
  readonly siteName: string;
  /** A short line above the title, e.g. the section name. */
  readonly kicker?: string;
  /** BCP-47 tag of the card's language. */
  readonly lang: string;
  readonly accent: string;
  readonly tea: string;
}

const { width: W, height: H } = OG_CARD;

// The page palette of src/styles/global.css (light scheme), so a card looks like the site.
const INK = '#1f1d1a';
const MUTED = '#57524b';
const PAPER = '#fbf8f3';
const PAD_X = 80;
const TEXT_WIDTH = W - 2 * PAD_X;
const TOP = 18 + 44; // accent band, padding
const BOTTOM = 10 + 52; // tea band, padding
const HEADER = 42; // the site-name row
const BAR = 6 + 22; // the short tea bar above the section name, and its margin
const TITLE_STEPS = [
  { size: 72, lines: 3 },
  { size: 62, lines: 3 },
  { size: 54, lines: 4 },
  { size: 48, lines: 4 },
] as const;
const LINE = 1.22;

const clean = (s: string | undefined) => (s ?? '').normalize('NFC').replace(/\s+/g, ' ').trim();
const isKorean = (lang: string) => /^ko\b/i.test(lang);

/** The bands, the leaf and the bar: plain shapes, rasterised once per palette. */
function frame(accent: string, tea: string): Promise<Buffer> {
  // A leaf in tea green (a square with two round corners): the province's tea, not its emblem.
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}">
<rect width="${W}" height="${H}" fill="${PAPER}"/><rect width="${W}" height="18" fill="${accent}"/>
<rect y="${H - 10}" width="${W}" height="10" fill="${tea}"/>
<path d="M${PAD_X} ${TOP + 6}h15a15 15 0 0 1 15 15v15h-15a15 15 0 0 1 -15 -15z" fill="${tea}"/></svg>`;
  return sharp(Buffer.from(svg)).removeAlpha().raw().toBuffer();
}

const memo = new Map<string, Promise<unknown>>();
function once<T>(key: string, make: () => Promise<T>): Promise<T> {
  let value = memo.get(key) as Promise<T> | undefined;
  if (!value) {
    value = make();
    value.catch(() => memo.delete(key));
    memo.set(key, value);
  }
  return value;
}

/** Rough width in em at the title weight, to start at the size most likely to fit. */
function emWidth(text: string): number {
  let em = 0;
  for (const ch of text) {
    if (/[\p{Script=Han}\p{Script=Hangul}\u3000-\u303f\uff00-\uffef]/u.test(ch)) em += 1;
    else if (ch === ' ') em += 0.26;
    else if (/[ijlft.,:;'!|()[\]“”‘’]/.test(ch)) em += 0.34;
    else if (/[\p{Lu}\p{Nd}mw]/u.test(ch)) em += 0.72;
    else em += 0.6;
  }
  return em;
}

/**
 * The title at the largest size whose lines fit; a title too long even for the smallest size is
 * scaled down to fit four lines rather than cut off.
 */
export async function cardTitle(text: string, lang: string, families: string[]): Promise<SetText> {
  const fill = isKorean(lang) ? 0.82 : 0.9;
  const start = TITLE_STEPS.findIndex((s) => Math.ceil((emWidth(text) * s.size) / (TEXT_WIDTH * fill)) <= s.lines);
  const block = { text, lang, families, weight: 700 as const, width: TEXT_WIDTH, keepWords: isKorean(lang) };
  // No size fits by the estimate: try the smallest, then scale down.
  for (const step of TITLE_STEPS.slice(start === -1 ? TITLE_STEPS.length - 1 : start)) {
    const set = await setText({ ...block, size: step.size, lineHeight: step.size * LINE });
    if (set.lines <= step.lines) return set;
  }
  const last = TITLE_STEPS[TITLE_STEPS.length - 1]!;
  return setText(
    { ...block, size: last.size, lineHeight: last.size * LINE },
    Math.floor(last.size * LINE * last.lines),
  );
}

/** One line of small text (site name, section), shrunk to fit the width when it is too long. */
async function line(text: string, lang: string, families: string[], size: number): Promise<SetText> {
  const block = {
    text,
    lang,
    families,
    weight: 400 as const,
    size,
    lineHeight: Math.round(size * 1.2),
    width: TEXT_WIDTH - 48,
  };
  const set = await setText(block);
  return set.lines <= 1 ? set : setText(block, block.lineHeight);
}

const rgb = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));

/**
 * Paints a text mask in one colour onto the card's RGB pixels (coverage-weighted, as Cairo blends
 * glyph edges). A plain loop: libvips' general composite converts the whole card to floating
 * point and took 9 ms a layer, longer than setting the text.
 */
function paint(pixels: Buffer, set: SetText, color: string, left: number, top: number): void {
  const [r, g, b] = rgb(color) as [number, number, number];
  const y0 = Math.round(top);
  for (let y = 0; y < set.height && y0 + y < H; y++) {
    for (let x = 0; x < set.width && left + x < W; x++) {
      const a = set.mask[y * set.width + x]!;
      if (a === 0) continue;
      // (p·(255 − a) + ink·a) / 255, rounded, in integers.
      const o = ((y0 + y) * W + left + x) * 3;
      const na = 255 - a;
      pixels[o] = ((pixels[o]! * na + r * a + 127) / 255) | 0;
      pixels[o + 1] = ((pixels[o + 1]! * na + g * a + 127) / 255) | 0;
      pixels[o + 2] = ((pixels[o + 2]! * na + b * a + 127) / 255) | 0;
    }
  }
}

function fill(pixels: Buffer, color: string, left: number, top: number, width: number, height: number): void {
  const ink = rgb(color);
  for (let y = Math.round(top); y < Math.round(top) + height; y++)
    for (let x = left; x < left + width; x++) for (let c = 0; c < 3; c++) pixels[(y * W + x) * 3 + c] = ink[c]!;
}

/**
 * The card as a JPEG: 30–80 kB at quality 82 for these flat colours. Throws when a character has
 * no font, e.g. an emoji, rather than publishing a card with a gap or a box in its title.
 */
export async function renderCard(card: CardInput): Promise<Buffer> {
  const [text, siteName, kicker] = [clean(card.title), clean(card.siteName), clean(card.kicker)];
  const parts: TextRun[] = [
    { text, weight: 700 },
    { text: `${siteName}${kicker}`, weight: 400 },
  ];
  const { faces, uncovered } = selectFontFaces(parts, card.lang);
  if (uncovered.length > 0) {
    const list = uncovered.map((ch) => `"${ch}" U+${ch.codePointAt(0)!.toString(16).toUpperCase()}`).join(', ');
    throw new Error(`og-card: no font has ${list} (card "${text || siteName}")`);
  }
  await registerFaces(faces);
  const families = fontFamilies(card.lang, [text, siteName, kicker]);
  const [base, head, section, main] = await Promise.all([
    once(`frame|${card.accent}|${card.tea}`, () => frame(card.accent, card.tea)),
    once(`line|${card.lang}|${siteName}|34`, () => line(siteName, card.lang, families, 34)),
    kicker ? once(`line|${card.lang}|${kicker}|30`, () => line(kicker, card.lang, families, 30)) : undefined,
    text ? cardTitle(text, card.lang, families) : undefined,
  ]);
  // The bar, section name and title are centred together in the space below the header, as
  // the page's own heading block would be.
  const block = BAR + (section ? section.height + 12 : 0) + (main?.height ?? 0);
  const middle = TOP + HEADER;
  let y = middle + Math.max(0, (H - BOTTOM - middle - block) / 2);
  // A card-sized buffer used again and again: a fresh 2.3 MB one cost 3 ms a card in page faults.
  const pixels = scratch.pop() ?? Buffer.allocUnsafe(base.length);
  base.copy(pixels);
  paint(pixels, head, MUTED, PAD_X + 48, TOP + (HEADER - head.height) / 2);
  fill(pixels, card.tea, PAD_X, y, 96, 6);
  y += BAR;
  if (section) {
    paint(pixels, section, card.tea, PAD_X, y);
    y += section.height + 12;
  }
  if (main) paint(pixels, main, INK, PAD_X, y);
  try {
    return await sharp(pixels, { raw: { width: W, height: H, channels: 3 } })
      .jpeg({ quality: 82, optimiseCoding: false })
      .toBuffer();
  } finally {
    scratch.push(pixels);
  }
}

/** Free card buffers (one per card being encoded at the same time). */
const scratch: Buffer[] = [];
