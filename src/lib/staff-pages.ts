/**
 * The staff area (`/staff/…`, only in `astro dev` and preview builds): its pages, the header
 * every page shares, the index, and the date formats staff read. Pure: plain data and a clock;
 * the loading is in src/staff/staff-data.ts. Everything is in the editor's language, like the
 * other tools for staff (the public site's languages do not apply here).
 */
import { editorLang, editorText, type EditorLang } from '../i18n/editor.ts';
import { toVnIso } from './dates.ts';

export const STAFF_URL = '/staff/';
/** The CMS (Decap), served beside the staff area in the same builds. */
export const CMS_URL = '/admin/';
export const TRANSLATIONS_JSON_URL = '/staff/translations.json';

/** The CMS's editor for one entry (all its languages: the CMS keeps them together by slug). */
export const cmsEntryUrl = (collection: string, slug: string) =>
  `${CMS_URL}#/collections/${encodeURIComponent(collection)}/entries/${encodeURIComponent(slug)}`;

/** `2026-12-20` → `20/12/2026`, the way Vietnamese offices write dates. */
export function dmy(day: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : day;
}

/** An instant in Vietnam time, `20/12/2026 08:00`, on any build machine. */
export function vnMoment(at: Date): string {
  const iso = toVnIso(at);
  return `${dmy(iso.slice(0, 10))} ${iso.slice(11, 16)}`;
}

/** The value of `page` in `/staff/[...page]`: undefined for the index. */
export type StaffPage = undefined | 'translations' | 'schedule' | `calendar/${string}`;

/** Every page of the area: the index, one calendar per year that has a plan file, translations, schedule. */
export function staffPages(years: readonly string[]): StaffPage[] {
  return [undefined, ...[...years].sort().map((y) => `calendar/${y}` as const), 'translations', 'schedule'];
}

export const staffUrl = (page: StaffPage) => (page ? `${STAFF_URL}${page}/` : STAFF_URL);

export interface StaffLink {
  href: string;
  label: string;
  /** What the page holds, on the index. */
  about?: string;
  current?: boolean;
}

/** What every staff page shows around its content. */
export interface StaffChrome {
  lang: EditorLang;
  /** The page's <title> and <h1>. */
  title: string;
  /** "Khu vực biên tập — không công khai". */
  banner: string;
  /** The moment the figures are computed for, in Vietnam time. */
  asOf: string;
  /** A preview build shows the site as of SITE_NOW: the as-of line is bannered as a preview. */
  preview: boolean;
  nav: StaffLink[];
}

export interface StaffContext {
  /** The years with a plan file (`content/calendar/<year>.yaml`). */
  years: readonly string[];
  now: Date;
  preview: boolean;
}

function links(years: readonly string[]): (StaffLink & { page: StaffPage | 'cms' })[] {
  return [
    ...[...years].sort().map((year) => ({
      page: `calendar/${year}` as const,
      href: staffUrl(`calendar/${year}`),
      label: editorText('calendar.title', { year }),
      about: editorText('staff.index.calendar'),
    })),
    {
      page: 'translations',
      href: staffUrl('translations'),
      label: editorText('i18n.title'),
      about: editorText('staff.index.translations'),
    },
    {
      page: 'schedule',
      href: staffUrl('schedule'),
      label: editorText('staff.schedule.title'),
      about: editorText('staff.index.schedule'),
    },
    { page: 'cms', href: CMS_URL, label: editorText('staff.cms'), about: editorText('staff.index.cms') },
  ];
}

export function staffChrome(page: StaffPage, title: string, ctx: StaffContext): StaffChrome {
  const home = { href: STAFF_URL, label: editorText('staff.nav.home'), current: page === undefined };
  return {
    lang: editorLang(),
    title,
    banner: editorText('staff.banner'),
    asOf: editorText(ctx.preview ? 'staff.as-of-preview' : 'staff.as-of', { moment: vnMoment(ctx.now) }),
    preview: ctx.preview,
    nav: [home, ...links(ctx.years).map(({ page: p, href, label }) => ({ href, label, current: p === page }))],
  };
}

export interface StaffIndexView {
  kind: 'index';
  chrome: StaffChrome;
  intro: string;
  links: StaffLink[];
}

export function staffIndex(ctx: StaffContext): StaffIndexView {
  return {
    kind: 'index',
    chrome: staffChrome(undefined, editorText('staff.index.title'), ctx),
    intro: editorText('staff.index.intro'),
    links: [
      ...links(ctx.years).map(({ href, label, about }) => ({ href, label, about })),
      { href: TRANSLATIONS_JSON_URL, label: editorText('staff.json'), about: editorText('staff.index.json') },
    ],
  };
}
