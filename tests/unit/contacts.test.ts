/**
 * Contact channels: placeholders are recognised and never reach a visitor (page, footer or
 * JSON-LD), confirmed values get working `tel:`/`mailto:` links, and the content gate warns about
 * every placeholder (and refuses a page that does not exist) on a tiny fixture.
 */
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content-checks.ts';
import {
  contactCard,
  contactPoints,
  contactProblems,
  footerContact,
  isPlaceholderEmail,
  isPlaceholderPhone,
  isPlaceholderUrl,
  pageContacts,
  type Contact,
} from '../../src/lib/contacts.ts';
import { lastUpdated } from '../../src/lib/site-footer.ts';
import { buildSiteModel } from '../../src/lib/site-model.ts';
import { organization, type LdContext } from '../../src/lib/structured-data.ts';
import { contactSchema } from '../../src/schemas/contacts.ts';
import { entry, NOW } from './fixtures.ts';

const names = (vi: string) => ({ vi, en: `${vi} (en)`, zh: `${vi} (zh)`, ko: `${vi} (ko)` });
const contact = (id: string, data: Record<string, unknown>): Contact => ({
  id,
  data: contactSchema().parse({ role: 'office', name: names(id), ...data }),
});

const office = contact('office', {
  order: 1,
  phone: '+84 24 0000 0000',
  email: 'lienhe@thainguyen.example',
  url: 'https://thainguyen.gov.vn',
  address: names('Thái Nguyên'),
  pages: ['contact'],
  footer: true,
});
const press = contact('press', {
  role: 'press',
  order: 2,
  email: 'press@example.org',
  pages: ['contact', 'press-guide'],
});
const unconfirmed = contact('unconfirmed', {
  order: 0,
  url: 'https://thainguyen.gov.vn',
  pages: ['contact'],
  placeholder: true,
  footer: true,
});
const draft = contact('draft', { url: 'https://thainguyen.gov.vn', pages: ['contact'], draft: true });
const all = [press, unconfirmed, draft, office];

describe('placeholders', () => {
  it('recognises reserved example values and nothing real', () => {
    expect(isPlaceholderPhone('+84 000 000 000')).toBe(true);
    expect(isPlaceholderPhone('+84 24 0000 0000')).toBe(false);
    expect(isPlaceholderEmail('lienhe@thainguyen.example')).toBe(true);
    expect(isPlaceholderEmail('a@example.org')).toBe(true);
    expect(isPlaceholderEmail('lienhe@thainguyen.gov.vn')).toBe(false);
    expect(isPlaceholderUrl('https://www.example.com/x')).toBe(true);
    expect(isPlaceholderUrl('https://thainguyen.gov.vn')).toBe(false);
    // A real domain that merely contains the word is not reserved.
    expect(isPlaceholderUrl('https://example-province.gov.vn')).toBe(false);
  });
  it('hides placeholder values from the card and keeps confirmed ones, with working links', () => {
    const card = contactCard(office, 'en');
    expect(card.email).toBeUndefined();
    expect(card.phone).toEqual({ label: '+84 24 0000 0000', href: 'tel:+842400000000' });
    expect(card.url).toEqual({ label: 'thainguyen.gov.vn', href: 'https://thainguyen.gov.vn' });
    expect(card.name).toBe('office (en)');
    expect(card.address).toBe('Thái Nguyên (en)');
  });
  it('rejects a phone number without its country code', () => {
    expect(contactSchema().safeParse({ role: 'office', name: names('x'), phone: '0208 385 5000' }).success).toBe(false);
  });
});

describe('what a page and the footer show', () => {
  it('lists the channels naming the page, in order, never unconfirmed, drafts or unreachable ones', () => {
    expect(pageContacts(all, 'contact', 'vi').map((c) => c.id)).toEqual(['office']);
    // `press` has only a placeholder e-mail left: nothing to reach, so no card.
    expect(pageContacts(all, 'press-guide', 'vi')).toEqual([]);
    expect(pageContacts(all, 'about', 'vi')).toEqual([]);
  });
  it('puts the first confirmed footer channel in the footer', () => {
    expect(footerContact(all, 'ko')?.id).toBe('office');
    expect(footerContact([unconfirmed, draft], 'ko')).toBeUndefined();
  });
});

describe('the footer', () => {
  it('dates the language edition by its newest published change, never a scheduled one', () => {
    const model = buildSiteModel(
      {
        articles: [
          entry('vi/a', { publishAt: new Date('2025-03-01T00:00:00Z'), updatedAt: new Date('2025-08-20T00:00:00Z') }),
          entry('vi/later', { publishAt: new Date('2025-12-01T00:00:00Z') }),
          entry('en/a', { publishAt: new Date('2025-02-01T00:00:00Z') }),
        ],
      },
      [],
      NOW,
      [office, unconfirmed],
    );
    expect(lastUpdated(model, 'vi')).toEqual(new Date('2025-08-20T00:00:00Z'));
    expect(lastUpdated(model, 'en')).toEqual(new Date('2025-02-01T00:00:00Z'));
    expect(lastUpdated(model, 'ko')).toBeUndefined();
    expect(model.contacts.map((c) => c.id)).toEqual(['office']);
  });
});

describe('ContactPoint JSON-LD', () => {
  it('carries reachable channels only, with no placeholder value', () => {
    const points = contactPoints(all.map((c) => contactCard(c, 'en')));
    expect(points).toContainEqual({
      '@type': 'ContactPoint',
      contactType: 'customer service',
      name: 'office (en)',
      telephone: '+842400000000',
      url: 'https://thainguyen.gov.vn',
    });
    expect(JSON.stringify(points)).not.toMatch(/example/);
    const ld: LdContext = {
      absolute: (p) => new URL(p, 'https://site.test').href,
      lang: 'en',
      office: 'Office',
      locality: 'TN',
      falseLabel: 'False',
    };
    expect(organization(ld, points)).toMatchObject({ '@type': 'GovernmentOrganization', contactPoint: points });
    expect(organization(ld)).not.toHaveProperty('contactPoint');
  });
});

describe('content check', () => {
  it('warns per placeholder, errors on an unknown page, says nothing about drafts', () => {
    const found = contactProblems('c.yaml', unconfirmed.data, new Set(['about']));
    expect(found.map((p) => [p.severity, p.field])).toEqual([
      ['warning', undefined],
      ['error', 'pages'],
    ]);
    expect(contactProblems('o.yaml', office.data, new Set(['contact'])).map((p) => [p.severity, p.field])).toEqual([
      ['warning', 'email'],
    ]);
    expect(contactProblems('d.yaml', draft.data, new Set())).toEqual([]);
  });

  it('reports them from the content gate on a fixture, with every other file clean', async () => {
    const dir = 'tests/fixtures/content-contacts';
    const { problems } = await checkContent(dir, { now: new Date('2026-01-01T00:00:00Z') });
    const seen = problems.map((p) => `${p.severity} ${p.file.replace(`${dir}/`, '')} [${p.field ?? ''}]`).sort();
    expect(seen).toEqual([
      'error contacts/chua-xac-nhan.yaml [pages]',
      'warning contacts/chua-xac-nhan.yaml []',
      'warning contacts/so-tam.yaml [email]',
      'warning contacts/so-tam.yaml [phone]',
    ]);
    expect(problems.find((p) => p.field === 'phone')?.message).toContain('+84 000 000 000');
  });
});
