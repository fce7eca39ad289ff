/**
 * `npm run schedule:next`: prints the next moment the published site changes (the next
 * `publishAt` or `expiresAt` after now), so a scheduler can rebuild exactly then.
 * Prints only the moment and the entry's file path, never its title: the output of a
 * scheduled job may be more public than the content.
 * `--json` prints {"next": "<ISO>" | null, "in_seconds": n} for machines.
 */
import { parseArgs } from 'node:util';
import { siteNow } from '../src/lib/clock.ts';
import { loadContent } from '../src/lib/content-files.ts';
import { toVnIso } from '../src/lib/dates.ts';
import { contentDir } from '../src/lib/paths.ts';
import { nextChange, type PublicationFields } from '../src/lib/publication.ts';

const { values } = parseArgs({ options: { json: { type: 'boolean', default: false } } });
const now = siteNow();
const { entries } = loadContent(contentDir());
const next = nextChange(
  entries.map((e) => ({ ...e, data: e.data as PublicationFields })),
  now,
);
if (values.json) {
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
