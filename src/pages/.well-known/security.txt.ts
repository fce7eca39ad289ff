/**
 * /.well-known/security.txt (RFC 9116): where to report a security problem with the site.
 *
 * Contact: the office's e-mail from `src/site.config.ts` when it is set; otherwise the published
 * contact pages (Vietnamese, then English), whose addresses are at least real pages of this
 * site; otherwise the home page. The text itself: src/lib/security-txt.ts.
 */
import type { APIRoute } from 'astro';
import { getSiteModel } from '../../data/site-data.ts';
import { siteNow } from '../../lib/clock.ts';
import { entryUrl } from '../../lib/routing.ts';
import { securityTxt } from '../../lib/security-txt.ts';
import { siteConfig } from '../../site.config.ts';

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
