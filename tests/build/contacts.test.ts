/**
 * Contacts on the built demo: the contact, press and organisation pages of every language show
 * the office's channel in that language; every public page's footer links to the organisation
 * and accessibility pages of its language and to its feeds; the GovernmentOrganization's
 * ContactPoints parse and carry only confirmed values; no placeholder value reaches any page,
 * while the content check still warns about each one.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { LOCALES, localeUrl } from '../../src/i18n/locales.ts';
import { checkContent } from '../../src/lib/content-checks.ts';
import { STAFF_URL } from '../../src/lib/staff-pages.ts';
import { parseSource } from '../../src/lib/source.ts';
import { contactSchema } from '../../src/schemas/contacts.ts';
import { demoDist, demoNow } from '../support/built-demo.ts';
import { readSite, type BuiltPage } from './support/site.ts';

const OFFICE = 'content/contacts/uy-ban-nhan-dan-tinh.yaml';
const office = contactSchema().parse(parseSource(OFFICE, readFileSync(OFFICE, 'utf8')).data);
const PORTAL = office.url!;

let pages: Map<string, BuiltPage>;
beforeAll(() => {
  pages = readSite(demoDist());
});
const page = (url: string) => {
  const p = pages.get(url);
  if (!p) throw new Error(`${url} was not built`);
  return p;
};
const localeOf = (p: BuiltPage) => LOCALES.find((l) => l.lang === p.$('html').attr('lang'));

describe('contact blocks', () => {
  for (const l of LOCALES) {
    it(`${l.code}: contact, press guide and organisation pages list the office in ${l.label}`, () => {
      for (const slug of ['contact', 'press-guide', 'co-quan-chu-quan']) {
        const { $ } = page(`${localeUrl(l.code)}${slug}/`);
        const card = $('section.contacts #contact-uy-ban-nhan-dan-tinh');
        expect(card.length, `${l.code} ${slug}`).toBe(1);
        expect(card.find('h3').text().trim()).toBe(office.name[l.code]);
        expect(card.find(`a[href="${PORTAL}"]`).length).toBe(1);
      }
      // The accessibility statement exists in every language, with the channel to report a problem.
      expect(page(`${localeUrl(l.code)}tiep-can/`).$('section.contacts li').length).toBeGreaterThan(0);
    });
  }
  it('does not show the contacts block on other pages', () => {
    expect(page(`${localeUrl('en')}about/`).$('section.contacts').length).toBe(0);
  });
});

describe('footer', () => {
  it('links every public page to its language’s organisation and accessibility pages, feeds and portal', () => {
    const publicPages = [...pages.values()].filter((p) => !p.url.startsWith(STAFF_URL) && localeOf(p));
    expect(publicPages.length).toBeGreaterThan(100);
    for (const p of publicPages) {
      const home = localeUrl(localeOf(p)!.code);
      const footer = p.$('footer.site-footer');
      for (const href of [
        `${home}co-quan-chu-quan/`,
        `${home}tiep-can/`,
        `${home}rss.xml`,
        `${home}calendar.ics`,
        PORTAL,
      ])
        expect(footer.find(`a[href="${href}"]`).length, `${p.url} → ${href}`).toBe(1);
      expect(footer.find('.footer-legal').text(), p.url).toMatch(new RegExp(`© ${demoNow().getFullYear()}`));
    }
  });
});

describe('structured data', () => {
  it('gives the GovernmentOrganization ContactPoints with confirmed values only, in every language', () => {
    for (const l of LOCALES) {
      const { $ } = page(`${localeUrl(l.code)}contact/`);
      const blocks = $('script[type="application/ld+json"]')
        .toArray()
        .map((s) => JSON.parse($(s).text()) as { '@type': string; contactPoint?: Record<string, string>[] });
      const org = blocks.find((b) => b['@type'] === 'GovernmentOrganization');
      expect(org?.contactPoint, l.code).toBeDefined();
      expect(org!.contactPoint).toContainEqual(
        expect.objectContaining({ '@type': 'ContactPoint', name: office.name[l.code], url: PORTAL }),
      );
      for (const point of org!.contactPoint!) {
        expect(point['telephone'] ?? '').not.toMatch(/^\+840/);
        expect(point['email'] ?? '').not.toMatch(/\.example$/);
      }
    }
  });
});

describe('placeholders', () => {
  it('never reach a page: no reserved phone or e-mail anywhere in the built site', () => {
    for (const p of pages.values()) {
      const hrefs = p
        .$('a[href^="tel:"], a[href^="mailto:"]')
        .toArray()
        .map((a) => p.$(a).attr('href')!);
      for (const href of hrefs) expect(href, p.url).not.toMatch(/^tel:\+840|@[^?]*\.(example|invalid|test)\b/);
      expect(p.$.html(), p.url).not.toMatch(/lienhe@thainguyen\.example|gopy@thainguyen\.example|\+84 000/);
    }
  });
  it('are warned about by the content check, and the demo content has no contact error', async () => {
    const { problems } = await checkContent('content', { now: demoNow() });
    const contacts = problems.filter((p) => p.file.includes('content/contacts/'));
    expect(contacts.filter((p) => p.severity === 'error')).toEqual([]);
    const officeWarnings = contacts.filter((p) => p.file.endsWith('uy-ban-nhan-dan-tinh.yaml'));
    expect(officeWarnings.map((p) => [p.severity, p.field])).toEqual([
      ['warning', 'phone'],
      ['warning', 'email'],
    ]);
  });
});
