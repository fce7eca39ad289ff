/**
 * @astrojs/sitemap lists a page's hreflang alternates but not `x-default`; the default
 * locale's version is the x-default, as in each page's own <head>.
 */
import { LOCALES } from '../i18n/locales.ts';

interface Link {
  url: string;
  lang: string;
}
interface Item {
  url: string;
  links?: Link[] | undefined;
}

export function withXDefault<T extends Item>(item: T): T {
  const links = item.links;
  if (!links || links.length < 2) return { ...item, links: undefined };
  const fallback = links.find((l) => l.lang === LOCALES[0].lang);
  return fallback ? { ...item, links: [...links, { url: fallback.url, lang: 'x-default' }] } : item;
}
