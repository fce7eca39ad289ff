/**
 * What to read next under a detail page, so that no page is a dead end: the entries and
 * anniversaries an editor linked explicitly (an article's heritage sites, partner and
 * anniversary; a heritage site's festival; a partner's relations day; a product's heritage
 * site) in either direction, then what shares a link target, a place or tags, then the newest
 * of the same section. Only the published model is read, so nothing scheduled can appear.
 */
import { enumLabel, type Translate } from '../i18n/ui.ts';
import { entryBadge } from './entry-view.ts';
import { formatCalendarDate, lunarParts } from './format.ts';
import { getLocale, type LocaleCode } from '../i18n/locales.ts';
import { candidatesOf, keyOf, samePlace, ties } from './related-ties.ts';
import { anniversaryUrl, entryUrl } from './routing.ts';
import { anniversaryName, type Anniversary, type Entry, type SiteModel } from './site-model.ts';

export type RelatedItem = { kind: 'entry'; entry: Entry } | { kind: 'anniversary'; anniversary: Anniversary };
/** A related link as the template shows it: the section, a detail (badge or date), the title. */
export interface RelatedLink {
  url: string;
  title: string;
  section: string;
  detail?: string | undefined;
}

/** How much each kind of tie weighs: an explicit link outranks everything else. */
const WEIGHT = { explicit: 1000, sharedTarget: 300, place: 50, tag: 20, sameSection: 1 } as const;

/**
 * Up to `count` related items of the subject's language, best first. `subject` is an entry or an
 * anniversary (whose page is in `locale`). Fewer than `count` only when the site has fewer.
 */
export function relatedItems(subject: RelatedItem, model: SiteModel, locale: LocaleCode, count = 6): RelatedItem[] {
  const self = keyOf(subject);
  const own = subject.kind === 'entry' ? ties(subject.entry) : { links: [], tags: [], places: [] };
  const ownLinks = new Set(own.links);
  const ownTags = new Set(own.tags);
  const section = subject.kind === 'entry' ? subject.entry.collection : 'anniversaries';
  const category = subject.kind === 'anniversary' ? subject.anniversary.data.category : undefined;
  const index = candidatesOf(model, locale);
  const selfItem = index.byKey.get(self);

  // What the subject is tied to by a link, a shared link target, a tag or a place; each tie
  // weighs at least WEIGHT.tag, so these come first and nothing else can outrank them.
  const tied = new Set<RelatedItem>();
  for (const link of ownLinks) {
    const target = index.byKey.get(link);
    if (target) tied.add(target);
    for (const item of index.linking.get(link) ?? []) tied.add(item);
  }
  for (const item of index.linking.get(self) ?? []) tied.add(item);
  for (const tag of ownTags) for (const item of index.byTag.get(tag) ?? []) tied.add(item);
  if (own.places.length > 0)
    for (const item of index.placed)
      if (item.kind === 'entry' && samePlace(own.places, ties(item.entry).places)) tied.add(item);
  if (selfItem) tied.delete(selfItem);

  const sameSection = (item: RelatedItem) =>
    item.kind === 'entry' ? item.entry.collection === section : item.anniversary.data.category === category;
  const score = (item: RelatedItem): number => {
    const links = item.kind === 'entry' ? ties(item.entry).links : [];
    let total = 0;
    if (ownLinks.has(keyOf(item)) || links.includes(self)) total += WEIGHT.explicit;
    total += links.filter((l) => ownLinks.has(l)).length * WEIGHT.sharedTarget;
    if (item.kind === 'entry') {
      const { places, tags } = ties(item.entry);
      if (own.places.length > 0 && samePlace(own.places, places)) total += WEIGHT.place;
      total += tags.filter((tag) => ownTags.has(tag)).length * WEIGHT.tag;
    }
    return total + (sameSection(item) ? WEIGHT.sameSection : 0);
  };
  const best = [...tied]
    .map((item) => ({ item, score: score(item) }))
    .sort((a, b) => b.score - a.score || index.position.get(a.item)! - index.position.get(b.item)!)
    .map((s) => s.item);

  // Then the rest of the section (or the anniversary's kind); then, still short (a page, a lone
  // category), the newest articles or the soonest anniversaries. Both in fallback order.
  const more: RelatedItem[] = [];
  const fill: RelatedItem[] = [];
  const wanted = count - best.length;
  for (const item of index.list) {
    if (more.length >= wanted) break;
    if (item === selfItem || tied.has(item)) continue;
    if (sameSection(item)) more.push(item);
    else if (fill.length < wanted && (subject.kind === 'anniversary' ? item.kind === 'anniversary' : isArticle(item)))
      fill.push(item);
  }
  return [...best, ...more, ...fill].slice(0, count);
}

const isArticle = (item: RelatedItem) => item.kind === 'entry' && item.entry.collection === 'articles';

/** The links a page shows for its related items. */
export function relatedLinks(items: RelatedItem[], locale: LocaleCode, t: Translate): RelatedLink[] {
  return items.map((item) => {
    if (item.kind === 'anniversary') {
      const a = item.anniversary;
      return {
        url: anniversaryUrl(locale, a.id),
        title: anniversaryName(a, locale),
        section: enumLabel(t, 'collection.', 'anniversaries'),
        // The kept date, as anniversary-view.ts's `anniversaryDate` words it (not imported: that module uses this one).
        detail: a.data.date
          ? formatCalendarDate(a.data.date, getLocale(locale).lang)
          : a.data.lunar &&
            t('anniversary.lunar', lunarParts(a.data.lunar.month, a.data.lunar.day, getLocale(locale).lang)),
      };
    }
    const { entry } = item;
    return {
      url: entryUrl(entry),
      title: entry.data.title,
      section: enumLabel(t, 'collection.', entry.collection),
      detail: entryBadge(entry, t)?.label,
    };
  });
}
