/**
 * One schema per collection. Objects are strict: an unknown field (a typo such as
 * `publishedAt`, or `slug`, which Astro would silently turn into the entry id) is an error.
 */
import { z } from 'astro/zod';
import { editorError } from '../i18n/editor.ts';
import {
  calendarDate,
  coordinates,
  localized,
  once,
  publishableFields,
  slug,
  url,
  year,
  type ImageField,
} from './fields.ts';

export const ARTICLE_KINDS = ['news', 'feature', 'press-release', 'rebuttal'] as const;
const articleFields = once(() => ({
  kind: z.enum(ARTICLE_KINDS),
  /** Id of an anniversary in content/anniversaries/ this article marks. */
  anniversary: slug().optional(),
  /** Slug of a partner locality (content/partners/) the article is about. */
  partner: slug().optional(),
  /** Slugs of heritage entries (content/heritage/) the article is about: linked both ways. */
  heritage: z.array(slug()).default([]),
  /** For rebuttals: the false claim, stated plainly, and the verdict. */
  claim: z.strictObject({ statement: z.string().min(1), verdict: z.string().min(1) }).optional(),
}));
export const articleSchema = (image: ImageField) =>
  z
    .strictObject({ ...publishableFields(image), ...articleFields() })
    .refine((d) => d.kind !== 'rebuttal' || d.claim !== undefined, {
      ...editorError('schema.rebuttal-claim'),
      path: ['claim'],
    });

export const HERITAGE_TYPES = ['relic', 'intangible', 'scenic'] as const;
export const RELIC_RANKINGS = ['special-national', 'national', 'provincial'] as const;
const heritageFields = once(() => ({
  type: z.enum(HERITAGE_TYPES),
  /** Official ranking of a relic or scenic site, with the year and the decision when known. */
  ranking: z.strictObject({ level: z.enum(RELIC_RANKINGS), year: year(), decision: z.string().optional() }).optional(),
  location: z.strictObject({
    commune: z.string().min(1),
    area: z.string().optional(),
    coordinates: coordinates().optional(),
  }),
  /** Practical information, each shown in the facts table when present (cite it in docs/sources/). */
  visiting: z
    .strictObject({
      hours: z.string().optional(),
      fee: z.string().optional(),
      season: z.string().optional(),
      access: z.string().optional(),
      notes: z.string().optional(),
    })
    .optional(),
  /** Id of the anniversary (content/anniversaries/) kept at this place, e.g. its festival. */
  anniversary: slug().optional(),
}));
export const heritageSchema = (image: ImageField) =>
  z.strictObject({ ...publishableFields(image), ...heritageFields() });

export const OCOP_CATEGORIES = ['food', 'drinks', 'herbs', 'handicrafts', 'ornamental', 'tourism'] as const;
export const SHOP_PLATFORMS = ['voso', 'postmart', 'lazada', 'tiktok-shop', 'shopee', 'zalo', 'website'] as const;
const productFields = once(() => ({
  stars: z.union([z.literal(3), z.literal(4), z.literal(5)], editorError('schema.ocop-stars')),
  certifiedYear: year(),
  /** Ratings are valid for 36 months; the last day of validity when known. */
  validUntil: calendarDate().optional(),
  category: z.enum(OCOP_CATEGORIES),
  producer: z.strictObject({
    name: z.string().min(1),
    phone: z.string().optional(),
    email: z.email().optional(),
    website: url().optional(),
  }),
  /** The current commune or ward (since 1 July 2025); left out when no source names it. */
  commune: z.string().min(1).optional(),
  packaging: z.string().optional(),
  shops: z.array(z.strictObject({ platform: z.enum(SHOP_PLATFORMS), url: url() })).default([]),
  /** Slugs of heritage entries (content/heritage/) where the product is made or offered. */
  heritage: z.array(slug()).default([]),
}));
export const productSchema = (image: ImageField) => z.strictObject({ ...publishableFields(image), ...productFields() });

