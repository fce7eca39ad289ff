/**
 * /.well-known/security.txt (RFC 9116): where to report a security problem with the site.
 *
 * Contact: the office's e-mail from `src/site.config.ts` when it is set; otherwise the published
 * contact pages (Vietnamese, then English), whose addresses are at least real pages of this
 * site; otherwise the home page. Expires: a year after the build's clock (`siteNow()`), so the
 * file stays valid while the site is rebuilt, and equal inputs give equal bytes.
 */
import type { APIRoute } from 'astro';
import { getSiteModel } from '../../data/site-data.ts';
import { siteNow } from '../../lib/clock.ts';
import { entryUrl } from '../../lib/routing.ts';
import { siteConfig } from '../../site.config.ts';

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
    `Canonical: ${new URL('/.well-known/security.txt', site).href}`,
    '',
  ].join('\n');
}

async function contacts(): Promise<string[]> {
  const email = siteConfig.contact.email;
  if (email) return [`mailto:${email}`];
  const model = await getSiteModel();
  const pages = (['vi', 'en'] as const)
    .map((locale) => model.get('pages', locale, 'contact'))
    .filter((entry) => entry !== undefined)
    .map((entry) => new URL(entryUrl(entry), siteConfig.url).href);
  return pages.length > 0 ? pages : [new URL('/', siteConfig.url).href];
}

export const GET: APIRoute = async () =>
  new Response(securityTxt({ contacts: await contacts(), now: siteNow(), site: siteConfig.url }), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
