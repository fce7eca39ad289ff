/**
 * The only module that calls `getCollection`. It loads every collection once per build and
 * hands the raw entries to the pure `buildSiteModel`, with the build's one clock.
 */
import { getCollection, getEntry, render } from 'astro:content';
import { useTranslations } from '../i18n/ui.ts';
import { isPreview, siteNow } from '../lib/clock.ts';
import { hashKey } from '../lib/file-cache.ts';
import { routeData, type RouteData } from '../lib/route-data.ts';
import { buildRoutes, type Route } from '../lib/routing.ts';
import type { Heading } from '../lib/toc.ts';
import { buildSiteModel, type Entry, type RawEntry, type SiteModel } from '../lib/site-model.ts';
import { siteConfig } from '../site.config.ts';
import { COLLECTIONS } from '../schemas/collections.ts';

let model: Promise<SiteModel> | undefined;

async function load(): Promise<SiteModel> {
  const entries = await Promise.all(
    COLLECTIONS.map(async (name) => {
      const list = await getCollection(name);
      return [name, list.map((e): RawEntry => ({ id: e.id, data: e.data, body: e.body }))] as const;
    }),
  );
  const anniversaries = (await getCollection('anniversaries')).map((e) => ({ id: e.id, data: e.data }));
  const contacts = (await getCollection('contacts')).map((e) => ({ id: e.id, data: e.data }));
  return buildSiteModel(Object.fromEntries(entries), anniversaries, siteNow(), contacts);
}

/** The published site model, built once per build. */
export function getSiteModel(): Promise<SiteModel> {
  model ??= load();
  return model;
}

/** The route data of `route` (src/lib/route-data.ts) in this build's context. */
const dataOf = (route: Route, model: SiteModel, headings?: readonly Heading[]) =>
  routeData(route, model, { translations: useTranslations, site: siteConfig.url, preview: isPreview() }, headings);

/**
 * Static paths of the catch-all page. Each carries a cache key (Astro's incremental build): the
 * hash of everything the page shows except the body, which Astro tracks itself, so a rebuild
 * renders only the pages whose data changed and copies the others from the previous build.
 * One route at a time, synchronously: awaiting each route's data let all of them (~90 MB at
 * 10,000 pages) pile up before the first was hashed, for the garbage collector to walk again and
 * again; this step took 8.5–12 s at 10,280 pages, 5.4–8.5 s one by one.
 */
export async function getRoutes(): Promise<
  { params: { path: string | undefined }; props: { route: Route }; cacheKey: string }[]
> {
  const model = await getSiteModel();
  return buildRoutes(model, { notFound: true }).map((route) => ({
    params: { path: route.url.replace(/^\/|\/$/g, '') || undefined },
    props: { route },
    cacheKey: hashKey([route.url, dataOf(route, model)]),
  }));
}

/** Everything the page of `route` shows (src/lib/route-data.ts), for the page file to hand down. */
export async function getRouteData(route: Route, headings?: readonly Heading[]): Promise<RouteData> {
  return dataOf(route, await getSiteModel(), headings);
}

/** The compiled body of an entry, to render on its page. */
export async function renderEntry(entry: Entry) {
  const source = await getEntry(entry.collection, entry.id);
  if (!source) throw new Error(`${entry.collection}/${entry.id} vanished between loading and rendering.`);
  return render(source);
}
