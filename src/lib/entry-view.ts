/**
 * What the templates show of an entry: its card, its badge, and the facts of its detail page.
 * One `switch (entry.collection)` per question, on the typed entry union, so a renamed schema
 * field or a new enum value without its UI string is a compile error here, not a blank on a page.
 */
import type { ImageMetadata } from 'astro';
import { getLocale } from '../i18n/locales.ts';
import { enumLabel, type Translate } from '../i18n/ui.ts';
import { isoDay, toVnIso, vnCalendarDay } from './dates.ts';
import { formatCalendarDate, formatInstant } from './format.ts';
import { anniversaryUrl, entryUrl } from './routing.ts';
import { anniversaryName, type Entry, type SiteModel } from './site-model.ts';

export interface Badge {
  label: string;
  /** Set apart: a special national relic, a 5-star product, a rebuttal. */
  accent: boolean;
}
export interface CoverImage {
  src: ImageMetadata;
  alt: string;
  /** Caption and credit, as the hero image's figcaption shows them. */
  figcaption?: string | undefined;
}
export interface TimeLabel {
  /** Machine-readable value for `<time datetime>`. */
  iso: string;
  label: string;
}
export interface Card {
  url: string;
  title: string;
  description: string;
  badge?: Badge | undefined;
  cover?: CoverImage | undefined;
  published: TimeLabel;
}
export interface Link {
  url: string;
  label: string;
}
export interface EntryFacts {
  rows: [label: string, value: string][];
  shops: Link[];
  claim?: { statement: string; verdict: string } | undefined;
  anniversary?: Link | undefined;
  agreements: string[];
  evidence: { title: string; url?: string | undefined; date?: string | undefined }[];
}

/** The cover as astro:assets needs it; scripts outside Astro hold a path string and show none. */
export function coverImage(entry: Entry): CoverImage | undefined {
  const cover = entry.data.cover;
  if (!cover || typeof cover.src === 'string') return undefined;
  const figcaption = [cover.caption, cover.credit].filter(Boolean).join(' · ');
  return { src: cover.src, alt: cover.alt, figcaption: figcaption || undefined };
}

export function instant(date: Date, lang: string): TimeLabel {
  return { iso: toVnIso(date), label: formatInstant(date, lang) };
}

export function entryCard(entry: Entry, t: Translate): Card {
  return {
    url: entryUrl(entry),
    title: entry.data.title,
    description: entry.data.description,
    badge: entryBadge(entry, t),
    cover: coverImage(entry),
    published: instant(entry.data.publishAt, getLocale(entry.locale).lang),
  };
}

/** The one-glance label: relic ranking or heritage type, OCOP stars, article kind, topic, relationship. */
export function entryBadge(entry: Entry, t: Translate): Badge | undefined {
  switch (entry.collection) {
    case 'heritage': {
      const { ranking, type } = entry.data;
      return ranking
        ? { label: enumLabel(t, 'heritage.ranking.', ranking.level), accent: ranking.level === 'special-national' }
        : { label: enumLabel(t, 'heritage.type.', type), accent: false };
    }
    case 'products': {
      const { stars } = entry.data;
      return { label: `${'★'.repeat(stars)} ${t('product.stars', { count: stars })}`, accent: stars === 5 };
    }
    case 'articles':
      return { label: enumLabel(t, 'kind.', entry.data.kind), accent: entry.data.kind === 'rebuttal' };
    case 'sovereignty':
      return { label: enumLabel(t, 'sovereignty.topic.', entry.data.topic), accent: false };
    case 'partners':
      return { label: enumLabel(t, 'partner.relationship.', entry.data.relationship), accent: false };
    case 'pages':
      return undefined;
  }
}

/** The facts of a detail page: ranking and location, rating and producer, claim, documents. */
export function entryFacts(entry: Entry, model: SiteModel, t: Translate): EntryFacts {
  const lang = getLocale(entry.locale).lang;
  const facts: EntryFacts = { rows: [], shops: [], agreements: [], evidence: [] };
  const row = (label: string, value: string | undefined) => {
    if (value) facts.rows.push([label, value]);
  };
  switch (entry.collection) {
    case 'heritage': {
      const { location, ranking, visiting } = entry.data;
      row(t('heritage.location'), [location.commune, location.area].filter(Boolean).join(t('heritage.locationJoin')));
      if (ranking) {
        const ranked = [t('heritage.rankedIn', { year: ranking.year }), ranking.decision].filter(Boolean).join(' · ');
        row(enumLabel(t, 'heritage.ranking.', ranking.level), ranked);
      }
      row(t('visit.hours'), visiting?.hours);
      row(t('visit.fee'), visiting?.fee);
      row(t('visit.season'), visiting?.season);
      row(t('visit.access'), visiting?.access);
      row(t('heritage.visiting'), visiting?.notes);
      break;
    }
    case 'products': {
      const d = entry.data;
      row(t('product.stars', { count: d.stars }), t('product.certified', { year: d.certifiedYear }));
      if (d.validUntil) row(t('product.validity'), formatCalendarDate(d.validUntil, lang));
      row(t('product.producer'), d.producer.name);
      row(t('product.commune'), d.commune);
      row(t('product.category'), enumLabel(t, 'category.', d.category));
      row(t('product.packaging'), d.packaging);
      const contacts = [d.producer.phone, d.producer.email, d.producer.website].filter(Boolean);
      row(t('product.contact'), contacts.join(' · '));
      facts.shops = d.shops.map((s) => ({ url: s.url, label: s.platform }));
      break;
    }
    case 'articles': {
      const { claim, anniversary: id } = entry.data;
      facts.claim = claim;
      const anniversary = id ? model.anniversary(id) : undefined;
      if (anniversary) {
        const label = anniversaryName(anniversary, entry.locale);
        facts.anniversary = { url: anniversaryUrl(entry.locale, anniversary.id), label };
      }
      break;
    }
    case 'partners': {
      const { country, since, agreements } = entry.data;
      row(t('partner.country'), new Intl.DisplayNames([lang], { type: 'region' }).of(country) ?? country);
      row(t('partner.since'), since === undefined ? undefined : String(since));
      facts.agreements = agreements.map((a) => (a.year ? `${a.year}: ${a.title}` : a.title));
      break;
    }
    case 'sovereignty':
      facts.evidence = entry.data.evidence;
      break;
    case 'pages':
      break;
  }
  return facts;
}

/** `YYYY-MM-DD` of the entry's publication in Vietnam, for Pagefind's date sort. */
export function publishedDay(entry: Entry): string {
  return isoDay(vnCalendarDay(entry.data.publishAt));
}
