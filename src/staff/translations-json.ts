/**
 * `/staff/translations.json`: the translation status of every entry, for the CMS to show on the
 * entry being edited. Injected only in `astro dev` and preview builds, like the staff pages.
 * Format: `{ generatedAt, locales, rows: [{ entry: "articles/<slug>", states: { vi: "source", … } }] }`.
 */
import type { APIRoute } from 'astro';
import { translationsJsonBody } from './staff-data.ts';

export const GET: APIRoute = () =>
  new Response(translationsJsonBody(), {
    headers: { 'Content-Type': 'application/json; charset=utf-8', 'X-Robots-Tag': 'noindex' },
  });
