/**
 * The staff schedule page (`/staff/schedule/`): what goes live and what comes down, when. Every
 * entry of every collection and language that is scheduled (publishAt after now), a draft, or
 * has an expiresAt (coming or past), one row per moment, in Vietnam time, with a link to the
 * entry in the CMS. Pure: the entries and the clock are given.
 */
import { editorText, type EditorKey } from '../i18n/editor.ts';
import { LOCALES } from '../i18n/locales.ts';
import type { ContentEntry } from './calendar.ts';
import { cmsEntryUrl, staffChrome, vnMoment, type StaffChrome, type StaffContext } from './staff-pages.ts';

export type ScheduleKind = 'scheduled' | 'draft' | 'expires' | 'expired';

const KIND_LABEL: Record<ScheduleKind, EditorKey> = {
  scheduled: 'staff.schedule.scheduled',
  draft: 'staff.schedule.draft',
  expires: 'staff.schedule.expires',
  expired: 'staff.schedule.expired',
};

export interface ScheduleRow {
  /** The moment, ISO 8601 in UTC (for `<time datetime>`); undefined for a draft without a date. */
  at: string | undefined;
  /** `dd/mm/yyyy HH:mm`, Vietnam time. */
  when: string;
  kind: ScheduleKind;
  kindLabel: string;
  /** Before now: a draft whose date has passed, or an entry already withdrawn. */
  past: boolean;
  collection: string;
  slug: string;
  locale: string;
  /** The BCP-47 tag of the entry's language, for the title's `lang` (a Korean title on a Vietnamese page). */
  lang: string;
  title: string;
  editUrl: string;
}

export interface StaffScheduleView {
  kind: 'schedule';
  chrome: StaffChrome;
  rows: ScheduleRow[];
}

type Moment = Omit<ScheduleRow, 'when' | 'kindLabel' | 'past' | 'editUrl' | 'lang'>;

/** The moments of one entry: it is a draft, or its scheduled publication; and its withdrawal. */
function rowsOf(entry: ContentEntry, now: Date): Moment[] {
  const [locale = '', slug = ''] = entry.id.split('/');
  const base = { collection: entry.collection, slug, locale, title: entry.data.title ?? slug };
  const rows: Moment[] = [];
  const { draft, publishAt, expiresAt } = entry.data;
  if (draft) rows.push({ ...base, kind: 'draft', at: publishAt?.toISOString() });
  else if (publishAt && publishAt.getTime() > now.getTime())
    rows.push({ ...base, kind: 'scheduled', at: publishAt.toISOString() });
  if (expiresAt) {
    const kind = expiresAt.getTime() > now.getTime() ? 'expires' : 'expired';
    rows.push({ ...base, kind, at: expiresAt.toISOString() });
  }
  return rows;
}

export function staffSchedule(entries: readonly ContentEntry[], ctx: StaffContext): StaffScheduleView {
  const order = (r: { at: string | undefined }) => r.at ?? '\uffff';
  const rows = entries
    .flatMap((e) => rowsOf(e, ctx.now))
    .sort(
      (a, b) =>
        order(a).localeCompare(order(b)) ||
        a.collection.localeCompare(b.collection) ||
        a.slug.localeCompare(b.slug) ||
        a.locale.localeCompare(b.locale) ||
        a.kind.localeCompare(b.kind),
    )
    .map((r) => ({
      ...r,
      when: r.at ? vnMoment(new Date(r.at)) : '—',
      kindLabel: editorText(KIND_LABEL[r.kind]),
      editUrl: cmsEntryUrl(r.collection, r.slug),
      lang: LOCALES.find((l) => l.code === r.locale)?.lang ?? r.locale,
      past: r.at !== undefined && r.at <= ctx.now.toISOString(),
    }));
  return { kind: 'schedule', chrome: staffChrome('schedule', editorText('staff.schedule.title'), ctx), rows };
}
