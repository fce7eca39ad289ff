/**
 * The editorial view of a year: anniversary occurrences, the plan's items, the state of every
 * entry they will publish in every language, and the warnings staff must act on. Pure: takes
 * plain content data and a clock.
 */
import type { EditorKey } from '../i18n/editor.ts';
import type { PlanItem } from '../schemas/calendar.ts';
import { occurrencesInYear, type AnniversaryData, type Occurrence } from './anniversaries.ts';
import { planWarnings, type Warning } from './calendar-warnings.ts';
import { isoDay, vnCalendarDay } from './dates.ts';
import { publicationState, type PublicationFields, type PublicationState } from './publication.ts';

export type EntryState = PublicationState | 'missing';

export interface ContentEntry {
  collection: string;
  /** `<locale>/<slug>` */
  id: string;
  data: PublicationFields & { title?: string; anniversary?: string; publishAt?: Date };
}

export interface EntryStatus {
  ref: string;
  title: string | undefined;
  states: Record<string, EntryState>;
  /** Publication moment per language (absent where the language is missing). */
  publishAt: Record<string, Date>;
}

export { DUE_SOON_DAYS, type Warning, type WarningCode } from './calendar-warnings.ts';

/** The words for a plan item's `status`, shared by the report's messages, the CLI and the staff pages. */
export const PLAN_STATUS_LABEL: Record<PlanItem['status'], EditorKey> = {
  planned: 'calendar.status.planned',
  'in-progress': 'calendar.status.in-progress',
  done: 'calendar.status.done',
  cancelled: 'calendar.status.cancelled',
};

/** The words for an entry's state in one language. */
export const ENTRY_STATE_LABEL: Record<EntryState, EditorKey> = {
  published: 'calendar.state.published',
  scheduled: 'calendar.state.scheduled',
  draft: 'calendar.state.draft',
  expired: 'calendar.state.expired',
  missing: 'calendar.state.missing',
};

/** An anniversary's occurrence in the year, with what the plan and the articles do for it. */
export type OccurrenceRow = Occurrence & { name: string; planned: string[]; articles: EntryStatus[] };
/** A plan item with its first and last day and the state of each entry it will publish. */
export type PlanRow = PlanItem & { start: string; end: string; statuses: EntryStatus[] };

export interface CalendarReport {
  year: number;
  today: string;
  occurrences: OccurrenceRow[];
  items: PlanRow[];
  warnings: Warning[];
}

export interface ReportInput {
  year: number;
  now: Date;
  locales: readonly string[];
  anniversaries: readonly { id: string; data: AnniversaryData }[];
  items: readonly PlanItem[];
  entries: readonly ContentEntry[];
}

function statusOf(ref: string, input: ReportInput, byId: Map<string, ContentEntry>): EntryStatus {
  const [collection, slug] = ref.split('/');
  const states: Record<string, EntryState> = {};
  const publishAt: Record<string, Date> = {};
  let title: string | undefined;
  for (const locale of input.locales) {
    const entry = byId.get(`${collection}/${locale}/${slug}`);
    states[locale] = entry ? publicationState(entry.data, input.now) : 'missing';
    title ??= entry?.data.title;
    if (entry?.data.publishAt) publishAt[locale] = entry.data.publishAt;
  }
  return { ref, title, states, publishAt };
}

export function calendarReport(input: ReportInput): CalendarReport {
  const byId = new Map(input.entries.map((e) => [`${e.collection}/${e.id}`, e]));
  const today = isoDay(vnCalendarDay(input.now));
  const [defaultLocale] = input.locales;
  const items = input.items
    .map((item) => {
      const start = item.date ?? item.window!.start;
      return {
        ...item,
        start,
        end: item.date ?? item.window!.end,
        statuses: item.entries.map((r) => statusOf(r, input, byId)),
      };
    })
    .sort((a, b) => a.start.localeCompare(b.start) || a.id.localeCompare(b.id));

  const occurrences = occurrencesInYear(input.anniversaries, input.year).map((o) => {
    const data = input.anniversaries.find((a) => a.id === o.id)!.data;
    const refs = input.entries
      .filter((e) => e.collection === 'articles' && e.id.startsWith(`${defaultLocale}/`) && e.data.anniversary === o.id)
      .filter((e) => e.data.publishAt && vnCalendarDay(e.data.publishAt).year === input.year)
      .map((e) => `articles/${e.id.split('/')[1]}`);
    const planned = items.filter((i) => i.anniversary.includes(o.id)).map((i) => i.id);
    return {
      ...o,
      name: data.name[defaultLocale!] ?? o.id,
      planned,
      articles: refs.map((r) => statusOf(r, input, byId)),
    };
  });

  const warnings = planWarnings({
    occurrences,
    items,
    anniversaries: input.anniversaries,
    locales: input.locales,
    today,
  });
  return { year: input.year, today, occurrences, items, warnings };
}
