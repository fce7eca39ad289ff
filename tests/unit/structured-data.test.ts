/** JSON-LD shapes that real clients read: checked with Google's rules (Adobe's validator) and by hand. */
import Validator from '@adobe/structured-data-validator';
import { describe, expect, it } from 'vitest';
import type { Occurrence } from '../../src/lib/anniversaries.ts';
import { buildSiteModel, type Entry } from '../../src/lib/site-model.ts';
import { anniversaryThing, entryThing, type LdContext } from '../../src/lib/structured-data.ts';
import { entry, NOW } from './fixtures.ts';

const c: LdContext = {
  absolute: (path) => new URL(path, 'https://example.gov.vn').href,
  lang: 'en',
  office: 'People’s Committee',
  locality: 'Thai Nguyen Province',
  image: 'https://example.gov.vn/og/x.jpg',
  falseLabel: 'False',
};
const next: Occurrence = { id: 'hoi', date: '2026-02-26', weight: 'regular' };
const model = buildSiteModel(
  {
    products: [
      entry('en/tea', {
        stars: 5,
        certifiedYear: 2023,
        validUntil: '2026-05-01',
        category: 'drinks',
        commune: 'Tan Cuong',
        producer: { name: 'Hao Dat cooperative' },
      }),
    ],
    articles: [
      entry('en/rebuttal', {
        kind: 'rebuttal',
        claim: { statement: 'A false claim.', verdict: 'False: the record says…' },
      }),
    ],
    partners: [
      entry('en/gb', { country: 'KR', region: 'Gyeongsangbuk-do', relationship: 'memorandum', agreements: [] }),
    ],
  },
  [],
  NOW,
);
const one = (collection: 'products' | 'articles' | 'partners', slug: string) =>
  model.entries(collection, 'en').find((e) => e.slug === slug) as Entry;
type Ld = Record<string, unknown> & { '@type': string };
/** A block as plain JSON, the way a client reads it. */
const plain = (thing: object) => thing as unknown as Ld;

async function googleErrors(items: object[]) {
  const jsonld: Record<string, unknown[]> = {};
  for (const d of items as Ld[]) (jsonld[d['@type']] ??= []).push(structuredClone(d));
  return (await new Validator().validate({ jsonld })).filter((i) => i.severity === 'ERROR');
}

describe('products', () => {
  it('is an ItemPage about the product and its OCOP certification: no Product rich result claimed', async () => {
    const [page] = entryThing(one('products', 'tea'), '/en/products/tea/', c) as Ld[];
    expect(page!['@type']).toBe('ItemPage');
    expect(JSON.stringify(page)).not.toMatch(/"Product"|"offers"/);
    expect(page!.about).toEqual([
      expect.objectContaining({ '@type': 'Thing', name: 'Title en/tea' }),
      expect.objectContaining({
        '@type': 'Certification',
        certificationRating: { '@type': 'Rating', ratingValue: 5, bestRating: 5, worstRating: 1 },
        validFrom: '2023',
        expires: '2026-05-01',
      }),
    ]);
    expect(page!.mentions).toEqual({ '@type': 'Organization', name: 'Hao Dat cooperative' });
    expect(await googleErrors([page!])).toEqual([]);
  });
});

describe('rebuttals', () => {
  it('rate the claim with the short label, review the Claim, and keep the verdict as the body', () => {
    const review = entryThing(one('articles', 'rebuttal'), '/en/articles/rebuttal/', c).find(
      (d) => (d as Ld)['@type'] === 'ClaimReview',
    ) as Ld;
    expect(review).toMatchObject({
      claimReviewed: 'A false claim.',
      itemReviewed: { '@type': 'Claim', text: 'A false claim.' },
      reviewRating: { alternateName: 'False', ratingValue: 1 },
      reviewBody: 'False: the record says…',
    });
  });
});

describe('partners', () => {
  it('name the country in the page language, with its ISO code as the identifier', () => {
    const [area] = entryThing(one('partners', 'gb'), '/en/partners/gb/', c) as Ld[];
    expect(area!.containedInPlace).toEqual({ '@type': 'Country', name: 'South Korea', identifier: 'KR' });
    const [ko] = entryThing(one('partners', 'gb'), '/ko/partners/gb/', { ...c, lang: 'ko' }) as Ld[];
    expect((ko!.containedInPlace as { name: string }).name).toBe('대한민국');
  });
});

describe('anniversaries', () => {
  const festival = { name: 'Long Tong', description: 'The festival.', category: 'festival' as const, visitors: true };
  it('makes a festival visitors attend an Event in person, at the heritage site that keeps it', async () => {
    const place = {
      name: 'Ba Be Lake',
      commune: 'Nam Mau',
      url: '/en/heritage/ho-ba-be/',
      coordinates: { lat: 22.4, lng: 105.6 },
    };
    const event = plain(anniversaryThing(festival, next, '/en/anniversaries/hoi/', c, place));
    expect(event).toMatchObject({
      '@type': 'Event',
      startDate: '2026-02-26',
      image: c.image,
      description: 'The festival.',
      eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
      location: {
        '@type': 'Place',
        name: 'Ba Be Lake',
        url: 'https://example.gov.vn/en/heritage/ho-ba-be/',
        address: { addressLocality: 'Nam Mau', addressCountry: 'VN' },
        geo: { latitude: 22.4, longitude: 105.6 },
      },
    });
    expect(await googleErrors([event])).toEqual([]);
    const somewhere = plain(anniversaryThing(festival, next, '/en/anniversaries/hoi/', c));
    expect(somewhere.location).toMatchObject({ name: 'Thai Nguyen Province' });
  });
  it('describes a national day, or a festival not known to be open to visitors, as a page about that day', () => {
    for (const a of [
      { ...festival, category: 'national' as const },
      { ...festival, visitors: undefined },
    ]) {
      const page = plain(anniversaryThing(a, next, '/en/anniversaries/x/', c));
      expect(page['@type']).toBe('WebPage');
      expect(page.about).toEqual({ '@type': 'Thing', name: 'Long Tong' });
    }
    expect(plain(anniversaryThing(festival, undefined, '/en/anniversaries/x/', c))['@type']).toBe('WebPage');
  });
});
