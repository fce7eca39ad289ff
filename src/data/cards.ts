/** Social cards (Open Graph images) for every indexable page, rendered once per content and design. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getLocale } from '../i18n/locales.ts';
import { useTranslations } from '../i18n/ui.ts';
import { renderCard } from '../lib/og-card.ts';
import { cached, cacheDir, hashKey } from '../lib/file-cache.ts';
import { pageMeta } from '../lib/page-meta.ts';
import { buildRoutes, type Route } from '../lib/routing.ts';
import { cardRoutes, ogImageUrl } from '../lib/site-urls.ts';
import { siteConfig } from '../site.config.ts';
import { getSiteModel } from './site-data.ts';

/** The card's design is part of its cache key: editing these files renders every card anew. */
const DESIGN = ['src/lib/og-card.ts', 'src/lib/og-fonts.ts'].map((f) => readFileSync(join(process.cwd(), f), 'utf8'));

export async function cardPaths() {
  const routes = cardRoutes(buildRoutes(await getSiteModel()));
  return routes.map((route) => ({
    params: { path: ogImageUrl(route.url).slice('/og/'.length, -'.jpg'.length) },
    props: { route },
  }));
}

export async function cardImage(route: Route): Promise<Buffer> {
  const t = useTranslations(route.locale);
  const meta = pageMeta(route, t);
  const section = meta.crumbs.length > 2 ? meta.crumbs[1]?.label : undefined;
  const card = {
    title: meta.title,
    siteName: t('locality.fullName'),
    ...(section ? { kicker: section } : {}),
    lang: getLocale(route.locale).lang,
    accent: siteConfig.colors.accent,
    tea: siteConfig.colors.tea,
  };
  return cached(cacheDir('og-cards'), hashKey([card, DESIGN]), () => renderCard(card));
}
