/**
 * Social cards (Open Graph images) for every indexable page. The build lists them as jobs
 * (lib/card-jobs.ts) for the render step; the dev server renders each one on request.
 */
import { getLocale } from '../i18n/locales.ts';
import { useTranslations } from '../i18n/ui.ts';
import type { CardJob } from '../lib/card-jobs.ts';
import type { CardInput } from '../lib/og-card.ts';
import { pageMeta } from '../lib/page-meta.ts';
import { buildRoutes, type Route } from '../lib/routing.ts';
import { cardRoutes, ogImageUrl } from '../lib/site-urls.ts';
import { siteConfig } from '../site.config.ts';
import { getSiteModel } from './site-data.ts';

async function routesWithCards(): Promise<Route[]> {
  return cardRoutes(buildRoutes(await getSiteModel()));
}

export async function cardPaths() {
  return (await routesWithCards()).map((route) => ({
    params: { path: ogImageUrl(route.url).slice('/og/'.length, -'.jpg'.length) },
    props: { route },
  }));
}

export async function cardJobs(): Promise<CardJob[]> {
  return (await routesWithCards()).map((route) => ({ file: ogImageUrl(route.url).slice(1), card: cardInput(route) }));
}

export function cardInput(route: Route): CardInput {
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
  return card;
}
