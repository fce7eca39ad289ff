/**
 * The warnings of a year's calendar report: what staff must act on, each with its date, its
 * message in the editor's language and the plan item it is about. Pure, like the report.
 */
import { editorCount, editorLang, editorText, type EditorKey, type EditorParams } from '../i18n/editor.ts';
import { occurrence, type AnniversaryData, type Occurrence } from './anniversaries.ts';
import { PLAN_STATUS_LABEL, type OccurrenceRow, type PlanRow } from './calendar.ts';
import { isoDay, parseCalendarDate, vnCalendarDay } from './dates.ts';

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

/** The occurrence a plan item prepares for: the first on or after its start (a Tết item in December is for next year's Tết). */
function occurrenceFor(
  item: PlanRow,
  anniversaries: readonly { id: string; data: AnniversaryData }[],
): Occurrence | undefined {
  const a = anniversaries.find((x) => x.id === item.anniversary[0]);
  if (!a) return undefined;
  const year = Number(item.start.slice(0, 4));
  const candidates = [year, year + 1].map((y) => occurrence(a.id, a.data, y)).filter((o): o is Occurrence => !!o);
  return candidates.find((o) => o.date >= item.start) ?? candidates[0];
}

export interface WarningInput {
  occurrences: readonly OccurrenceRow[];
  items: readonly PlanRow[];
  anniversaries: readonly { id: string; data: AnniversaryData }[];
  locales: readonly string[];
  /** Today in Vietnam, `YYYY-MM-DD`. */
  today: string;
}

export function planWarnings(input: WarningInput): Warning[] {
  const { occurrences, items, today } = input;
  const warnings: Warning[] = [];
  const warn = (code: WarningCode, date: string, params: EditorParams, item?: string) =>
    warnings.push({ code, date, message: editorText(MESSAGE[code], params), ...(item ? { item } : {}) });

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
  return warnings;
}
