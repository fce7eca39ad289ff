/**
 * Open Graph social cards (1200×630 JPEG): satori lays the card out as SVG, sharp rasterises it.
 * Fonts are chosen per card from the characters it uses (og-fonts.ts), so one renderer serves
 * Vietnamese, English, Chinese and Korean.
 */
import satori from 'satori';
import sharp from 'sharp';
import { loadFontData, selectFontFaces, type TextRun } from './og-fonts.ts';
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

const { width: CARD_WIDTH, height: CARD_HEIGHT } = OG_CARD;

// The page palette of src/styles/global.css (light scheme), so a card looks like the site.
const INK = '#1f1d1a';
const MUTED = '#57524b';
const PAPER = '#fbf8f3';
const PAD_X = 80;
const TITLE_LINE_HEIGHT = 1.22;
const TITLE_STEPS = [
  { size: 72, lines: 3 },
  { size: 62, lines: 3 },
  { size: 54, lines: 4 },
  { size: 48, lines: 4 },
] as const;

/**
 * Rough width of a text in em at the title weight. Satori cannot report whether text overflowed,
 * so the size is chosen beforehand; lineClamp adds the ellipsis when the estimate was too kind.
 */
function emWidth(text: string): number {
  let em = 0;
  for (const ch of text) {
    if (/[\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u303f\uff00-\uffef]/u.test(ch))
      em += 1;
    else if (ch === ' ') em += 0.26;
    else if (/[ijlft.,:;'!|()[\]“”‘’]/.test(ch)) em += 0.34;
    else if (/[\p{Lu}\p{Nd}mw]/u.test(ch)) em += 0.72;
    else em += 0.6;
  }
  return em;
}

function titleStep(title: string, lang: string): (typeof TITLE_STEPS)[number] {
  // Lines end at word boundaries, and Korean keeps whole words (keep-all), so lines run short.
  const fill = /^ko\b/i.test(lang) ? 0.82 : 0.9;
  const em = emWidth(title);
  const fits = (s: (typeof TITLE_STEPS)[number]) =>
    Math.ceil((em * s.size) / ((CARD_WIDTH - 2 * PAD_X) * fill)) <= s.lines;
  return TITLE_STEPS.find(fits) ?? TITLE_STEPS[TITLE_STEPS.length - 1]!;
}

const clean = (s: string | undefined) => (s ?? '').normalize('NFC').replace(/\s+/g, ' ').trim();

interface Node {
  type: string;
  props: { style?: Record<string, string | number>; lang?: string; children?: string | (Node | null)[] };
}
const div = (style: Record<string, string | number>, children?: string | (Node | null)[]): Node => ({
  type: 'div',
  props: children === undefined ? { style } : { style, children },
});

function cardTree(card: CardInput, title: string, siteName: string, kicker: string, fontFamily: string): Node {
  const step = titleStep(title, card.lang);
  const clamp = { display: 'block', overflow: 'hidden', textOverflow: 'ellipsis' } as const;
  const page = { backgroundColor: PAPER, color: INK, fontFamily, fontWeight: 400 };
  const root = div({ ...page, display: 'flex', flexDirection: 'column', width: '100%', height: '100%' }, [
    div({ height: 18, backgroundColor: card.accent }),
    div({ display: 'flex', flexDirection: 'column', flexGrow: 1, padding: `44px ${PAD_X}px 52px` }, [
      div({ display: 'flex', alignItems: 'center' }, [
        // A leaf in tea green: the province's tea, without borrowing the official emblem.
        div({ width: 30, height: 30, borderRadius: '0 50%', backgroundColor: card.tea, marginRight: 18 }),
        div({ ...clamp, lineClamp: 1, fontSize: 34, color: MUTED }, siteName),
      ]),
      div({ display: 'flex', flexDirection: 'column', flexGrow: 1, justifyContent: 'center' }, [
        div({ width: 96, height: 6, backgroundColor: card.tea, marginBottom: 22 }),
        kicker ? div({ ...clamp, lineClamp: 1, fontSize: 30, color: card.tea, marginBottom: 12 }, kicker) : null,
        div(
          {
            ...clamp,
            lineClamp: step.lines,
            fontSize: step.size,
            fontWeight: 700,
            lineHeight: TITLE_LINE_HEIGHT,
            wordBreak: /^ko\b/i.test(card.lang) ? 'keep-all' : 'normal',
            overflowWrap: 'anywhere',
            // Avoids a lone word on the last line; 'balance' would balance the clamped-off text too.
            textWrap: 'pretty',
          },
          title,
        ),
      ]),
    ]),
    div({ height: 10, backgroundColor: card.tea }),
  ]);
  root.props.lang = card.lang;
  return root;
}

/**
 * The card as SVG (text drawn as paths). Throws when a character has no glyph in the bundled
 * fonts, e.g. an emoji, rather than publishing a card with silently missing letters.
 */
export async function renderCardSvg(card: CardInput): Promise<string> {
  const title = clean(card.title);
  const siteName = clean(card.siteName);
  const kicker = clean(card.kicker);
  // The ellipsis is listed because lineClamp may add one to any of the lines.
  const runs: TextRun[] = [
    { text: title, weight: 700 },
    { text: `${siteName}${kicker}…`, weight: 400 },
    { text: '…', weight: 700 },
  ];
  const { faces, uncovered } = selectFontFaces(runs, card.lang);
  const missing = new Set(uncovered);
  const fonts = await Promise.all(
    faces.map(async (f) => ({ name: f.name, weight: f.weight, style: 'normal' as const, data: await loadFontData(f) })),
  );
  const fontFamily = [...new Set(faces.map((f) => `'${f.name}'`))].join(', ');
  // satori reads plain { type, props } objects; its parameter is typed as React's ReactNode, which
  // means React's own element type whenever @types/react is installed (the CMS brings it in).
  const tree = cardTree(card, title, siteName, kicker, fontFamily) as unknown as Parameters<typeof satori>[0];
  const svg = await satori(tree, {
    width: CARD_WIDTH,
    height: CARD_HEIGHT,
    fonts,
    // Satori asks for more only when no font has a glyph, and for every emoji (which would be tofu).
    loadAdditionalAsset: (_code, segment) => {
      // Invisible characters (zero-width space, joiners) have no glyph to miss.
      for (const ch of segment) if (ch.trim() && !/\p{Default_Ignorable_Code_Point}/u.test(ch)) missing.add(ch);
      return Promise.resolve([]);
    },
  });
  if (missing.size > 0) {
    const list = [...missing].map((ch) => `"${ch}" U+${ch.codePointAt(0)!.toString(16).toUpperCase()}`).join(', ');
    throw new Error(`og-card: no font has ${list} (card "${title || siteName}")`);
  }
  return svg;
}

/**
 * The card as a JPEG: 30–80 kB at quality 82 for these flat colours. Without optimised Huffman
 * coding the file is about a quarter larger but encodes in a third of the time (6 vs 17 ms).
 */
export async function renderCard(card: CardInput): Promise<Buffer> {
  const svg = await renderCardSvg(card);
  return sharp(Buffer.from(svg)).jpeg({ quality: 82, optimiseCoding: false }).toBuffer();
}