export const SOVEREIGNTY_TOPICS = ['sea-islands', 'land-border', 'sea-economy'] as const;
const sovereigntyFields = once(() => ({
  topic: z.enum(SOVEREIGNTY_TOPICS),
  /** Legal and historical evidence cited in the entry. */
  evidence: z
    .array(z.strictObject({ title: z.string().min(1), date: z.string().optional(), url: url().optional() }))
    .default([]),
}));
export const sovereigntySchema = (image: ImageField) =>
  z.strictObject({ ...publishableFields(image), ...sovereigntyFields() });

export const PARTNER_RELATIONSHIPS = ['friendship-agreement', 'memorandum', 'letter-of-intent', 'exploring'] as const;
const partnerFields = once(() => ({
  /** ISO 3166-1 alpha-2 country code, e.g. KR, LA, CN, TH. */
  country: z.string().regex(/^[A-Z]{2}$/, editorError('schema.country')),
  region: z.string().min(1),
  relationship: z.enum(PARTNER_RELATIONSHIPS),
  since: year().optional(),
  agreements: z.array(z.strictObject({ year: year().optional(), title: z.string().min(1) })).default([]),
  /** Id of the anniversary of diplomatic relations with the partner's country (content/anniversaries/). */
  anniversary: slug().optional(),
}));
export const partnerSchema = (image: ImageField) => z.strictObject({ ...publishableFields(image), ...partnerFields() });

const pageFields = once(() => ({
  /** Position in the footer menu. */
  order: z.number().int().default(100),
}));
export const pageSchema = (image: ImageField) => z.strictObject({ ...publishableFields(image), ...pageFields() });

export const ANNIVERSARY_CATEGORIES = ['national', 'local', 'diplomatic', 'international-day', 'festival'] as const;
/** Language-neutral data: one YAML file per anniversary, a name in every language. */
export const anniversarySchema = () =>
  z
    .strictObject({
      /** The founding date of the event (solar calendar). Its year counts the ordinal. */
      date: calendarDate().optional(),
      /** For events kept by the lunar calendar: month and day (leap month when `leap`). */
      lunar: z
        .strictObject({
          month: z.number().int().min(1).max(12),
          day: z.number().int().min(1).max(30),
          leap: z.boolean().default(false),
        })
        .optional(),
      /** First year, for lunar events whose ordinal is counted (optional). */
      since: year().optional(),
      /** `false` where sources count the years differently: no ordinal is shown. */
      ordinal: z.boolean().default(true),
      category: z.enum(ANNIVERSARY_CATEGORIES),
      name: localized(),
      summary: localized().optional(),
      /**
       * A public holiday (offices and banks closed): the paid days off the Labour Code gives it
       * (2019, Art. 112): 1, or 5 for Tết and 2 for National Day, whose other days the Government sets.
       */
      holiday: z.number().int().min(1).max(5).optional(),
      /** A festival visitors may attend, where a source says so (cite it in `source`). */
      visitors: z.boolean().optional(),
      draft: z.boolean().default(false),
      /**
       * Where the date and the count come from (decrees, FACTS.md sections). A field, not a YAML
       * comment: the CMS rewrites the file when it saves and keeps no comments. Not shown on the site.
       */
      source: z.string().optional().meta({ cms: 'text' }),
    })
    .refine((d) => d.date !== undefined || d.lunar !== undefined, {
      ...editorError('schema.anniversary-date'),
      path: ['date'],
    });

export const COLLECTIONS = ['articles', 'heritage', 'products', 'sovereignty', 'partners', 'pages'] as const;
export type EntryCollection = (typeof COLLECTIONS)[number];

/** Schemas of the per-language collections, keyed by collection name. */
export const entrySchemas = {
  articles: articleSchema,
  heritage: heritageSchema,
  products: productSchema,
  sovereignty: sovereigntySchema,
  partners: partnerSchema,
  pages: pageSchema,
} as const satisfies Record<EntryCollection, (image: ImageField) => z.ZodType>;

/** The validated data of an entry of collection `C`, typed from its schema. */
export type EntryData<C extends EntryCollection> = z.output<ReturnType<(typeof entrySchemas)[C]>>;
/** The validated data of an anniversary (content/anniversaries/<id>.yaml). */
export type AnniversarySchemaData = z.output<ReturnType<typeof anniversarySchema>>;
