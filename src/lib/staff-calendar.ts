/**
 * The staff calendar page (`/staff/calendar/<year>/`): the same report as `npm run calendar`
 * (calendarReport), as rows staff read: dates as dd/mm/yyyy, every label in the editor's language,
 * each plan item with its deadline, assignee and the state of its entries in every language.
 */
import { editorCount, editorText, type EditorKey } from '../i18n/editor.ts';
import type { Weight } from './anniversaries.ts';
import {
  calendarReport,
  ENTRY_STATE_LABEL,
  PLAN_STATUS_LABEL,
  type EntryState,
  type EntryStatus,
  type ReportInput,
  type WarningCode,
} from './calendar.ts';
import type { PlanItem } from '../schemas/calendar.ts';
import { cmsEntryUrl, dmy, staffChrome, type StaffChrome, type StaffContext } from './staff-pages.ts';

const WEIGHT_LABEL: Record<Weight, EditorKey> = {
  greatest: 'staff.weight.greatest',
  major: 'staff.weight.major',
  round: 'staff.weight.round',
  regular: 'staff.weight.regular',
};
const CHANNEL_LABEL: Record<PlanItem['channels'][number], EditorKey> = {
  website: 'staff.channel.website',
  social: 'staff.channel.social',
  led: 'staff.channel.led',
  press: 'staff.channel.press',
  'radio-tv': 'staff.channel.radio-tv',
  print: 'staff.channel.print',
  events: 'staff.channel.events',
};

export interface EntryStatusView {
  ref: string;
  title: string;
  editUrl: string;
  states: { locale: string; state: EntryState; label: string }[];
}

export interface PlanItemView {
  id: string;
  /** The row's id, for links from the warnings and the anniversaries. */
  anchor: string;
  when: string;
  title: string;
  anniversaries: string[];
  lead: string;
  coordinating: string[];
  channels: string[];
  status: PlanItem['status'];
  statusLabel: string;
  /** `dd/mm/yyyy`, or undefined when the plan gives no deadline. */
  due: string | undefined;
  assignee: string | undefined;
  reviewBy: string | undefined;
  notes: string | undefined;
  entries: EntryStatusView[];
}

export interface StaffCalendarView {
  kind: 'calendar';
  chrome: StaffChrome;
  year: number;
  plan: string | undefined;
  summary: string;
  anniversaries: {
    date: string;
    name: string;
    ordinal: string | undefined;
    weight: Weight;
    weightLabel: string;
    lunar: string | undefined;
    planned: { id: string; href: string }[];
    articles: EntryStatusView[];
  }[];
  items: PlanItemView[];
  warnings: { code: WarningCode; date: string; message: string; href: string | undefined }[];
}

const anchor = (id: string) => `item-${id}`;

function entryView(s: EntryStatus, locales: readonly string[]): EntryStatusView {
  const [collection = '', slug = ''] = s.ref.split('/');
  return {
    ref: s.ref,
    title: s.title ?? s.ref,
    editUrl: cmsEntryUrl(collection, slug),
    states: locales.map((locale) => {
      const state = s.states[locale] ?? 'missing';
      return { locale, state, label: editorText(ENTRY_STATE_LABEL[state]) };
    }),
  };
}

export function staffCalendar(
  input: ReportInput & { plan?: string | undefined },
  ctx: StaffContext,
): StaffCalendarView {
  const report = calendarReport(input);
  const [source = ''] = input.locales;
  const nameOf = (id: string) => input.anniversaries.find((a) => a.id === id)?.data.name[source] ?? id;
  const milestones = report.occurrences.filter((o) => o.weight !== 'regular').length;
  const title = editorText('calendar.title', { year: input.year });
  return {
    kind: 'calendar',
    chrome: staffChrome(`calendar/${input.year}`, title, ctx),
    year: input.year,
    plan: input.plan,
    summary: editorText('calendar.summary', {
      occurrences: editorCount('count.anniversaries', report.occurrences.length),
      milestones: editorCount('count.milestones', milestones),
      items: editorCount('count.tasks', report.items.length),
      warnings: editorCount('count.warnings', report.warnings.length),
    }),
    anniversaries: report.occurrences.map((o) => ({
      date: dmy(o.date),
      name: o.name,
      ordinal: o.ordinal ? editorCount('count.years', o.ordinal) : undefined,
      weight: o.weight,
      weightLabel: editorText(WEIGHT_LABEL[o.weight]),
      lunar: o.lunar ? editorText('calendar.lunar', { day: o.lunar.day, month: o.lunar.month }) : undefined,
      planned: o.planned.map((id) => ({ id, href: `#${anchor(id)}` })),
      articles: o.articles.map((a) => entryView(a, input.locales)),
    })),
    items: report.items.map((it) => ({
      id: it.id,
      anchor: anchor(it.id),
      when: it.start === it.end ? dmy(it.start) : `${dmy(it.start)} – ${dmy(it.end)}`,
      title: it.title,
      anniversaries: it.anniversary.map(nameOf),
      lead: it.lead,
      coordinating: it.coordinating,
      channels: it.channels.map((c) => editorText(CHANNEL_LABEL[c])),
      status: it.status,
      statusLabel: editorText(PLAN_STATUS_LABEL[it.status]),
      due: it.due && dmy(it.due),
      assignee: it.assignee,
      reviewBy: it.reviewBy && dmy(it.reviewBy),
      notes: it.notes,
      entries: it.statuses.map((s) => entryView(s, input.locales)),
    })),
    warnings: report.warnings.map((w) => ({
      code: w.code,
      date: dmy(w.date),
      message: w.message,
      href: w.item ? `#${anchor(w.item)}` : undefined,
    })),
  };
}
