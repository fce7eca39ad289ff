/**
 * Bytes a browser downloads (compressed, as sent) to open each locale's search page and run a
 * first query, measured in Chromium (encoded body and headers of every request, the search
 * worker's included). Also the index size per
 * language. `node bench/search-weight.ts` (after `npm run build`).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import sirv from 'sirv';
import { launchChromium } from '../tests/e2e/support/browser.ts';

const QUERIES: [string, string, string][] = [
  ['vi', '/search/', 'dinh hoa'],
  ['en', '/en/search/', 'green tea'],
  ['zh-hans', '/zh/search/', '绿茶'],
  ['ko', '/ko/search/', '녹차를'],
];

// A server that compresses like a production host would (gzip for text; Pagefind files are already gzip).
const serve = sirv('dist', { dev: false, extensions: ['html'] });
const server = createServer((req, res) => {
  const url = (req.url ?? '/').split('?')[0]!;
  const file = join('dist', url.endsWith('/') ? `${url}index.html` : url);
  if (/\.(html|css|js|json)$/.test(file) && (req.headers['accept-encoding'] ?? '').includes('gzip')) {
    try {
      const body = gzipSync(readFileSync(file));
      const type = file.endsWith('.html')
        ? 'text/html; charset=utf-8'
        : file.endsWith('.css')
          ? 'text/css'
          : file.endsWith('.js')
            ? 'text/javascript'
            : 'application/json';
      res.writeHead(200, { 'content-encoding': 'gzip', 'content-type': type });
      return res.end(body);
    } catch {
      // fall through to sirv (404 and the rest)
    }
  }
  serve(req, res, () => {
    res.statusCode = 404;
    res.end();
  });
});
await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
const { port } = server.address() as { port: number };
const { browser, close } = await launchChromium();

const rows: string[] = [];
for (const [lang, path, query] of QUERIES) {
  const context = await browser.newContext();
  const page = await context.newPage();
  // Playwright sees the requests of Pagefind's worker too (the DevTools session of the page does not).
  let bytes = 0;
  let requests = 0;
  const pending: Promise<void>[] = [];
  context.on('requestfinished', (r) =>
    pending.push(
      r.sizes().then((s) => void ((bytes += Math.max(0, s.responseBodySize) + s.responseHeadersSize), requests++)),
    ),
  );
  await page.goto(`http://127.0.0.1:${port}${path}?q=${encodeURIComponent(query)}`);
  await page.waitForFunction(() => /\d/.test(document.getElementById('search-status')?.textContent ?? ''));
  await page.waitForLoadState('networkidle');
  await Promise.all(pending);
  const results = await page.locator('#search-results h2').count();
  const index = readdirSync('dist/pagefind/index')
    .filter((f) => f.startsWith(`${lang}_`))
    .reduce((n, f) => n + statSync(join('dist/pagefind/index', f)).size, 0);
  const fragments = readdirSync('dist/pagefind/fragment').filter((f) => f.startsWith(`${lang}_`));
  rows.push(
    `| ${lang} | "${query}" | ${results} | ${(bytes / 1024).toFixed(1)} KB in ${requests} requests | ${(index / 1024).toFixed(1)} KB + ${fragments.length} fragments |`,
  );
  await context.close();
}
await close();
server.close();
console.log('| index | first query | results shown | page + first query (compressed) | index size |');
console.log('| --- | --- | --- | --- | --- |');
console.log(rows.join('\n'));
