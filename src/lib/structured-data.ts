/**
 * JSON-LD for every page, typed with schema-dts: the publishing office, breadcrumbs, and the
 * page's own thing (NewsArticle, ClaimReview, a landmark, an ItemPage about an OCOP product with
 * its rating as a certification, an Event for a festival's next occurrence). Pure: URLs and
 * labels in. tests/build/real-clients.test.ts checks the output with Google's rules.
 */
import type {
  AdministrativeArea,
  BreadcrumbList,
  ClaimReview,
  ContactPoint,
  Event,
  GovernmentOrganization,
  ItemPage,
  LandmarksOrHistoricalBuildings,
  Thing,
  WebPage,
  WithContext,
} from 'schema-dts';
import type { AnniversaryData } from './anniversaries.ts';
import type { Occurrence } from './anniversaries.ts';
import { iconUrl } from './site-urls.ts';
import type { Entry } from './site-model.ts';

export interface LdContext {
  /** Absolute URL builder. */
  absolute: (path: string) => string;
  /** BCP-47 tag of the page. */
  lang: string;
  office: string;
  locality: string;
  /** Absolute URL of the page's main image (the cover or the social card). */
  image?: string | undefined;
  /** The short rating label of a rebuttal's ClaimReview in the page's language ("False"). */
  falseLabel: string;
}

/** `thing` with the schema.org `@context`: the form a page's `<script type="application/ld+json">` needs. */
const withContext = <T extends Thing>(thing: T) =>
  ({ '@context': 'https://schema.org', ...(thing as object) }) as WithContext<T>;

/** The publishing office, with its confirmed channels as ContactPoints (src/lib/contacts.ts). */
export function organization(
  c: LdContext,
  contactPoint: readonly ContactPoint[] = [],
): WithContext<GovernmentOrganization> {
  return withContext<GovernmentOrganization>({
    '@type': 'GovernmentOrganization',
    name: c.office,
    url: c.absolute('/'),
    logo: c.absolute(iconUrl('icon-512')),
    areaServed: c.locality,
    ...(contactPoint.length > 0 ? { contactPoint: [...contactPoint] } : {}),
  });
}

export function breadcrumbs(
  crumbs: { label: string; url?: string | undefined }[],
  pageUrl: string,
  c: LdContext,
): WithContext<BreadcrumbList> {
  return withContext<BreadcrumbList>({
    '@type': 'BreadcrumbList',
    itemListElement: crumbs.map((crumb, i) => ({
      '@type': 'ListItem',
      position: i + 1,
      name: crumb.label,
      item: c.absolute(crumb.url ?? pageUrl),
    })),
  });
}

const iso = (d: Date) => d.toISOString();

export function entryThing(entry: Entry, url: string, c: LdContext): WithContext<Thing>[] {
  const { data } = entry;
  const common = {
    name: data.title,
    description: data.description,
    url: c.absolute(url),
    inLanguage: c.lang,
    ...(c.image ? { image: c.image } : {}),
  };
  const publisher = { '@type': 'GovernmentOrganization' as const, name: c.office, url: c.absolute('/') };
  const article = (type: 'NewsArticle' | 'Article') =>
    withContext<Thing>({
      '@type': type,
      ...common,
      headline: data.title,
      datePublished: iso(data.publishAt),
      dateModified: iso(data.updatedAt ?? data.publishAt),
      author: publisher,
      publisher,
      mainEntityOfPage: c.absolute(url),
    });
  switch (entry.collection) {
    case 'articles': {
      const { claim } = entry.data;
      if (entry.data.kind !== 'rebuttal' || !claim) return [article('NewsArticle')];
      return [
        article('NewsArticle'),
        withContext<ClaimReview>({
          '@type': 'ClaimReview',
          url: c.absolute(url),
          inLanguage: c.lang,
          datePublished: iso(data.publishAt),
          claimReviewed: claim.statement,
          // The claim itself. Who made it and where is not in the content, so it is not said.
          itemReviewed: { '@type': 'Claim', text: claim.statement },
          author: publisher,
          // Every rebuttal rates its claim false: 1 of 5. Google shows `alternateName` as the
          // verdict label, so it is the catalogue's short word ("Sai", "False"); the verdict in
          // full is the review's body.
          reviewRating: {
            '@type': 'Rating',
            ratingValue: 1,
            bestRating: 5,
            worstRating: 1,
            alternateName: c.falseLabel,
          },
          reviewBody: claim.verdict,
        }),
      ];
    }
    case 'heritage': {
      const { type, location } = entry.data;
      if (type === 'intangible') return [article('Article')];
      const { coordinates } = location;
      return [
        withContext(
          bothTypes({
            '@type': 'LandmarksOrHistoricalBuildings',
            ...common,
            address: {
              '@type': 'PostalAddress',
              addressLocality: location.commune,
              addressRegion: c.locality,
              addressCountry: 'VN',
            },
            ...(coordinates
              ? { geo: { '@type': 'GeoCoordinates', latitude: coordinates.lat, longitude: coordinates.lng } }
              : {}),
          }),
        ),
      ];
    }
    case 'products': {
      // Not a schema.org Product: Google reads every Product as a candidate for its product
      // snippets and merchant listings, which require `offers`, `review` or `aggregateRating`
      // (https://developers.google.com/search/docs/appearance/structured-data/product-snippet).
      // The portal sells nothing and lists no prices or reviews, and inventing an offer is
      // against Google's rules, so the page is an ItemPage *about* the product (a plain Thing)
      // that claims no rich result; the OCOP rating stays, as the certification the page is
      // about too. The producer is named where schema.org has a place for it: the page mentions it.
      const d = entry.data;
      return [
        withContext<ItemPage>({
          '@type': 'ItemPage',
          ...common,
          about: [
            {
              '@type': 'Thing',
              name: data.title,
              description: data.description,
              ...(c.image ? { image: c.image } : {}),
            },
            {
              '@type': 'Certification',
              name: 'OCOP (One Commune One Product)',
              certificationRating: { '@type': 'Rating', ratingValue: d.stars, bestRating: 5, worstRating: 1 },
              issuedBy: {
                '@type': 'GovernmentOrganization',
                name: d.stars === 5 ? 'Government of Viet Nam (central OCOP council)' : c.locality,
              },
              // The content records the year of the rating only (no day is published for most):
              // an ISO 8601 year, not a made-up 1 January.
              validFrom: String(d.certifiedYear),
              ...(d.validUntil ? { expires: d.validUntil } : {}),
            },
          ],
          mentions: { '@type': 'Organization', name: d.producer.name },
        }),
      ];
    }
    case 'partners':
      return [
        withContext<AdministrativeArea>({
          '@type': 'AdministrativeArea',
          ...common,
          name: entry.data.region,
          // The country's name in the page's language; the ISO 3166 code stays as its identifier.
          containedInPlace: {
            '@type': 'Country',
            name: countryName(entry.data.country, c.lang),
            identifier: entry.data.country,
          },
        }),
      ];
    case 'pages':
      return [withContext<WebPage>({ '@type': 'WebPage', ...common })];
    case 'sovereignty':
      return [article('Article')];
  }
}

