/**
 * The build's one clock. Every "now" in the build comes from `siteNow()`, read once per
 * process: `SITE_NOW` (ISO 8601 with offset) when set, for previews and tests; otherwise
 * the real time. Nothing else in the project calls `new Date()` for the current time.
 */
import { parseVnDateTime } from './dates.ts';

export function parseSiteNow(value: string | undefined, realNow: () => Date): Date {
  if (value === undefined || value.trim() === '') return realNow();
  if (!/(Z|[+-]\d{2}:\d{2})$/.test(value.trim())) {
    throw new Error(
      `SITE_NOW="${value}" has no offset. Write it with one, for example SITE_NOW=2025-09-02T08:00:00+07:00.`,
    );
  }
  const parsed = parseVnDateTime(value);
  if (!parsed.ok) throw new Error(`SITE_NOW is not a valid date-time: ${parsed.error}`);
  return parsed.date;
}

let cached: Date | undefined;

/** The build's "now", read once. */
export function siteNow(): Date {
  cached ??= parseSiteNow(process.env.SITE_NOW, () => new Date());
  return new Date(cached.getTime());
}

/**
 * A preview build (`npm run build:preview`) shows the site as of `SITE_NOW` in a separate
 * output folder, every page marked noindex and bannered, so it cannot be deployed by mistake.
 */
export function isPreview(env: Record<string, string | undefined> = process.env): boolean {
  return env.SITE_PREVIEW === '1';
}
