/** `/rss.xml`, `/en/rss.xml`…: the newest published entries of each language. */
import type { APIRoute } from 'astro';
import { localeParams, rssFeed } from '../../data/feeds.ts';
import type { LocaleCode } from '../../i18n/locales.ts';

export function getStaticPaths() {
  return localeParams();
}

export const GET: APIRoute = ({ props }) => rssFeed(props.locale as LocaleCode);