/** Where a festival is held: the heritage entry that keeps it (its `anniversary`), when there is one. */
export interface FestivalPlace {
  name: string;
  commune: string;
  /** Site path of the place's page. */
  url: string;
  coordinates?: { lat: number; lng: number } | undefined;
}

/**
 * An anniversary page's thing. Only a festival that visitors may attend (`visitors`, from a
 * cited source) is an Event: Google's event rich results are for events people go to, held at
 * a place. A national day, a diplomatic anniversary, an international day or a festival kept
 * across the country (Tết, Giỗ Tổ) is marked here but not held in the province as one event, so
 * claiming an Event located in Thái Nguyên would be false: its page is a WebPage about that day.
 */
export function anniversaryThing(
  a: { name: string; description: string; category: AnniversaryData['category']; visitors?: boolean | undefined },
  next: Occurrence | undefined,
  url: string,
  c: LdContext,
  place?: FestivalPlace,
): WithContext<Event> | WithContext<WebPage> {
  const common = {
    name: a.name,
    description: a.description,
    url: c.absolute(url),
    inLanguage: c.lang,
    ...(c.image ? { image: c.image } : {}),
  };
  if (a.category !== 'festival' || !a.visitors || !next)
    return withContext<WebPage>({ '@type': 'WebPage', ...common, about: { '@type': 'Thing', name: a.name } });
  const address = { '@type': 'PostalAddress' as const, addressRegion: c.locality, addressCountry: 'VN' };
  return withContext<Event>({
    '@type': 'Event',
    ...common,
    startDate: next.date,
    endDate: next.date,
    eventStatus: 'https://schema.org/EventScheduled',
    // Attended in person only: there is no online stream or place.
    eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
    location: place
      ? {
          '@type': 'Place',
          name: place.name,
          url: c.absolute(place.url),
          address: { ...address, addressLocality: place.commune },
          ...(place.coordinates
            ? { geo: { '@type': 'GeoCoordinates', latitude: place.coordinates.lat, longitude: place.coordinates.lng } }
            : {}),
        }
      : { '@type': 'Place', name: c.locality, address },
    organizer: { '@type': 'GovernmentOrganization', name: c.office, url: c.absolute('/') },
  });
}

/** A country's name in `lang` from its ISO 3166 code ("CN" → "China", "中国"…). */
function countryName(code: string, lang: string): string {
  return new Intl.DisplayNames([lang], { type: 'region' }).of(code) ?? code;
}

/**
 * A relic is both a historical building and a place visitors go: JSON-LD allows an array of
 * types, which schema-dts cannot express, so the landmark is typed as one and given both here.
 */
function bothTypes(landmark: LandmarksOrHistoricalBuildings): Thing {
  const types = ['LandmarksOrHistoricalBuildings', 'TouristAttraction'];
  return { ...(landmark as object), '@type': types } as unknown as Thing;
}

/** Serialised for a `<script type="application/ld+json">`: "<" escaped so text cannot close the tag. */
export function jsonLd(data: object): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
