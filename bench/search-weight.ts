/**
 * Bytes a browser downloads (compressed, as sent) to open each locale's search page and run a
 * first query, measured in Chromium, the search worker's requests included; and the index size
 * per language. `node bench/search-weight.ts` (after `npm run build`).
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium } from '../tests/e2e/support/browser.ts';
import { serveCompressed, transferred } from './serve.ts';

const QUERIES: [string, string, string][] = [
  ['vi', '/search/', 'dinh hoa'],
  ['en', '/en/search/', 'green tea'],
  ['zh-hans', '/zh/search/', '绿茶'],
  ['ko', '/ko/search/', '녹차를'],
];

// `node bench/search-weight.ts [dir]`: another build (an earlier checkout's dist/) to compare.
const { origin, server } = await serveCompressed(process.argv[2] ?? 'dist');
const { browser, close } = await launchChromium();
const rows: string[] = [];
for (const [lang, path, query] of QUERIES) {
  const context = await browser.newContext();
  let results = 0;
  const { bytes, requests } = await transferred(context, async (page) => {
    await page.goto(`${origin}${path}?q=${encodeURIComponent(query)}`);
    await page.waitForFunction(() => /\d/.test(document.getElementById('search-status')?.textContent ?? ''));
    await page.waitForLoadState('networkidle');
    results = await page.locator('#search-results h2').count();
  });
  await context.close();
  const index = readdirSync('dist/pagefind/index')
    .filter((f) => f.startsWith(`${lang}_`))
    .reduce((n, f) => n + statSync(join('dist/pagefind/index', f)).size, 0);
  const fragments = readdirSync('dist/pagefind/fragment').filter((f) => f.startsWith(`${lang}_`)).length;
  rows.push(
    `| ${lang} | "${query}" | ${results} | ${(bytes / 1024).toFixed(1)} KB in ${requests} requests | ${(index / 1024).toFixed(1)} KB + ${fragments} fragments |`,
  );
}
await close();
server.close();
console.log('| index | first query | results shown | page + first query (compressed) | index size |');
console.log('| --- | --- | --- | --- | --- |');
console.log(rows.join('\n'));
