/**
 * The editorial view of a year: anniversary occurrences, the plan's items, the state of every
 * entry they will publish in every language, and the warnings staff must act on. Pure: takes
 * plain content data and a clock.
 */
import { editorCount, editorLang, editorText, type EditorKey, type EditorParams } from '../i18n/editor.ts';
import type { PlanItem } from '../schemas/calendar.ts';
import { occurrence, occurrencesInYear, type AnniversaryData, type Occurrence } from './anniversaries.ts';
import { isoDay, parseCalendarDate, vnCalendarDay } from './dates.ts';
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

export type WarningCode =
  | 'milestone-unplanned'
  | 'scheduled-after'
  | 'missing-translation'
  | 'overdue-draft'
  | 'due-soon-missing-translation'
  | 'overdue'
  | 'review-due';
export interface Warning {
  code: WarningCode;
  date: string;
  message: string;
  /** The plan item it is about, if any (the staff page links the warning to its row). */
  item?: string;
}

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

/** Each warning's message in the catalogue. */
const MESSAGE: Record<WarningCode, EditorKey> = {
  'milestone-unplanned': 'calendar.milestone-unplanned',
  'scheduled-after': 'calendar.scheduled-after',
  'missing-translation': 'calendar.missing-translation',
  'overdue-draft': 'calendar.overdue-draft',
  'due-soon-missing-translation': 'calendar.due-soon-missing-translation',
  overdue: 'calendar.overdue',
  'review-due': 'calendar.review-due',
};

/** How many days ahead of its `due` date an item's missing translations become urgent. */
export const DUE_SOON_DAYS = 7;

/** Whole days from calendar day `from` to `to` (both `YYYY-MM-DD`; negative when `to` is earlier). */
function daysFrom(from: string, to: string): number {
  const utc = (d: string) => {
    const p = parseCalendarDate(d)!;
    return Date.UTC(p.year, p.month - 1, p.day);
  };
  return Math.round((utc(to) - utc(from)) / 86_400_000);
}

/** Language names in the editor's language ("Korean", "tiếng Hàn"), so a fifth locale needs no message. */
function languageNames(codes: readonly string[]): string {
  const lang = editorLang();
  const names = new Intl.DisplayNames(lang, { type: 'language' });
  return new Intl.ListFormat(lang).format(codes.map((c) => names.of(c) ?? c));
}

export interface CalendarReport {
  year: number;
  today: string;
  occurrences: (Occurrence & { name: string; planned: string[]; articles: EntryStatus[] })[];
  items: (PlanItem & { start: string; end: string; statuses: EntryStatus[] })[];
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

/** The occurrence a plan item prepares for: the first on or after its start (a Tết item in December is for next year's Tết). */
function occurrenceFor(
  item: PlanItem & { start: string },
  anniversaries: ReportInput['anniversaries'],
): Occurrence | undefined {
  const a = anniversaries.find((x) => x.id === item.anniversary[0]);
  if (!a) return undefined;
  const year = Number(item.start.slice(0, 4));
  const candidates = [year, year + 1].map((y) => occurrence(a.id, a.data, y)).filter((o): o is Occurrence => !!o);
  return candidates.find((o) => o.date >= item.start) ?? candidates[0];
}

export function calendarReport(input: ReportInput): CalendarReport {
  const byId = new Map(input.entries.map((e) => [`${e.collection}/${e.id}`, e]));
  const today = isoDay(vnCalendarDay(input.now));
  const [defaultLocale] = input.locales;
  const warnings: Warning[] = [];
  const warn = (code: WarningCode, date: string, params: EditorParams, item?: string) =>
    warnings.push({ code, date, message: editorText(MESSAGE[code], params), ...(item ? { item } : {}) });

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

  for (const o of occurrences) {
    if (o.weight !== 'regular' && o.planned.length === 0 && o.articles.length === 0) {
      warn('milestone-unplanned', o.date, {
        name: o.name,
        years: editorCount('count.years', o.ordinal ?? 0),
        date: o.date,
      });
    }
  }
  for (const item of items) {
    const occ = item.anniversary.length > 0 ? occurrenceFor(item, input.anniversaries) : undefined;
    const live = item.status !== 'cancelled';
    const status = editorText(PLAN_STATUS_LABEL[item.status]);
    if (item.due && item.due < today && live && item.status !== 'done') {
      warn('overdue', item.due, { item: item.id, date: item.due, status }, item.id);
    }
    if (item.reviewBy && item.reviewBy <= today && live) {
      warn(
        'review-due',
        item.reviewBy,
        { item: item.id, date: item.reviewBy, refs: item.entries.join(', ') || '—' },
        item.id,
      );
    }
    const dueIn = item.due ? daysFrom(today, item.due) : -1;
    for (const s of item.statuses) {
      const missing = Object.entries(s.states)
        .filter(([, st]) => st === 'missing')
        .map(([l]) => l);
      const params = { item: item.id, ref: s.ref };
      if (missing.length > 0 && missing.length < input.locales.length) {
        warn('missing-translation', item.start, { ...params, locales: missing.join(', ') }, item.id);
      }
      if (item.due && dueIn >= 0 && dueIn <= DUE_SOON_DAYS && live && missing.length > 0) {
        const when = new Intl.RelativeTimeFormat(editorLang(), { numeric: 'auto' }).format(dueIn, 'day');
        const languages = languageNames(missing);
        warn('due-soon-missing-translation', item.due, { ...params, date: item.due, when, languages }, item.id);
      }
      const late = occ ? Object.entries(s.publishAt).filter(([, at]) => isoDay(vnCalendarDay(at)) > occ.date) : [];
      if (occ && late.length > 0) {
        const when = late.map(([l, at]) => `${l} ${isoDay(vnCalendarDay(at))}`).join(', ');
        warn('scheduled-after', item.start, { ...params, date: occ.date, when }, item.id);
      }
      const unready = Object.values(s.states).some((st) => st === 'draft' || st === 'missing');
      if (item.end < today && live && unready) warn('overdue-draft', item.end, { ...params, end: item.end }, item.id);
    }
  }
  warnings.sort(
    (a, b) => a.date.localeCompare(b.date) || a.code.localeCompare(b.code) || a.message.localeCompare(b.message),
  );
  return { year: input.year, today, occurrences, items, warnings };
}
