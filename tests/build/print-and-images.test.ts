/**
 * Issue 14, items 4 and 6, in the built site: the stylesheet every page links has print rules
 * that hide the header chrome and keep the QR code; card images offer candidates for dense
 * phone and desktop screens (a 390 px phone at 3× needs about 1,100 device pixels).
 */
import { readFileSync } from 'node:fs';
import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { demoDist } from '../support/built-demo.ts';
import { templatePages } from '../support/templates.ts';

const DIST = demoDist();
const pages = templatePages();

/** The body of every `@media print { … }` block of a stylesheet, braces matched. */
function printBlocks(css: string): string[] {
  const blocks: string[] = [];
  for (const m of css.matchAll(/@media\s*print\s*\{/g)) {
    let depth = 1;
    let i = m.index + m[0].length;
    const start = i;
    for (; i < css.length && depth > 0; i++) depth += css[i] === '{' ? 1 : css[i] === '}' ? -1 : 0;
    blocks.push(css.slice(start, i - 1));
  }
  return blocks;
}

/** Selectors of the rules in a block that set `display: none`. */
function hiddenSelectors(block: string): string[] {
  return [...block.matchAll(/([^{}]+)\{([^{}]*)\}/g)]
    .filter(([, , body]) => /display\s*:\s*none/.test(body!))
    .flatMap(([, selectors]) => selectors!.split(',').map((s) => s.trim()));
}

describe('print stylesheet', () => {
  const sheets = new Set(
    pages.flatMap((p) =>
      load(readFileSync(p.file, 'utf8'))('link[rel=stylesheet]')
        .toArray()
        .map((el) => el.attribs['href']!),
    ),
  );
  const css = [...sheets].map((href) => readFileSync(`${DIST}${href}`, 'utf8')).join('\n');
  const hidden = printBlocks(css).flatMap(hiddenSelectors);

  it('is linked from every page and hides the menu, switcher, search, share buttons and footer links', () => {
    expect(sheets.size).toBeGreaterThan(0);
    for (const selector of ['.lang-switcher', '.header-search', '.nav-row', '.share-links', '.site-footer nav'])
      expect(hidden, selector).toContain(selector);
  });

  it('keeps the QR code, the page address and the brand', () => {
    for (const kept of ['.share', '.share-qr', '.share-url', '.site-header', '.brand'])
      expect(hidden, kept).not.toContain(kept);
    expect(css).toMatch(/@page\s*\{[^}]*size\s*:\s*A4/);
  });
});

describe('card images', () => {
  it('offer a candidate of at least 800 px in every format, with sizes, on every list and home page', () => {
    let cards = 0;
    for (const p of pages.filter((t) => t.template === 'home' || t.template === 'list')) {
      const $ = load(readFileSync(p.file, 'utf8'));
      for (const img of $('img.card-image, img.lead-image').toArray()) {
        const picture = $(img).parent('picture');
        const sets = [...picture.find('source').toArray(), img].map((el) => $(el).attr('srcset') ?? '');
        for (const srcset of sets) {
          const widths = [...srcset.matchAll(/\s(\d+)w(?:,|$)/g)].map((m) => Number(m[1]));
          expect(Math.max(0, ...widths), `${p.url} ${srcset}`).toBeGreaterThanOrEqual(800);
        }
        expect($(img).attr('sizes'), p.url).toMatch(/vw/);
        cards++;
      }
    }
    expect(cards).toBeGreaterThan(40);
  });
});
