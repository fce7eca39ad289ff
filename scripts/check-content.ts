/**
 * `npm run check:content`: validates every content file and reports every problem at once.
 * Exits non-zero when there is any.
 */
import { contentDir } from '../src/lib/paths.ts';
import { validateContent } from '../src/lib/content-files.ts';

const root = contentDir();
const { files, problems } = validateContent(root);
for (const p of problems) {
  const where = `${p.file}${p.line ? `:${p.line}` : ''}`;
  console.error(`✗ ${where}${p.field ? ` — field \`${p.field}\`` : ''}: ${p.message.replace(`${where}: `, '')}`);
}
console.log(`${files.length} content files checked in ${root}/, ${problems.length} problem(s).`);
process.exit(problems.length > 0 ? 1 : 0);
