/**
 * Byte budgets per page type (gzip, deterministic), client JavaScript only where an issue allows
 * it, and every image sized and in a modern format. Measured figures are in the closing notes;
 * the budgets leave room for content to grow, not for a heavier framework.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { demoDist } from '../support/built-demo.ts';
import { templatePages } from '../support/templates.ts';

const DIST = demoDist();
const gz = (data: Buffer | string) => gzipSync(data).length;
const KB = 1024;
// Every page's CSS: 5 kB, plus the heading font's three unicode ranges (about 0.2 kB), which
// spare a Vietnamese or English page 7 kB of font.
const CSS = 5.5 * KB;
/** [HTML, CSS, JS] budgets in gzip bytes. */
const BUDGETS: Record<string, [number, number, number]> = {
  home: [12 * KB, CSS, 0],
  list: [12 * KB, CSS, 0],
  article: [12 * KB, CSS, 1 * KB],
  rebuttal: [12 * KB, CSS, 1 * KB],
  heritage: [12 * KB, CSS, 1 * KB],
  product: [12 * KB, CSS, 1 * KB],
  sovereignty: [12 * KB, CSS, 1 * KB],
  partner: [12 * KB, CSS, 1 * KB],
  page: [12 * KB, CSS, 1 * KB],
  anniversaries: [12 * KB, CSS, 0],
  anniversary: [8 * KB, CSS, 0],
  calendar: [12 * KB, CSS, 0],
  search: [6 * KB, CSS, 4 * KB],
  notFound: [4 * KB, CSS, 0],
};

function weigh(file: string) {
  const html = readFileSync(file);
  const $ = load(html.toString());
  const css = $('link[rel=stylesheet]')
    .toArray()
    .reduce((n, el) => n + gz(readFileSync(`${DIST}${$(el).attr('href')}`)), 0);
  const js = $('script')
    .toArray()
    .filter((el) => $(el).attr('type') !== 'application/ld+json')
    .reduce(
      (n, el) => n + ($(el).attr('src') ? gz(readFileSync(`${DIST}${$(el).attr('src')}`)) : gz($(el).html() ?? '')),
      0,
    );
  return { html: gz(html), css, js, $ };
}

describe('page budgets', () => {
  it.each(templatePages().map((t) => [t.template, t.locale, t.url, t.file] as const))(
    '%s (%s, %s) stays within its HTML, CSS and JS budget',
    (template, _locale, _url, file) => {
      const [html, css, js] = BUDGETS[template]!;
      const w = weigh(file);
      expect(w.html).toBeLessThanOrEqual(html);
      expect(w.css).toBeLessThanOrEqual(css);
      expect(w.js).toBeLessThanOrEqual(js);
    },
  );
});

describe('images', () => {
  it('every picture offers AVIF and WebP; every image has a size and a modern format or a fallback', () => {
    let pictures = 0;
    for (const t of templatePages()) {
      const { $ } = weigh(t.file);
      for (const el of $('picture').toArray()) {
        const types = $(el)
          .find('source')
          .toArray()
          .map((s) => $(s).attr('type'));
        expect(types, t.url).toEqual(['image/avif', 'image/webp']);
        pictures++;
      }
      for (const el of $('img').toArray()) {
        const img = $(el);
        expect(Number(img.attr('width')) * Number(img.attr('height')), `${t.url} ${img.attr('src')}`).toBeGreaterThan(
          0,
        );
        const inPicture = img.parent().is('picture');
        if (!inPicture) expect(img.attr('src'), t.url).toMatch(/\.(svg|webp|avif)$/);
      }
    }
    expect(pictures).toBeGreaterThan(50);
  });
});

describe('search index', () => {
  // A first search downloads the chunks that hold its words, stored compressed as sent.
  // Pagefind's default chunks are 20–50 kB each; scripts/search-index.ts asks for smaller ones.
  it('every index chunk is small, so a query downloads kilobytes of index, not tens of kilobytes', () => {
    const dir = `${DIST}/pagefind/index`;
    const sizes = readdirSync(dir).map((f) => statSync(`${dir}/${f}`).size);
    expect(sizes.length).toBeGreaterThan(40);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(10 * KB);
  });
});
