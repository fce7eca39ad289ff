/**
 * Shared zod field helpers. Used by `src/content.config.ts` (inside Astro) and by the
 * scripts and tests (outside Astro), so the rules are written once.
 */
import { z } from 'astro/zod';
import { LOCALE_CODES } from '../i18n/locales.ts';
import { parseCalendarDate, parseVnDateTime } from '../lib/dates.ts';
import { say } from '../lib/messages.ts';

/** A type error that says "missing" when the field is absent, and how to write it otherwise. */
export const typeError = (vi: string, en: string) => (issue: { input?: unknown }) =>
  issue.input === undefined ? say('Thiếu trường bắt buộc này.', 'This required field is missing.') : say(vi, en);

/**
 * Astro passes `image()` to schema functions; outside Astro a stand-in that accepts a
 * relative path string takes its place.
 */
export type ImageField = () => z.ZodType;
export const pathImage: ImageField = () =>
  z
    .string()
    .regex(
      /^\.{1,2}\//,
      say(
        'Viết đường dẫn ảnh tính từ thư mục của tệp này, bắt đầu bằng ./ hoặc ../',
        'Write the image path relative to this file, starting with ./ or ../',
      ),
    );

/** A date-time; without an offset it means Vietnam time (+07:00). Becomes a Date. */
export const dateTime = () =>
  z
    .string({
      error: typeError(
        'Viết ngày giờ theo dạng 2025-09-02T08:00:00+07:00.',
        'Write a date-time such as 2025-09-02T08:00:00+07:00.',
      ),
    })
    .transform((value, ctx) => {
      const parsed = parseVnDateTime(value);
      if (!parsed.ok) {
        ctx.addIssue({ code: 'custom', message: parsed.error });
        return z.NEVER;
      }
      return parsed.date;
    });

/** A calendar day `YYYY-MM-DD` that must exist; stays a string (no time zone involved). */
export const calendarDate = () =>
  z
    .string({
      error: typeError(
        'Viết ngày theo dạng NĂM-THÁNG-NGÀY, ví dụ 1945-09-02.',
        'Write a date as YYYY-MM-DD, for example 1945-09-02.',
      ),
    })
    .refine((v) => parseCalendarDate(v) !== null, {
      error: (issue) =>
        say(
          `"${String(issue.input)}" không phải ngày có thật viết theo dạng NĂM-THÁNG-NGÀY.`,
          `"${String(issue.input)}" is not a real date written as YYYY-MM-DD.`,
        ),
    });

export const year = () => z.number().int().min(1000).max(2200);

/** URL-safe identifier: lowercase ASCII letters, digits and single hyphens. */
export const slug = () =>
  z
    .string()
    .regex(
      /^[a-z0-9]+(?:-[a-z0-9]+)*$/,
      say(
        'Chỉ dùng chữ thường a–z không dấu, chữ số và dấu gạch ngang, ví dụ "atk-dinh-hoa".',
        'Use lowercase letters a–z, digits and hyphens only, e.g. "atk-dinh-hoa".',
      ),
    );

export const url = () =>
  z.url({
    protocol: /^https?$/,
    error: say('Viết địa chỉ web đầy đủ, bắt đầu bằng https://', 'Write a full web address starting with https://'),
  });

/** A text in every language of the locale table (for language-neutral data files). */
export const localized = () =>
  z.strictObject(
    Object.fromEntries(LOCALE_CODES.map((code) => [code, z.string().trim().min(1)])) as Record<string, z.ZodString>,
  );

export const coordinates = () =>
  z.strictObject({
    lat: z.number().min(-90).max(90),
    lng: z.number().min(-180).max(180),
  });

/** An image with its alternative text, which is required in every language. */
export const figure = (image: ImageField) =>
  z.strictObject({
    src: image(),
    alt: z
      .string({
        error: typeError(
          'Mô tả ảnh trong alt: điều người không xem được ảnh cần biết.',
          'Describe the image in alt: what a reader who cannot see it needs to know.',
        ),
      })
      .trim()
      .min(1, say('Mô tả ảnh (alt) không được để trống.', 'The alt text must not be empty.')),
    caption: z.string().optional(),
    credit: z.string().optional(),
  });

/** Fields every publishable entry (one file per language) has. Other issues rely on these names. */
export const publishableFields = (image: ImageField) => ({
  title: z.string().trim().min(1).max(160),
  description: z.string().trim().min(1).max(320),
  publishAt: dateTime(),
  updatedAt: dateTime().optional(),
  expiresAt: dateTime().optional(),
  draft: z.boolean().default(false),
  tags: z.array(z.string().trim().min(1)).default([]),
  cover: figure(image).optional(),
});
