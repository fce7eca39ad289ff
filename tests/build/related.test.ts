/**
 * No dead ends (issue 14, item 2): every detail page of every language (entries and
 * anniversaries) offers at least three related links, each to another built page of the same
 * language; entries of a section link to their neighbours; long pages have a table of contents.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { localeFromUrl, LOCALES } from '../../src/i18n/locales.ts';
import { demoDist } from '../support/built-demo.ts';
import { readSite, type BuiltPage } from './support/site.ts';

let pages: Map<string, BuiltPage>;
let details: BuiltPage[];
/** The path of a URL inside its language: `/en/heritage/x/` → `heritage/x`. */
const inLocale = (url: string) => {
  const parts = url.split('/').filter(Boolean);
  return (LOCALES.some((l) => l.path !== '' && l.path === parts[0]) ? parts.slice(1) : parts).join('/');
};
const isAnniversary = (url: string) => /^anniversaries\/[^/]+$/.test(inLocale(url));
/** The site's own pages (about, contact…) live one level down and have no section to walk. */
const isOwnPage = (url: string) => !inLocale(url).includes('/');
const hrefs = (page: BuiltPage, selector: string) =>
  page
    .$(selector)
    .toArray()
    .map((a) => page.$(a).attr('href')!);

beforeAll(() => {
  pages = readSite(demoDist());
  // Entry pages are the ones marked og:type "article"; anniversary pages sit at anniversaries/<id>/.
  details = [...pages.values()].filter(
    (p) => p.$('meta[property="og:type"]').attr('content') === 'article' || isAnniversary(p.url),
  );
});

describe('related links', () => {
  it('finds the detail pages of every language', () => {
    for (const l of LOCALES) {
      const own = details.filter((p) => localeFromUrl(p.url) === l.code);
      expect(own.filter((p) => isAnniversary(p.url)).length, l.code).toBeGreaterThan(20);
      expect(own.filter((p) => !isAnniversary(p.url)).length, l.code).toBeGreaterThan(40);
    }
  });
  it('gives every detail page at least 3 related links to other built pages of its language', () => {
    const problems: string[] = [];
    for (const page of details) {
      const links = hrefs(page, '.related-links a');
      if (links.length < 3) problems.push(`${page.url}: ${links.length} related links`);
      for (const href of links) {
        if (!pages.has(href)) problems.push(`${page.url}: ${href} is not a built page`);
        else if (localeFromUrl(href) !== localeFromUrl(page.url))
          problems.push(`${page.url}: ${href} is another language`);
        if (href === page.url) problems.push(`${page.url}: links to itself`);
      }
      if (new Set(links).size !== links.length) problems.push(`${page.url}: a related link twice`);
    }
    expect(problems).toEqual([]);
  });
  it('follows the explicit links both ways: a site, its festival, the articles about it', () => {
    for (const l of LOCALES) {
      const url = (...s: string[]) => `/${[l.path, ...s].filter(Boolean).join('/')}/`;
      const related = (u: string) => hrefs(pages.get(u)!, '.related-links a');
      expect(related(url('heritage', 'den-duom'))).toContain(url('anniversaries', 'le-hoi-den-duom'));
      expect(related(url('anniversaries', 'le-hoi-den-duom'))).toContain(url('heritage', 'den-duom'));
      expect(related(url('heritage', 'den-duom'))).toContain(url('articles', 'bac-bo-tin-don-atk-mat-xep-hang'));
      expect(related(url('partners', 'gyeongsangbuk-do'))).toContain(
        url('articles', 'thong-cao-20-nam-hop-tac-gyeongsangbuk-do'),
      );
      expect(related(url('products', 'che-tom-non-hao-dat'))).toContain(url('heritage', 'nghe-che-tan-cuong'));
    }
  });
});

describe('previous and next', () => {
  it('links every entry and anniversary of a section to a neighbour that is built', () => {
    const problems: string[] = [];
    for (const page of details.filter((p) => !isOwnPage(p.url))) {
      const links = [...hrefs(page, '.prev-next a[rel="prev"]'), ...hrefs(page, '.prev-next a[rel="next"]')];
      if (links.length === 0) problems.push(`${page.url}: no previous or next`);
      for (const href of links) {
        if (!pages.has(href)) problems.push(`${page.url}: ${href} is not a built page`);
        else if (href.split('/').slice(0, -2).join('/') !== page.url.split('/').slice(0, -2).join('/'))
          problems.push(`${page.url}: ${href} is in another section`);
      }
    }
    expect(problems).toEqual([]);
  });
  it('is symmetric: the next page of a page has it as its previous', () => {
    for (const page of details.filter((p) => !isOwnPage(p.url))) {
      const next = hrefs(page, '.prev-next a[rel="next"]')[0];
      if (next) expect(hrefs(pages.get(next)!, '.prev-next a[rel="prev"]'), next).toEqual([page.url]);
    }
  });
});

describe('table of contents', () => {
  it('lists the h2 headings of every body with three or more, and only those, each to its id', () => {
    let long = 0;
    for (const page of details) {
      const ids = page
        .$('.prose h2')
        .toArray()
        .map((h) => page.$(h).attr('id'));
      const toc = hrefs(page, '.toc a');
      if (ids.length >= 3) long++;
      expect(toc, page.url).toEqual(ids.length >= 3 ? ids.map((id) => `#${id}`) : []);
    }
    expect(long).toBeGreaterThan(40);
  });
});

describe('anniversary pages', () => {
  it('never link to themselves, and an occurrence without an ordinal has no empty ordinal column', () => {
    const anniversaries = details.filter((p) => isAnniversary(p.url));
    for (const page of anniversaries) {
      expect(hrefs(page, 'main a[href]'), page.url).not.toContain(page.url);
      page.$('.occurrence .ordinal').each((_, el) => {
        expect(page.$(el).text().trim(), page.url).not.toBe('');
      });
    }
    // Tết is kept by the lunar calendar and counts no years: its card is the name and date alone.
    const tet = pages.get('/en/anniversaries/tet-nguyen-dan/')!;
    expect(tet.$('.occurrence.no-ordinal').length).toBeGreaterThan(0);
  });
});
