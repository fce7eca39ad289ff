/**
 * /.well-known/security.txt (RFC 9116): where to report a security problem with the site.
 * Expires is a year after the build's clock, so equal inputs give equal bytes.
 */
import { SITE_FILES } from './site-urls.ts';

const DAY_MS = 24 * 60 * 60 * 1000;

export interface SecurityTxt {
  /** `mailto:` or `https:` URIs, most preferred first. */
  contacts: readonly string[];
  now: Date;
  /** Public address of the site. */
  site: string;
}

export function securityTxt({ contacts, now, site }: SecurityTxt): string {
  if (contacts.length === 0) throw new Error('security.txt needs at least one Contact.');
  const expires = new Date(now.getTime() + 365 * DAY_MS).toISOString().replace(/\.\d{3}Z$/, 'Z');
  return [
    ...contacts.map((c) => `Contact: ${c}`),
    `Expires: ${expires}`,
    'Preferred-Languages: vi, en',
    `Canonical: ${new URL(SITE_FILES.securityTxt, site).href}`,
    '',
  ].join('\n');
}
