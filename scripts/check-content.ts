/**
 * `npm run check:content [-- --lang en]`: checks every content file (all collections, all
 * languages, the calendar and the glossary) and lists every problem with its file, line, field
 * and fix. Exits 1 when any problem is an error; warnings alone do not fail.
 */
import { relative } from 'node:path';
import { parseArgs } from 'node:util';
import { siteNow } from '../src/lib/clock.ts';
import { checkContent } from '../src/lib/content-checks.ts';
import { contentDir } from '../src/lib/paths.ts';

const { values } = parseArgs({ options: { lang: { type: 'string' } } });
if (values.lang) process.env.EDITOR_LANG = values.lang;
const en = process.env.EDITOR_LANG === 'en';

const root = contentDir();
const { files, problems } = checkContent(root, { now: siteNow() });
for (const p of problems) {
  const where = `${relative(process.cwd(), p.file)}${p.line ? `:${p.line}` : ''}`;
  const field = p.field ? ` [${p.field}]` : '';
  // Messages from the YAML reader already start with the file and line.
  const message = p.message.startsWith(p.file) ? p.message.slice(p.message.indexOf(': ') + 2) : p.message;
  console.error(`${p.severity === 'error' ? '✗' : '⚠'} ${where}${field} ${message}`);
}
const errors = problems.filter((p) => p.severity === 'error').length;
const warnings = problems.length - errors;
console.log(
  en
    ? `${files.length} content files checked in ${root}/: ${errors} error(s), ${warnings} warning(s).`
    : `Đã kiểm tra ${files.length} tệp nội dung trong ${root}/: ${errors} lỗi, ${warnings} cảnh báo.`,
);
// exitCode, not exit(): exit() would drop output still on its way through a pipe.
process.exitCode = errors > 0 ? 1 : 0;
