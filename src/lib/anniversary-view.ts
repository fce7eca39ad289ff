/**
 * What the templates show of anniversaries: an occurrence with its ordinal and weight, the list
 * grouped by category, and one anniversary's page. The calendar's view is in calendar-view.ts.
 */
import { getLocale, type LocaleCode } from '../i18n/locales.ts';
import { enumLabel, type Translate } from '../i18n/ui.ts';
import { ANNIVERSARY_CATEGORIES } from '../schemas/collections.ts';
import { upcoming, type AnniversaryData, type Occurrence, type Weight } from './anniversaries.ts';
import type { Link } from './entry-view.ts';
import { formatCalendarDate, lunarParts } from './format.ts';
import { anniversaryUrl } from './routing.ts';
import { prevNext, type PrevNext } from './prev-next.ts';
import { relatedItems, relatedLinks, type RelatedLink } from './related.ts';
import { foldsD } from './search-text.ts';
import { anniversaryName, type Anniversary, type SiteModel } from './site-model.ts';

export interface OccurrenceItem {
  url: string;
  name: string;
  /** "80 năm", "80th anniversary"…; empty where the years are not counted. */
  ordinal: string;
  weight: Weight;
  /** "Major anniversary"…, for any weight but `regular`. */
  weightLabel?: string | undefined;
  date: { iso: string; label: string };
  /** "15/1 âm lịch"… for lunar anniversaries. */
  lunar?: string | undefined;
  /** Published articles about this occurrence (calendar pages only). */
  articles: Link[];
}
/** A solar date has its `YYYY-MM-DD` for `<time datetime>`; a lunar one is only words. */
export interface KeptDate {
  iso?: string | undefined;
  label: string;
}
export interface AnniversaryListView {
  kind: 'anniversaries';
  groups: { id: string; label: string; items: { url: string; name: string; date: KeptDate }[] }[];
}
export interface AnniversaryView {
  kind: 'anniversary';
  category: string;
  name: string;
  summary?: string | undefined;
  date: KeptDate;
  next: OccurrenceItem[];
  /** Articles marking it, heritage sites that keep it, then anniversaries of its kind (related.ts). */
  related: RelatedLink[];
  /** Neighbours in the anniversaries list, in that page's order (prev-next.ts). */
  prevNext: PrevNext;
  /** Vietnamese pages: the text whose "đ" words the search index also records folded. */
  foldText?: string | undefined;
}

const nameOf = (a: Anniversary | undefined, locale: LocaleCode, id: string) => (a ? anniversaryName(a, locale) : id);

export function occurrenceItem(
  o: Occurrence,
  model: SiteModel,
  locale: LocaleCode,
  t: Translate,
  articles: Link[] = [],
): OccurrenceItem {
  const lang = getLocale(locale).lang;
  return {
    url: anniversaryUrl(locale, o.id),
    name: nameOf(model.anniversary(o.id), locale, o.id),
    ordinal: o.ordinal ? t('anniversary.ordinal', { count: o.ordinal }) : '',
    weight: o.weight,
    weightLabel: o.weight === 'regular' ? undefined : enumLabel(t, 'calendar.weight.', o.weight),
    date: { iso: o.date, label: formatCalendarDate(o.date, lang) },
    lunar: o.lunar ? t('anniversary.lunar', lunarParts(o.lunar.month, o.lunar.day, lang)) : undefined,
    articles,
  };
}

export function upcomingItems(model: SiteModel, locale: LocaleCode, t: Translate, count: number): OccurrenceItem[] {
  return upcoming(model.anniversaries, model.now, count).map((o) => occurrenceItem(o, model, locale, t));
}

/** The date an anniversary is kept: a solar date (with its ISO form), or the lunar day and month. */
export function anniversaryDate(data: AnniversaryData, locale: LocaleCode, t: Translate): KeptDate {
  if (data.date) return { iso: data.date, label: formatCalendarDate(data.date, getLocale(locale).lang) };
  return {
    label: data.lunar
      ? t('anniversary.lunar', lunarParts(data.lunar.month, data.lunar.day, getLocale(locale).lang))
      : '',
  };
}

export function anniversaryListView(model: SiteModel, locale: LocaleCode, t: Translate): AnniversaryListView {
  const collator = new Intl.Collator(getLocale(locale).lang);
  const groups = ANNIVERSARY_CATEGORIES.map((category) => ({
    id: category,
    label: enumLabel(t, 'anniversary.category.', category),
    items: model.anniversaries
      .filter((a) => a.data.category === category)
      .map((a) => ({
        url: anniversaryUrl(locale, a.id),
        name: nameOf(a, locale, a.id),
        date: anniversaryDate(a.data, locale, t),
      }))
      .sort((a, b) => collator.compare(a.name, b.name)),
  })).filter((g) => g.items.length > 0);
  return { kind: 'anniversaries', groups };
}

export function anniversaryView(a: Anniversary, model: SiteModel, locale: LocaleCode, t: Translate): AnniversaryView {
  return {
    kind: 'anniversary',
    category: enumLabel(t, 'anniversary.category.', a.data.category),
    name: nameOf(a, locale, a.id),
    summary: a.data.summary?.[locale],
    date: anniversaryDate(a.data, locale, t),
    next: upcoming([a], model.now, 1).map((o) => occurrenceItem(o, model, locale, t)),
    related: relatedLinks(relatedItems({ kind: 'anniversary', anniversary: a }, model, locale), locale, t),
    prevNext: prevNext(
      anniversaryListView(model, locale, t).groups.flatMap((g) => g.items.map((i) => ({ url: i.url, label: i.name }))),
      anniversaryUrl(locale, a.id),
    ),
    foldText: foldsD(getLocale(locale).lang)
      ? `${nameOf(a, locale, a.id)} ${a.data.summary?.[locale] ?? ''}`
      : undefined,
  };
}
