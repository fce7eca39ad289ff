/**
 * `npm run schedule:next`: prints the next moment the published site changes (the next
 * `publishAt` or `expiresAt` after now), so a scheduler can rebuild exactly then.
 * Prints only the moment and the entry's file path, never its title: the output of a
 * scheduled job may be more public than the content.
 * `--json` prints {"next": "<ISO>" | null, "in_seconds": n} for machines.
 * `--fingerprint` prints a hash of what is published now (entry ids and the Vietnam calendar
 * day, since the home page and calendar move with the date): a scheduled job rebuilds only
 * when it differs from the last deployed one.
 */
import { createHash } from 'node:crypto';
import { parseArgs } from 'node:util';
import { siteNow } from '../src/lib/clock.ts';
import { loadContent } from '../src/lib/content-validate.ts';
import { isoDay, toVnIso, vnCalendarDay } from '../src/lib/dates.ts';
import { contentDir } from '../src/lib/paths.ts';
import { isPublished, nextChange } from '../src/lib/publication.ts';

const { values } = parseArgs({
  options: { json: { type: 'boolean', default: false }, fingerprint: { type: 'boolean', default: false } },
});
const now = siteNow();
const { entries } = loadContent(contentDir());
const next = nextChange(
  entries.map((e) => ({ ...e, data: e.data })),
  now,
);
if (values.fingerprint) {
  const published = entries.filter((e) => isPublished(e.data, now)).map((e) => `${e.collection}/${e.id}`);
  const hash = createHash('sha256').update([isoDay(vnCalendarDay(now)), ...published.sort()].join('\n'));
  console.log(hash.digest('hex').slice(0, 16));
} else if (values.json) {
  console.log(
    JSON.stringify({
      now: toVnIso(now),
      next: next ? toVnIso(next.at) : null,
      in_seconds: next ? Math.ceil((next.at.getTime() - now.getTime()) / 1000) : null,
    }),
  );
} else if (next) {
  console.log(`${toVnIso(next.at)}  ${next.event}  ${next.entry.collection}/${next.entry.id}`);
} else {
  console.log('none: nothing is scheduled to change.');
}
