/**
 * Social cards are rendered at the end of the Astro build, from its manifest, by a pool of
 * workers (src/integrations/social-cards.ts): every page's card is a real 1200×630 JPEG in its own language, and
 * the manifest itself never reaches the site.
 */
import { existsSync, readFileSync } from 'node:fs';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { siteConfig } from '../../src/site.config.ts';
import { demoDist } from '../support/built-demo.ts';
import { readSite, type BuiltPage } from './support/site.ts';

const DIST = demoDist();
let pages: Map<string, BuiltPage>;
beforeAll(() => {
  pages = readSite(DIST);
});

describe('social cards', () => {
  it('leaves no job manifest in the output', () => {
    expect(existsSync(`${DIST}/og/cards.json`)).toBe(false);
  });
  it('gives every page that names a card a 1200×630 JPEG, one per language', async () => {
    const cards = new Set<string>();
    for (const page of pages.values()) {
      const image = page.$('meta[property="og:image"]').attr('content');
      if (image) cards.add(image.replace(siteConfig.url, ''));
    }
    expect(cards.size).toBeGreaterThan(400);
    for (const prefix of ['/og/index.jpg', '/og/en/', '/og/zh/', '/og/ko/'])
      expect(
        [...cards].some((c) => c.startsWith(prefix)),
        prefix,
      ).toBe(true);
    for (const card of cards) {
      const file = `${DIST}${card}`;
      expect(existsSync(file), card).toBe(true);
      const { format, width, height } = await sharp(readFileSync(file)).metadata();
      expect([format, width, height], card).toEqual(['jpeg', 1200, 630]);
    }
  });
});
