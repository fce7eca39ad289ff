/**
 * Feeds, sitemap, structured data and images of the built demo site, read with real parsers:
 * RSS and the sitemap contain exactly the published pages, JSON-LD carries each type's required
 * fields, every <img> has width, height and alt.
 */
import { existsSync, readFileSync } from 'node:fs';
import { XMLParser } from 'fast-xml-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { getLocale, localeFromUrl, LOCALES } from '../../src/i18n/locales.ts';
import { siteConfig } from '../../src/site.config.ts';
import { demoDist } from '../support/built-demo.ts';
import { readSite, sitePath, type BuiltPage } from './support/site.ts';

const DIST = process.env.DEMO_DIST ?? 'dist';
const xml = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  isArray: (name) => ['item', 'url', 'xhtml:link', 'sitemap'].includes(name),
});
let pages: Map<string, BuiltPage>;
const isDetail = (url: string) =>
  /^\/((en|zh|ko)\/)?(articles|heritage|products|sovereignty|partners)\/[a-z0-9-]+\/$/.test(url);

beforeAll(() => {
  pages = readSite(demoDist());
});

interface Channel {
  language: string;
  item: { link: string; pubDate: string }[];
}
type SitemapUrl = { loc: string; 'xhtml:link'?: { '@hreflang': string; '@href': string }[] };
interface ProductPageLd {
  '@type': string;
  about: { '@type': string; certificationRating?: { ratingValue: number } }[];
  aggregateRating?: unknown;
  review?: unknown;
}

describe('RSS', () => {
  for (const l of LOCALES) {
    const path = `${l.path ? `${l.path}/` : ''}rss.xml`;
    it(`${path} parses and lists only published entries of its language, newest first`, () => {
      const feed = xml.parse(readFileSync(`${DIST}/${path}`, 'utf8')) as { rss: { channel: Channel } };
      const channel = feed.rss.channel;
      expect(channel.language).toBe(l.lang);
      const items = channel.item;
      expect(items.length).toBeGreaterThan(10);
      for (const item of items) {
        const url = sitePath(item.link, siteConfig.url);
        expect(pages.has(url), url).toBe(true);
        expect(localeFromUrl(url)).toBe(l.code);
      }
      const dates = items.map((i) => Date.parse(i.pubDate));
      expect([...dates].sort((a, b) => b - a)).toEqual(dates);
      const detail = [...pages.keys()].filter((u) => isDetail(u) && localeFromUrl(u) === l.code).length;
      expect(items.length).toBe(Math.min(50, detail));
    });
  }
  it('is linked from every page head', () => {
    for (const page of pages.values()) {
      expect(page.$('link[rel=alternate][type="application/rss+xml"]').attr('href'), page.url).toMatch(/\/rss\.xml$/);
    }
  });
});

