/**
 * What the footer of every page shows beyond the site's own pages: the office's confirmed
 * contact channel, the feeds (visible links, not only `<link>` tags a visitor never sees), and
 * a copyright line with the date the language edition last changed. Pure: model and translator in.
 */
import { getLocale, type LocaleCode } from '../i18n/locales.ts';
import type { Translate } from '../i18n/ui.ts';
import { COLLECTIONS } from '../schemas/collections.ts';
import { footerContact, type ContactCard } from './contacts.ts';
import { vnCalendarDay } from './dates.ts';
import { instant, type TimeLabel } from './entry-view.ts';
import type { SiteModel } from './site-model.ts';
import { endpointUrls } from './site-urls.ts';

export interface FooterExtras {
  office?: ContactCard | undefined;
  feeds: { rss: string; ics: string };
  /** "© 2026 People's Committee of Thai Nguyen Province". */
  copyright: string;
  /** The newest publication or update among this language's published entries. */
  updated?: TimeLabel | undefined;
}

/** Every page's footer asks; the answer is the same for the whole build, so it is kept per model. */
const newestCache = new WeakMap<SiteModel, Map<LocaleCode, Date | undefined>>();

/** The newest `publishAt`/`updatedAt` of a language's published entries (never a future one). */
export function lastUpdated(model: SiteModel, locale: LocaleCode): Date | undefined {
  let byLocale = newestCache.get(model);
  if (!byLocale) newestCache.set(model, (byLocale = new Map<LocaleCode, Date | undefined>()));
  if (!byLocale.has(locale)) byLocale.set(locale, newestOf(model, locale));
  return byLocale.get(locale);
}

function newestOf(model: SiteModel, locale: LocaleCode): Date | undefined {
  let newest: Date | undefined;
  for (const collection of COLLECTIONS) {
    for (const { data } of model.entries(collection, locale)) {
      for (const d of [data.publishAt, data.updatedAt]) {
        if (d && d <= model.now && (!newest || d > newest)) newest = d;
      }
    }
  }
  return newest;
}

export function footerExtras(model: SiteModel, locale: LocaleCode, t: Translate): FooterExtras {
  const updated = lastUpdated(model, locale);
  return {
    office: footerContact(model.contacts, locale),
    feeds: endpointUrls(locale),
    copyright: t('footer.copyright', { year: vnCalendarDay(model.now).year, office: t('locality.office') }),
    updated: updated && instant(updated, getLocale(locale).lang),
  };
}
