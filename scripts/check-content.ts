/**
 * `npm run check:content [-- --lang en]`: the content gate (src/lib/content-checks.ts, the same
 * function Astro runs in dev and build) from the terminal. Lists every problem with its file,
 * line, field and fix; exits 1 when any problem is an error; warnings alone do not fail.
 */
import { parseArgs } from 'node:util';
import { editorCount, editorText } from '../src/i18n/editor.ts';
import { siteNow } from '../src/lib/clock.ts';
import { checkContent } from '../src/lib/content-checks.ts';
import { countErrors, formatProblem } from '../src/lib/gate/report.ts';
import { contentDir } from '../src/lib/paths.ts';

const { values } = parseArgs({ options: { lang: { type: 'string' } } });
if (values.lang) process.env.EDITOR_LANG = values.lang;

const root = contentDir();
const { files, problems } = await checkContent(root, { now: siteNow() });
for (const p of problems) console.error(formatProblem(p));
const { errors, warnings } = countErrors(problems);
console.log(
  editorText('check.summary', {
    files: editorCount('count.content-files', files.length),
    dir: root,
    errors: editorCount('count.errors', errors),
    warnings: editorCount('count.warnings', warnings),
  }),
);
// exitCode, not exit(): exit() would drop output still on its way through a pipe.
process.exitCode = errors > 0 ? 1 : 0;
