/**
 * The office's published contact channels: one language-neutral YAML file per channel
 * (`content/contacts/<id>.yaml`), names and roles in every language of the locale table.
 *
 * Why a content file and not `src/site.config.ts`: contacts change when people and offices do
 * (the 2025 reorganisation moved whole departments), and Decree 42/2022 Art. 7 asked that they be
 * updated promptly. The CMS generates a form from this schema, so the office can correct a phone
 * number in the browser, through the same review and content gate as any entry, without a
 * developer; site.config.ts stays for what only a developer changes.
 */
import { z } from 'astro/zod';
import { editorError } from '../i18n/editor.ts';
import { localized, slug, url } from './fields.ts';

/** What a channel is for; also its schema.org `contactType` (src/lib/contacts.ts). */
export const CONTACT_ROLES = ['office', 'press', 'investment', 'feedback'] as const;
export type ContactRole = (typeof CONTACT_ROLES)[number];

/** An international number, digits in groups: `+84 208 xxx xxxx`. */
export const phone = () =>
  z
    .string()
    .trim()
    .refine((v) => /^\+[1-9][0-9]{0,2}( ?[0-9]){6,14}$/.test(v), editorError('schema.phone'));

export const contactSchema = () =>
  z.strictObject({
    role: z.enum(CONTACT_ROLES),
    /** Position in a list of contacts (and the footer shows the first with `footer: true`). */
    order: z.number().int().default(100),
    /** The body or unit, e.g. "Ủy ban nhân dân tỉnh Thái Nguyên". */
    name: localized(),
    /** One sentence: what to contact it for. */
    purpose: localized().optional(),
    /** A named official (a spokesperson): the name as written in Vietnamese, the title per language. */
    person: z.strictObject({ name: z.string().trim().min(1), title: localized() }).optional(),
    address: localized().optional(),
    phone: phone().optional(),
    email: z.email().optional(),
    url: url().optional(),
    /** Slugs of pages (content/pages/) that show this contact, e.g. contact, press-guide. */
    pages: z.array(slug()).default([]),
    /** Shown in the footer of every page. */
    footer: z.boolean().default(false),
    /**
     * The channel itself is not confirmed yet (who the spokesperson is, which unit took over
     * investment promotion): it is never shown, and the content check warns until it is cleared.
     * Single values waiting for a source use reserved ones instead (`+84 000…`, `….example`).
     */
    placeholder: z.boolean().default(false),
    draft: z.boolean().default(false),
    /** Where each value comes from (page, date read). Not shown on the site. */
    source: z.string().optional().meta({ cms: 'text' }),
  });

export type ContactData = z.output<ReturnType<typeof contactSchema>>;
