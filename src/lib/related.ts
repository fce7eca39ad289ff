/** What to read next under a detail page. */
import type { Entry, SiteModel } from './site-model.ts';

/**
 * Up to `count` other published entries of the same language to read next: for an article, the
 * other articles marking the same anniversary first; then entries of the same collection that
 * share the most tags; then the newest of the collection. The site's own pages have none.
 */
export function relatedEntries(entry: Entry, model: SiteModel, count = 3): Entry[] {
  if (entry.collection === 'pages') return [];
  const others = model.entries(entry.collection, entry.locale).filter((e) => e.slug !== entry.slug);
  const anniversary = entry.collection === 'articles' ? entry.data.anniversary : undefined;
  const tags = new Set(entry.data.tags.map((tag) => tag.toLocaleLowerCase(entry.locale)));
  const score = (e: Entry) => {
    const sameDay = anniversary !== undefined && e.collection === 'articles' && e.data.anniversary === anniversary;
    const shared = e.data.tags.filter((tag) => tags.has(tag.toLocaleLowerCase(entry.locale))).length;
    return (sameDay ? 100 : 0) + shared;
  };
  // `others` is newest first, and sort is stable: equal scores stay newest first.
  return others
    .map((e) => ({ e, score: score(e) }))
    .sort((a, b) => b.score - a.score)
    .slice(0, count)
    .map(({ e }) => e);
}
