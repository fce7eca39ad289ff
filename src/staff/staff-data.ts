/**
 * The data behind the staff area: reads the content files directly (drafts, scheduled entries
 * and the plan are what staff need to see; the public site model filters them out, which is why
 * these routes exist only in `astro dev` and preview builds) and the files' git history, then
 * hands plain data and the build's one clock to the pure page models in src/lib/staff-*.ts.
 */
import { translationHistory } from '../data/translation-history.ts';
import { LOCALE_CODES } from '../i18n/locales.ts';
import { isPreview, siteNow } from '../lib/clock.ts';
import { loadContent } from '../lib/content-validate.ts';
import { contentDir } from '../lib/paths.ts';
import { staffCalendar, type StaffCalendarView } from '../lib/staff-calendar.ts';
import { staffIndex, staffPages, type StaffContext, type StaffIndexView, type StaffPage } from '../lib/staff-pages.ts';
import { staffSchedule, type StaffScheduleView } from '../lib/staff-schedule.ts';
import { staffTranslations, translationsJson, type StaffTranslationsView } from '../lib/staff-translations.ts';
import { translationStatus } from '../lib/translation-status.ts';

export type StaffView = StaffIndexView | StaffCalendarView | StaffTranslationsView | StaffScheduleView;

type Content = ReturnType<typeof loadContent>;
let built: Content | undefined;

/**
 * The content, read once per build; in `astro dev` on every request, so a page shows an edit
 * made a moment ago in the CMS without restarting the server.
 */
function content(): Content {
  if (import.meta.env.DEV) return loadContent(contentDir());
  built ??= loadContent(contentDir());
  return built;
}

function context(c: Content): StaffContext {
  const years = c.calendars.map((cal) => cal.id).filter((id) => /^\d{4}$/.test(id));
  return { years, now: siteNow(), preview: isPreview() };
}

function translations() {
  const now = siteNow();
  const history = translationHistory(contentDir(), now.toISOString());
  const report = translationStatus({ files: history.files, locales: LOCALE_CODES, now: now.toISOString() });
  return { report, fromGit: history.fromGit, now };
}

/** `getStaticPaths` of `/staff/[...page]`: the index, one calendar per plan year, translations, schedule. */
export function staffPaths(): { params: { page: StaffPage } }[] {
  return staffPages(context(content()).years).map((page) => ({ params: { page } }));
}

/** The model of the page at `/staff/<page>/`. */
export function staffView(page: string | undefined): StaffView {
  const c = content();
  const ctx = context(c);
  if (page === undefined) return staffIndex(ctx);
  if (page === 'schedule') return staffSchedule(c.entries, ctx);
  if (page === 'translations') {
    const { report, fromGit } = translations();
    return staffTranslations(report, LOCALE_CODES, fromGit, ctx);
  }
  const year = /^calendar\/(\d{4})$/.exec(page)?.[1];
  const plan = c.calendars.find((cal) => cal.id === year)?.data;
  if (!year || !plan) throw new Error(`No staff page /staff/${page}/`);
  const input = { year: Number(year), now: ctx.now, locales: LOCALE_CODES, anniversaries: c.anniversaries };
  return staffCalendar({ ...input, items: plan.items, entries: c.entries, plan: plan.plan }, ctx);
}

/** The body of `/staff/translations.json`. */
export function translationsJsonBody(): string {
  const { report, now } = translations();
  return `${JSON.stringify(translationsJson(report, LOCALE_CODES, now), null, 2)}\n`;
}
