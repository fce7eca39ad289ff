/**
 * The one publication rule. Every output (pages, listings, switcher, hreflang, feeds,
 * sitemap, search index, JSON, images) only ever sees entries this rule lets through.
 */
export interface PublicationFields {
  draft?: boolean | undefined;
  publishAt?: Date | undefined;
  expiresAt?: Date | undefined;
}

export type PublicationState = 'draft' | 'scheduled' | 'expired' | 'published';

export function publicationState(fields: PublicationFields, now: Date): PublicationState {
  if (fields.draft) return 'draft';
  if (fields.publishAt && fields.publishAt.getTime() > now.getTime()) return 'scheduled';
  if (fields.expiresAt && fields.expiresAt.getTime() <= now.getTime()) return 'expired';
  return 'published';
}

export function isPublished(fields: PublicationFields, now: Date): boolean {
  return publicationState(fields, now) === 'published';
}
