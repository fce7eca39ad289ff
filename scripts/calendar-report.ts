/**
 * `npm run calendar -- --year 2025 [--as-of <date-time>] [--strict]`
 * Prints the year's editorial calendar (anniversaries, plan items, the state of their entries in
 * every language, warnings) and writes the same report as HTML to reports/calendar-<year>.html.
 * `--strict` exits 1 when there are warnings, for CI.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { editorText } from '../src/i18n/editor.ts';
import { LOCALE_CODES } from '../src/i18n/locales.ts';
import { calendarReport } from '../src/lib/calendar.ts';
import { siteNow } from '../src/lib/clock.ts';
import { loadContent } from '../src/lib/content-validate.ts';
import { parseVnDateTime, toVnIso, vnCalendarDay } from '../src/lib/dates.ts';
import { contentDir } from '../src/lib/paths.ts';
import { reportHtml, reportText } from './lib/calendar-format.ts';

const { values } = parseArgs({
  options: { year: { type: 'string' }, 'as-of': { type: 'string' }, strict: { type: 'boolean', default: false } },
});
let now = siteNow();
if (values['as-of']) {
  const parsed = parseVnDateTime(values['as-of']);
  if (!parsed.ok) throw new Error(`--as-of: ${parsed.error}`);
  now = parsed.date;
}
const year = values.year ? Number(values.year) : vnCalendarDay(now).year;
if (!Number.isInteger(year)) throw new Error(editorText('calendar.bad-year', { value: values.year ?? '' }));

const content = loadContent(contentDir());
const plan = content.calendars.find((c) => c.id === String(year))?.data;
const report = calendarReport({
  year,
  now,
  locales: LOCALE_CODES,
  anniversaries: content.anniversaries,
  items: plan?.items ?? [],
  entries: content.entries,
});

console.log(reportText(report, { asOf: toVnIso(now), plan: plan?.plan, locales: LOCALE_CODES }));
mkdirSync('reports', { recursive: true });
const out = `reports/calendar-${year}.html`;
writeFileSync(out, reportHtml(report, { asOf: toVnIso(now), plan: plan?.plan, locales: LOCALE_CODES }));
console.log(`\n${editorText('calendar.html-report', { path: out })}`);
if (values.strict && report.warnings.length > 0) process.exitCode = 1;
