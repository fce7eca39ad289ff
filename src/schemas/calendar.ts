/**
 * The content calendar: one YAML file a year (`content/calendar/2025.yaml`) with the planned
 * work of the external-information plan: what, when, who leads, who helps, through which
 * channels, what it will publish, and where it stands.
 */
import { z } from 'astro/zod';
import { editorError, editorText } from '../i18n/editor.ts';
import { parseCalendarDate } from '../lib/dates.ts';
import { calendarDate, refineUniqueIds, slug, year } from './fields.ts';

export const CHANNELS = ['website', 'social', 'led', 'press', 'radio-tv', 'print', 'events'] as const;
export const PLAN_STATUSES = ['planned', 'in-progress', 'done', 'cancelled'] as const;

/** `articles/ky-niem-80-nam-quoc-khanh`: an entry (all its languages) the item will publish. */
export const entryRef = () =>
  z
    .string()
    .regex(
      /^(articles|heritage|products|sovereignty|partners|pages)\/[a-z0-9]+(?:-[a-z0-9]+)*$/,
      editorError('schema.entry-ref'),
    );

export const planItemSchema = () =>
  z
    .strictObject({
      id: slug(),
      /** The task as the plan words it (Vietnamese: the plan is the office's working document). */
      title: z.string().trim().min(1),
      /** A single day… */
      date: calendarDate().optional(),
      /** …or a window of days. */
      window: z.strictObject({ start: calendarDate(), end: calendarDate() }).optional(),
      /**
       * The anniversary the item is for, or a list when one campaign marks several (the plan's
       * "80 năm CAND và 20 năm Ngày hội toàn dân bảo vệ an ninh Tổ quốc"). Content is due before
       * the first one listed.
       */
      anniversary: z
        .union([slug(), z.array(slug()).min(1)])
        .optional()
        .transform((v) => (v === undefined ? [] : [v].flat())),
      entries: z.array(entryRef()).default([]),
      lead: z.string().trim().min(1),
      coordinating: z.array(z.string().trim().min(1)).default([]),
      channels: z.array(z.enum(CHANNELS)).min(1, editorError('schema.channels')),
      status: z.enum(PLAN_STATUSES),
      /** When the content must be ready: a working deadline, apart from any entry's publishAt. */
      due: calendarDate().optional(),
      /** The unit (or office) answerable for the item, as the plan assigns it: free text. */
      assignee: z.string().trim().min(1).optional(),
      /**
       * For facts that go stale (OCOP ratings expire after 36 months, contacts and partner lists
       * change): by when the linked entries must be checked again. The calendar warns from that day.
       */
      reviewBy: calendarDate().optional(),
      notes: z.string().optional().meta({ cms: 'text' }),
    })
    .refine((i) => (i.date === undefined) !== (i.window === undefined), {
      ...editorError('schema.date-or-window'),
      path: ['date'],
    })
    .refine((i) => !i.window || i.window.start <= i.window.end, {
      ...editorError('schema.window-order'),
      path: ['window', 'end'],
    });

export const calendarSchema = () =>
  z
    .strictObject({
      year: year(),
      /** The plan this file transcribes, e.g. "Kế hoạch số 30/KH-UBND ngày 18/02/2025". */
      plan: z.string().optional(),
      /**
       * How the file was made: sources, naming decisions, what was left out. A field, not a YAML
       * comment, because the CMS rewrites the file when it saves and keeps no comments.
       */
      notes: z.string().optional().meta({ cms: 'text' }),
      items: z.array(planItemSchema()),
    })
    .superRefine((cal, ctx) => {
      refineUniqueIds(cal.items, 'items', ctx);
      cal.items.forEach((item, i) => {
        const start = item.date ?? item.window?.start;
        if (start && parseCalendarDate(start)?.year !== cal.year) {
          ctx.addIssue({
            code: 'custom',
            message: editorText('schema.other-year', { year: cal.year }),
            path: ['items', i],
          });
        }
      });
    });

export type PlanItem = z.infer<ReturnType<typeof planItemSchema>>;
export type CalendarData = z.infer<ReturnType<typeof calendarSchema>>;
