/**
 * Serves dist/ on loopback compressing text the way a production host would (gzip), so the
 * byte counts are what a visitor downloads. Pagefind's own files arrive already compressed.
 */
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BrowserContext, Page } from 'playwright-core';
import sirv from 'sirv';

const TYPES: Record<string, string> = {
  html: 'text/html; charset=utf-8',
  css: 'text/css',
  js: 'text/javascript',
  json: 'application/json',
  svg: 'image/svg+xml',
  xml: 'application/xml',
  pagefind: 'application/wasm',
};

export async function serveCompressed(dir = 'dist'): Promise<{ origin: string; server: Server }> {
  const serve = sirv(dir, { dev: false, extensions: ['html'] });
  const server = createServer((req, res) => {
    const url = decodeURIComponent((req.url ?? '/').split('?')[0]!);
    const file = join(dir, url.endsWith('/') ? `${url}index.html` : url);
    const ext = file.split('.').pop() ?? '';
    const compressible = ['html', 'css', 'js', 'json', 'svg', 'xml'].includes(ext) || file.endsWith('.pagefind');
    if (compressible && (req.headers['accept-encoding'] ?? '').includes('gzip')) {
      try {
        const body = gzipSync(readFileSync(file));
        res.writeHead(200, {
          'content-encoding': 'gzip',
          'content-type': TYPES[ext] ?? 'application/octet-stream',
          'content-length': body.length,
        });
        res.end(body);
        return;
      } catch {
        // not a file: sirv answers (404 and the rest)
      }
    }
    serve(req, res, () => {
      res.statusCode = 404;
      res.end();
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as { port: number };
  return { origin: `http://127.0.0.1:${port}`, server };
}

/**
 * Requests and bytes (encoded body and headers, as sent) a browser context transfers while
 * `action` runs on a new page. Counted per context, so Pagefind's worker requests are included.
 */
export async function transferred(
  context: BrowserContext,
  action: (page: Page) => Promise<void>,
): Promise<{ bytes: number; requests: number; byType: Record<string, number> }> {
  let bytes = 0;
  let requests = 0;
  // Bytes per Chromium resource type (document, stylesheet, script, font, image, fetch…).
  const byType: Record<string, number> = {};
  const pending: Promise<void>[] = [];
  context.on('requestfinished', (r) =>
    pending.push(
      Promise.all([r.sizes(), r.response()]).then(([s, response]) => {
        // Chromium reports no body size for a worker's own script (Pagefind's search worker, 12 KB):
        // the Content-Length the server sent stands in.
        const body = s.responseBodySize > 0 ? s.responseBodySize : Number(response?.headers()['content-length'] ?? 0);
        const size = body + s.responseHeadersSize;
        bytes += size;
        byType[r.resourceType()] = (byType[r.resourceType()] ?? 0) + size;
        requests++;
      }),
    ),
  );
  await action(await context.newPage());
  await Promise.all(pending);
  return { bytes, requests, byType };
}
