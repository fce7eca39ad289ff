/**
 * Publication moments as the CMS form shows them: typed and read in Vietnam time whatever the
 * editor's computer is set to (an editor abroad, a laptop left on UTC), stored with the +07:00
 * offset the gate reads, and shown as help in Seoul and Beijing time, where partners read them.
 * Pure and browser-safe (no process.env, no catalogue): the widget passes its own words.
 */
import { VN_OFFSET_MINUTES, VN_TIME_ZONE } from './dates.ts';
import { publicationState, type PublicationState } from './publication.ts';

/** The moment a form value stands for: a Date (YAML timestamps) or an ISO text; none if unreadable. */
export function momentOf(value: unknown): Date | undefined {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value;
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  const text = value.trim();
  if (!/^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?(?:Z|[+-]\d{2}:\d{2})?$/.test(text))
    return undefined;
  // No offset means Vietnam time, as everywhere in the project.
  const withTime = text.length === 10 ? `${text}T00:00` : text.replace(' ', 'T');
  const iso = /(?:Z|[+-]\d{2}:\d{2})$/.test(withTime) ? withTime : `${withTime}+07:00`;
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

/** The value of an `<input type="datetime-local">` showing `date` in Vietnam time: `2026-12-20T08:00`. */
export function vnInputValue(date: Date | undefined): string {
  if (!date) return '';
  return new Date(date.getTime() + VN_OFFSET_MINUTES * 60_000).toISOString().slice(0, 16);
}

/** What the form stores for a Vietnam-time input: `2026-12-20T08:00:00+07:00`, or nothing. */
export function fromVnInput(local: string): string {
  return /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(local) ? `${local}:00+07:00` : '';
}

/** `08:00, 20/12/2026` in a time zone: the same digits for every UI language. */
export function clockIn(date: Date, timeZone: string): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone,
      hour: '2-digit',
      minute: '2-digit',
      day: '2-digit',
      month: '2-digit',
      year: 'numeric',
      hourCycle: 'h23',
    })
      .formatToParts(date)
      .map((p) => [p.type, p.value]),
  );
  return `${parts['hour']}:${parts['minute']}, ${parts['day']}/${parts['month']}/${parts['year']}`;
}

export interface MomentHelp {
  vietnam: string;
  seoul: string;
  beijing: string;
}

export function momentHelp(date: Date): MomentHelp {
  return {
    vietnam: clockIn(date, VN_TIME_ZONE),
    seoul: clockIn(date, 'Asia/Seoul'),
    beijing: clockIn(date, 'Asia/Shanghai'),
  };
}

/** The entry's state as of `now`, from the form's raw values (the same rule the site applies). */
export function formState(
  data: { draft?: unknown; publishAt?: unknown; expiresAt?: unknown },
  now: Date,
): PublicationState {
  return publicationState(
    { draft: data.draft === true, publishAt: momentOf(data.publishAt), expiresAt: momentOf(data.expiresAt) },
    now,
  );
}
