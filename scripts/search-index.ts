/**
 * Builds the Pagefind search index of a built site (`node scripts/search-index.ts <dir>`), one
 * index per `<html lang>`, from the pages marked `data-pagefind-body` (published detail pages).
 * `npm run build` runs it on the new output before swapping it in.
 */
import { join } from 'node:path';
import * as pagefind from 'pagefind';

const dir = process.argv[2];
if (!dir) throw new Error('Usage: node scripts/search-index.ts <built site folder>');

// A query downloads the index chunks holding its words. Pagefind's default chunk (20,000
// word positions) weighs 20–50 kB compressed, so a first search paid 40–60 kB of index for a
// two-word query; chunks of 2,500 positions (6–8 kB) bring that to about 10 kB. The price is a
// longer chunk list in each language's meta file: +0.4 kB on the demo. Pagefind reads the size
// from this environment variable only (marked unstable in 1.x): if a release drops it, search
// works as before with the default chunks, and tests/build/budgets.test.ts fails.
process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE = '2500';
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
