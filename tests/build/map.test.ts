/**
 * Where it is (issue 14, item 3) on the built demo: the province map with its national inset on
 * the heritage list and the about page in every language, drawn from our own data with nothing
 * fetched, and "open in maps" links in each language's map services.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { LOCALES, localeUrl } from '../../src/i18n/locales.ts';
import { useTranslations } from '../../src/i18n/ui.ts';
import { mapLinks } from '../../src/lib/map-links.ts';
import { listUrl } from '../../src/lib/routing.ts';
import { siteConfig } from '../../src/site.config.ts';
import { demoDist } from '../support/built-demo.ts';
import { readSite, type BuiltPage } from './support/site.ts';

let pages: Map<string, BuiltPage>;
beforeAll(() => {
  pages = readSite(demoDist());
});
const page = (url: string) => {
  const p = pages.get(url);
  if (!p) throw new Error(`no page ${url}`);
  return p;
};

describe.each(LOCALES.map((l) => l.code))('the map in %s', (code) => {
  const t = useTranslations(code);
  for (const [what, url] of [
    ['heritage list', listUrl(code, 'heritage')],
    ['about page', localeUrl(code, 'about')],
  ] as const) {
    it(`is on the ${what}, with Hoàng Sa and Trường Sa labelled as Viet Nam's in the inset`, () => {
      const { $ } = page(url);
      const map = $('section.province-map');
      expect(map).toHaveLength(1);
      const svgs = map.find('svg[role="img"]');
      expect(svgs).toHaveLength(2);
      expect(svgs.first().find('title').text()).toBe(t('map.title'));
      const archipelagos = map.find('.province-map__inset [data-archipelago]');
      const lines = archipelagos.toArray().map((g) =>
        $(g)
          .find('tspan')
          .map((_, line) => $(line).text().trim())
          .get(),
      );
      expect(lines).toEqual([
        [t('map.hoangSa'), t('map.ofVietnam')],
        [t('map.truongSa'), t('map.ofVietnam')],
      ]);
      for (const g of archipelagos.toArray()) {
        expect($(g).find('circle.map-vietnam').length).toBeGreaterThanOrEqual(6);
      }
    });
    it(`on the ${what}, requests nothing: no external URL, image or script in the SVG`, () => {
      const html = page(url).$('section.province-map svg').toString();
      expect(html).not.toMatch(/https?:|\/\/|<image|<script|<use|\sstyle=/i);
    });
  }
  it('numbers the heritage sites with coordinates, each listed with a link that resolves', () => {
    const { $ } = page(listUrl(code, 'heritage'));
    const markers = $('.province-map .map-marker text')
      .map((_, el) => $(el).text().trim())
      .get();
    const items = $('.province-map__list li');
    expect(markers.length).toBeGreaterThanOrEqual(3);
    expect(items.map((_, li) => $(li).attr('value')).get()).toEqual(markers);
    for (const a of items.find('a').toArray()) expect(pages.has($(a).attr('href')!), $(a).attr('href')).toBe(true);
  });
});

describe('practical fields', () => {
  it.each(LOCALES.map((l) => l.code))('%s: opening hours and how to get there in the facts table', (code) => {
    const t = useTranslations(code);
    const { $ } = page(localeUrl(code, 'heritage', 'den-duom'));
    const labels = $('dl.facts dt')
      .map((_, dt) => $(dt).text().trim())
      .get();
    expect(labels).toEqual(expect.arrayContaining([t('visit.hours'), t('visit.access')]));
  });
});

describe('open in maps', () => {
  it.each(LOCALES.map((l) => l.code))('%s: the language’s services, pointing at the site’s coordinates', (code) => {
    const { $ } = page(localeUrl(code, 'heritage', 'ho-ba-be'));
    const name = $('h1').first().text().trim();
    const expected = mapLinks(code, { lat: 22.4, lng: 105.6, name }, new URL(siteConfig.url).host).map((l) => l.url);
    expect(
      $('[data-map-links] a')
        .map((_, a) => $(a).attr('href'))
        .get(),
    ).toEqual(expected);
  });
  it('shows no map links on a heritage page without coordinates', () => {
    expect(page(localeUrl('en', 'heritage', 'thuc-hanh-then')).$('[data-map-links]')).toHaveLength(0);
  });
});
