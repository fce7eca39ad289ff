/**
 * JSON-LD for every page, typed with schema-dts: the publishing office, breadcrumbs, and the
 * page's own thing (NewsArticle, ClaimReview, a landmark, a Product with its OCOP rating as a
 * certification, an Event for an anniversary's next occurrence). Pure: URLs and labels in.
 */
import type {
  AdministrativeArea,
  BreadcrumbList,
  ClaimReview,
  Event,
  GovernmentOrganization,
  LandmarksOrHistoricalBuildings,
  Product,
  Thing,
  WebPage,
  WithContext,
} from 'schema-dts';
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
}

/** `thing` with the schema.org `@context`: the form a page's `<script type="application/ld+json">` needs. */
const withContext = <T extends Thing>(thing: T) =>
  ({ '@context': 'https://schema.org', ...(thing as object) }) as WithContext<T>;

export function organization(c: LdContext): WithContext<GovernmentOrganization> {
  return withContext<GovernmentOrganization>({
    '@type': 'GovernmentOrganization',
    name: c.office,
    url: c.absolute('/'),
    logo: c.absolute(iconUrl('icon-512')),
    areaServed: c.locality,
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
          author: publisher,
          // 1 of 5: false. The verdict in words is the alternateName.
          reviewRating: {
            '@type': 'Rating',
            ratingValue: 1,
            bestRating: 5,
            worstRating: 1,
            alternateName: claim.verdict,
          },
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
      const d = entry.data;
      return [
        withContext<Product>({
          '@type': 'Product',
          ...common,
          category: d.category,
          manufacturer: { '@type': 'Organization', name: d.producer.name },
          hasCertification: {
            '@type': 'Certification',
            name: 'OCOP (One Commune One Product)',
            certificationRating: { '@type': 'Rating', ratingValue: d.stars, bestRating: 5, worstRating: 1 },
            issuedBy: {
              '@type': 'GovernmentOrganization',
              name: d.stars === 5 ? 'Government of Viet Nam (central OCOP council)' : c.locality,
            },
            validFrom: String(d.certifiedYear),
            ...(d.validUntil ? { expires: d.validUntil } : {}),
          },
        }),
      ];
    }
    case 'partners':
      return [
        withContext<AdministrativeArea>({
          '@type': 'AdministrativeArea',
          ...common,
          name: entry.data.region,
          containedInPlace: { '@type': 'Country', name: entry.data.country },
        }),
      ];
    case 'pages':
      return [withContext<WebPage>({ '@type': 'WebPage', ...common })];
    case 'sovereignty':
      return [article('Article')];
  }
}

export function occurrenceEvent(
  name: string,
  description: string | undefined,
  o: Occurrence,
  url: string,
  c: LdContext,
): WithContext<Event> {
  return withContext<Event>({
    '@type': 'Event',
    name,
    ...(description ? { description } : {}),
    startDate: o.date,
    endDate: o.date,
    eventStatus: 'https://schema.org/EventScheduled',
    eventAttendanceMode: 'https://schema.org/MixedEventAttendanceMode',
    location: {
      '@type': 'Place',
      name: c.locality,
      address: { '@type': 'PostalAddress', addressRegion: c.locality, addressCountry: 'VN' },
    },
    organizer: { '@type': 'GovernmentOrganization', name: c.office, url: c.absolute('/') },
    url: c.absolute(url),
    inLanguage: c.lang,
  });
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
