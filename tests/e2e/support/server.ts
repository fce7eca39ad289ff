/**
 * Serves a built site on a free loopback port with sirv (the static server behind Vite's
 * preview), so the tests never collide with an `astro preview` a developer has running.
 * Unknown paths get the site's 404 page with status 404, as a real host would send.
 */
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import sirv from 'sirv';
import { demoDist } from '../../support/built-demo.ts';

/** Serves `outDir`; by default dist/, once it is known to be built from the current sources. */
export async function startPreview(outDir = demoDist()): Promise<{ origin: string; stop: () => void }> {
  const serve = sirv(outDir, { dev: false, etag: true, extensions: ['html'] });
  const notFound = readFileSync(join(outDir, '404.html'));
  const server: Server = createServer((req, res) =>
    serve(req, res, () => {
      res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
      res.end(notFound);
    }),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (typeof address !== 'object' || !address) throw new Error('The test server has no address.');
  return { origin: `http://127.0.0.1:${address.port}`, stop: () => server.close() };
}
