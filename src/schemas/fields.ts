/**
 * Shared zod field helpers. Used by `src/content.config.ts` (inside Astro) and by the
 * scripts and tests (outside Astro), so the rules are written once.
 */
import type { ImageMetadata } from 'astro';
import { z } from 'astro/zod';
import { LOCALE_CODES } from '../i18n/locales.ts';
import { parseCalendarDate, parseVnDateTime } from '../lib/dates.ts';
import { editorError, editorText, type EditorKey } from '../i18n/editor.ts';

/**
 * A type error that says "missing" when the field is absent, and how to write it otherwise.
 * Like every schema message here, it is made when the issue is reported, in the editor's language.
 */
export const typeError = (key: EditorKey) => (issue: { input?: unknown }) =>
  editorText(issue.input === undefined ? 'zod.missing' : key);

/**
 * Astro passes `image()` to schema functions; outside Astro a stand-in that accepts a
 * relative path string takes its place.
 */
export type ImageField = () => z.ZodType<ImageSrc>;
/** An image reference after validation: Astro's image metadata in the build, the path outside it. */
export type ImageSrc = ImageMetadata | string;
export const pathImage: ImageField = () => z.string().regex(/^\.{1,2}\//, editorError('schema.image-path'));

/** A date-time; without an offset it means Vietnam time (+07:00). Becomes a Date. */
export const dateTime = () =>
  z
    .string({ error: typeError('schema.date-time') })
    .transform((value, ctx) => {
      const parsed = parseVnDateTime(value);
      if (!parsed.ok) {
        ctx.addIssue({ code: 'custom', message: parsed.error });
        return z.NEVER;
      }
      return parsed.date;
    })
    .meta({ cms: 'datetime' });

/** A calendar day `YYYY-MM-DD` that must exist; stays a string (no time zone involved). */
export const calendarDate = () =>
  z
    .string({ error: typeError('schema.calendar-date') })
    .refine((v) => parseCalendarDate(v) !== null, {
      error: (issue) => editorText('schema.calendar-date-unreal', { input: String(issue.input) }),
    })
    .meta({ cms: 'date' });

export const year = () => z.number().int().min(1000).max(2200);

/** URL-safe identifier: lowercase ASCII letters, digits and single hyphens. */
export const slug = () => z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, editorError('schema.slug'));

export const url = () => z.url({ protocol: /^https?$/, ...editorError('schema.url') });

/** A text in every language of the locale table (for language-neutral data files). */
export const localized = () =>
  z.strictObject(Object.fromEntries(LOCALE_CODES.map((code) => [code, z.string().trim().min(1)])));

export const coordinates = () =>
  z.strictObject({
    lat: z.number().min(-90).max(90),
    lng: z.number().min(-180).max(180),
  });

/**
 * A value built on first use and shared after. Astro calls an entry collection's schema function
 * once per entry (its image() helper knows the entry's folder), so everything that does not
 * take that helper is built once: building zod schemas cost more than parsing with them.
 */
export function once<T>(build: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= build());
}

const figureText = once(() => ({
  alt: z
    .string({ error: typeError('schema.alt') })
    .trim()
    .min(1, editorError('schema.alt-empty')),
  caption: z.string().optional(),
  credit: z.string().optional(),
}));

/** An image with its alternative text, which is required in every language. */
export const figure = (image: ImageField) => z.strictObject({ src: image(), ...figureText() });

const sharedFields = once(() => ({
  title: z.string().trim().min(1).max(160),
  description: z.string().trim().min(1).max(320).meta({ cms: 'text' }),
  publishAt: dateTime(),
  updatedAt: dateTime().optional(),
  expiresAt: dateTime().optional(),
  draft: z.boolean().default(false),
  tags: z.array(z.string().trim().min(1)).default([]),
}));

/** Fields every publishable entry (one file per language) has. Other issues rely on these names. */
export const publishableFields = (image: ImageField) => ({ ...sharedFields(), cover: figure(image).optional() });

/** Reports every item of a list whose `id` an earlier item already has (in a `superRefine`). */
export function refineUniqueIds(
  items: readonly { id: string }[],
  list: string,
  ctx: { addIssue: (issue: { code: 'custom'; message: string; path: (string | number)[] }) => void },
): void {
  const seen = new Set<string>();
  items.forEach((item, i) => {
    if (seen.has(item.id))
      ctx.addIssue({
        code: 'custom',
        message: editorText('schema.duplicate-id', { id: item.id }),
        path: [list, i, 'id'],
      });
    seen.add(item.id);
  });
}
