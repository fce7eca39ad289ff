/** robots.txt: everything may be crawled, the sitemap says what there is; a preview says no. */
import type { APIRoute } from 'astro';
import { isPreview } from '../lib/clock.ts';
import { SITE_FILES } from '../lib/site-urls.ts';
import { siteConfig } from '../site.config.ts';

export const GET: APIRoute = () =>
  new Response(
    isPreview()
      ? 'User-agent: *\nDisallow: /\n'
      : `User-agent: *\nAllow: /\n\nSitemap: ${new URL(SITE_FILES.sitemap, siteConfig.url).href}\n`,
    { headers: { 'Content-Type': 'text/plain; charset=utf-8' } },
  );