describe('sitemap', () => {
  const index = () =>
    (xml.parse(readFileSync(`${DIST}/sitemap-index.xml`, 'utf8')) as { sitemapindex: { sitemap: { loc: string }[] } })
      .sitemapindex.sitemap;
  const urls = () =>
    index().flatMap(
      (s) =>
        (xml.parse(readFileSync(`${DIST}${new URL(s.loc).pathname}`, 'utf8')) as { urlset: { url: SitemapUrl[] } })
          .urlset.url as {
          loc: string;
          'xhtml:link'?: { '@hreflang': string; '@href': string }[];
        }[],
    );
  it('lists exactly the indexable pages (every built page but the 404s and the search pages)', () => {
    const listed = urls()
      .map((u) => sitePath(u.loc, siteConfig.url))
      .sort();
    const expected = [...pages.keys()].filter((u) => !/(^|\/)404\/?$|\/search\/$/.test(u)).sort();
    expect(listed).toEqual(expected);
  });
  it('gives hreflang alternates that exist, link back, and an x-default', () => {
    let checked = 0;
    const byUrl = new Map(urls().map((u) => [sitePath(u.loc, siteConfig.url), u]));
    for (const [url, u] of byUrl) {
      const links = u['xhtml:link'] ?? [];
      if (links.length === 0) continue;
      expect(links.filter((l) => l['@hreflang'] === 'x-default')).toHaveLength(1);
      for (const link of links.filter((l) => l['@hreflang'] !== 'x-default')) {
        const target = sitePath(link['@href'], siteConfig.url);
        expect(pages.get(target)?.$('html').attr('lang'), `${url} → ${target}`).toBe(link['@hreflang']);
        expect((byUrl.get(target)?.['xhtml:link'] ?? []).map((l) => sitePath(l['@href'], siteConfig.url))).toContain(
          url,
        );
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(500);
  });
  it('is named in robots.txt', () => {
    expect(readFileSync(`${DIST}/robots.txt`, 'utf8')).toContain(`Sitemap: ${siteConfig.url}/sitemap-index.xml`);
  });
});

/** Required properties per JSON-LD type, after Google's structured-data documentation. */
const REQUIRED: Record<string, string[]> = {
  GovernmentOrganization: ['name', 'url'],
  BreadcrumbList: ['itemListElement'],
  NewsArticle: ['headline', 'datePublished', 'author', 'publisher', 'image'],
  Article: ['headline', 'datePublished', 'author'],
  ClaimReview: ['claimReviewed', 'reviewRating', 'author', 'url'],
  ItemPage: ['name', 'about'],
  Event: ['name', 'startDate', 'location'],
  LandmarksOrHistoricalBuildings: ['name', 'address'],
  AdministrativeArea: ['name'],
  WebPage: ['name'],
};

describe('structured data', () => {
  it('parses on every page and carries each type’s required fields', () => {
    const seen = new Set<string>();
    for (const page of pages.values()) {
      for (const el of page.$('script[type="application/ld+json"]').toArray()) {
        const data = JSON.parse(page.$(el).html() ?? '') as Record<string, unknown>;
        expect(data['@context'], page.url).toBe('https://schema.org');
        const types = ([] as string[]).concat(data['@type'] as string);
        for (const type of types) {
          seen.add(type);
          for (const field of REQUIRED[type] ?? []) expect(data[field], `${page.url} ${type}.${field}`).toBeDefined();
        }
      }
    }
    expect([...seen].sort()).toEqual(
      expect.arrayContaining([
        'BreadcrumbList',
        'ClaimReview',
        'Event',
        'GovernmentOrganization',
        'LandmarksOrHistoricalBuildings',
        'ItemPage',
        'NewsArticle',
        'TouristAttraction',
      ]),
    );
  });
  it('expresses the OCOP rating as a certification, not as reviews (and claims no Product rich result)', () => {
    const page = pages.get('/en/products/che-tom-non-hao-dat/')!;
    const product = page
      .$('script[type="application/ld+json"]')
      .toArray()
      .map((el) => JSON.parse(page.$(el).html()!) as ProductPageLd)
      .find((d) => d['@type'] === 'ItemPage')!;
    const certification = product.about.find((a) => a['@type'] === 'Certification')!;
    expect(certification.certificationRating?.ratingValue).toBe(5);
    expect(product.aggregateRating).toBeUndefined();
    expect(product.review).toBeUndefined();
  });
});

describe('images', () => {
  it('every <img> has width, height and non-empty alt (decorative ones alt="")', () => {
    let count = 0;
    for (const page of pages.values()) {
      for (const el of page.$('img').toArray()) {
        const img = page.$(el);
        expect(Number(img.attr('width')), `${page.url} ${img.attr('src')}`).toBeGreaterThan(0);
        expect(Number(img.attr('height')), `${page.url} ${img.attr('src')}`).toBeGreaterThan(0);
        expect(img.attr('alt'), `${page.url} ${img.attr('src')}`).toBeDefined();
        if (!img.attr('src')?.endsWith('emblem.svg'))
          expect(img.attr('alt')!.trim().length, `${page.url} ${img.attr('src')}`).toBeGreaterThan(0);
        count++;
      }
    }
    expect(count).toBeGreaterThan(400);
  });
  it('serves covers as AVIF and WebP with a fallback, eager on detail pages, lazy in lists', () => {
    const detail = pages.get('/heritage/atk-dinh-hoa/')!;
    const picture = detail.$('figure.cover picture');
    expect(picture.find('source[type="image/avif"]').attr('srcset')).toMatch(/\.avif/);
    expect(picture.find('source[type="image/webp"]').attr('srcset')).toMatch(/\.webp/);
    expect(picture.find('img').attr('loading')).toBe('eager');
    expect(picture.find('img').attr('fetchpriority')).toBe('high');
    expect(pages.get('/heritage/')!.$('picture img').first().attr('loading')).toBe('lazy');
  });
});

describe('social cards and sharing', () => {
  it('every indexable page has an Open Graph image that exists, og:locale and its alternates', () => {
    for (const page of pages.values()) {
      if (/(^|\/)404\/?$|\/search\/$/.test(page.url)) continue;
      const image = page.$('meta[property="og:image"]').attr('content')!;
      expect(existsSync(`${DIST}${new URL(image).pathname}`), `${page.url} → ${image}`).toBe(true);
      expect(page.$('meta[property="og:locale"]').attr('content')).toBe(getLocale(localeFromUrl(page.url)).ogLocale);
      expect(page.$('meta[name="twitter:card"]').attr('content')).toBe('summary_large_image');
    }
    expect(pages.get('/en/heritage/den-duom/')!.$('meta[property="og:locale:alternate"]').length).toBe(3);
  });
  it('offers share links and a QR code of the page on detail pages', () => {
    const ko = pages.get('/ko/heritage/den-duom/')!;
    expect(ko.$('.share-links a[data-network=facebook]').attr('href')).toContain(
      encodeURIComponent(`${siteConfig.url}/ko/heritage/den-duom/`),
    );
    expect(ko.$('.share-qr svg path').length).toBeGreaterThan(0);
    expect(pages.get('/zh/heritage/den-duom/')!.$('.share-links a[data-network=weibo]').length).toBe(1);
  });
});
