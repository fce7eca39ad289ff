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

/**
 * The next moment after `now` at which the published set changes: the earliest future
 * `publishAt` or `expiresAt` of an entry that is not a draft. A scheduler rebuilds exactly then.
 */
export function nextChange<T extends { id: string; data: PublicationFields }>(
  entries: readonly T[],
  now: Date,
): { at: Date; entry: T; event: 'publish' | 'expire' } | undefined {
  let next: { at: Date; entry: T; event: 'publish' | 'expire' } | undefined;
  for (const entry of entries) {
    if (entry.data.draft) continue;
    for (const [event, at] of [
      ['publish', entry.data.publishAt],
      ['expire', entry.data.expiresAt],
    ] as const) {
      if (at && at.getTime() > now.getTime() && (!next || at.getTime() < next.at.getTime()))
        next = { at, entry, event };
    }
  }
  return next;
}
