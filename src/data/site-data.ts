/**
 * The only module that calls `getCollection`. It loads every collection once per build and
 * hands the raw entries to the pure `buildSiteModel`, with the build's one clock.
 */
import { getCollection } from 'astro:content';
import { siteNow } from '../lib/clock.ts';
import { buildRoutes, type Route } from '../lib/routing.ts';
import { buildSiteModel, type RawEntry, type SiteModel } from '../lib/site-model.ts';
import { COLLECTIONS, type EntryCollection } from '../schemas/collections.ts';

let model: Promise<SiteModel> | undefined;

async function load(): Promise<SiteModel> {
  const entries = await Promise.all(
    COLLECTIONS.map(async (name) => {
      const list = await getCollection(name);
      return [name, list.map((e): RawEntry => ({ id: e.id, data: e.data, source: e }))] as const;
    }),
  );
  const anniversaries = (await getCollection('anniversaries')).map((e) => ({ id: e.id, data: e.data }));
  return buildSiteModel(Object.fromEntries(entries) as Record<EntryCollection, RawEntry[]>, anniversaries, siteNow());
}

/** The published site model, built once per build. */
export function getSiteModel(): Promise<SiteModel> {
  model ??= load();
  return model;
}

/** Static paths of the catch-all page. */
export async function getRoutes(): Promise<{ params: { path: string | undefined }; props: { route: Route } }[]> {
  const routes = buildRoutes(await getSiteModel(), { notFound: true });
  return routes.map((route) => ({
    params: { path: route.url.replace(/^\/|\/$/g, '') || undefined },
    props: { route },
  }));
}
