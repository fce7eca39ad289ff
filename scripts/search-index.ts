/**
 * Builds the Pagefind search index of a built site (`node scripts/search-index.ts <dir>`), one
 * index per `<html lang>`, from the pages marked `data-pagefind-body` (published detail pages).
 * `npm run build` runs it on the new output before swapping it in.
 */
import { join } from 'node:path';
import * as pagefind from 'pagefind';

const dir = process.argv[2];
if (!dir) throw new Error('Usage: node scripts/search-index.ts <built site folder>');

const { index, errors } = await pagefind.createIndex({});
if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
const added = await index.addDirectory({ path: dir });
const written = await index.writeFiles({ outputPath: join(dir, 'pagefind') });
await pagefind.close();
const problems = [...added.errors, ...written.errors];
if (problems.length > 0) {
  console.error(`✗ Search index: ${problems.join('; ')}`);
  process.exitCode = 1;
} else {
  console.log(`Search index: ${added.page_count} pages indexed.`);
}
