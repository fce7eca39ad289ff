/**
 * The built site as an office serves it: Debian's nginx (/usr/sbin/nginx) with the project's
 * snippets (docs/nginx/*.conf) and `root` = dist/, on a free loopback port over IPv4 and IPv6.
 * Every response (pages, /_astro/ assets, feeds, the search index, 404 pages) must carry the
 * security headers of public/_headers with exactly the same values, and the right Content-Type.
 * docs/nginx.conf itself, the file the admin copies, must pass `nginx -t` as written (only the
 * certificate paths point at a throwaway self-signed certificate).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoDist } from '../support/built-demo.ts';

const NGINX = '/usr/sbin/nginx';
const DIST = resolve(process.env.DEMO_DIST ?? 'dist');
const HOSTS = ['127.0.0.1', '[::1]'] as const;

/** The `_headers` file: path pattern → header name (lower case) → value. */
function parseHeadersFile(text: string): Map<string, Map<string, string>> {
  const rules = new Map<string, Map<string, string>>();
  let current: Map<string, string> | undefined;
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      current = new Map();
      rules.set(line.trim(), current);
      continue;
    }
    const colon = line.indexOf(':');
    if (!current || colon < 0) throw new Error(`public/_headers: cannot read "${line}"`);
    current.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  return rules;
}

const rules = parseHeadersFile(readFileSync('public/_headers', 'utf8'));
const everywhere = rules.get('/*')!;

/** Whether a `_headers` path pattern matches: `*` any characters, `:name` one path segment. */
function matches(pattern: string, path: string): boolean {
  const source = pattern
    .split(/(\*|:[a-z]+)/)
    .map((part) => (part === '*' ? '.*' : part.startsWith(':') ? '[^/]+' : part.replace(/[.?+^$()[\]{}|\\]/g, '\\$&')))
    .join('');
  return new RegExp(`^${source}$`).test(path);
}

/** The Cache-Control a `_headers` host sends for `path` (the rules other than `/*` set none twice). */
function cacheFor(path: string): string | undefined {
  const found = [...rules].filter(([pattern, headers]) => headers.has('cache-control') && matches(pattern, path));
  if (found.length > 1) throw new Error(`public/_headers: ${path} matches ${found.map(([p]) => p).join(' and ')}`);
  return found[0]?.[1].get('cache-control');
}

/** The first file under dist/<dir> whose name matches. */
function first(dir: string, pattern: RegExp): string {
  if (!existsSync(join(DIST, dir))) throw new Error(`dist/${dir} is missing: run \`npm run build\` first.`);
  const name = readdirSync(join(DIST, dir))
    .sort()
    .find((n) => pattern.test(n));
  if (!name) throw new Error(`dist/${dir} has no file matching ${pattern}: rebuild with \`npm run build\`.`);
  return `/${dir}/${name}`;
}

function listen(server: Server, port: number, host: string): Promise<string | undefined> {
  return new Promise((done) => {
    server.once('error', (e: NodeJS.ErrnoException) => done(e.code ?? e.message));
    server.listen({ port, host, exclusive: true }, () => done(undefined));
  });
}

/** A port free on both 127.0.0.1 and ::1 (nginx binds it right after). */
async function freePort(): Promise<number> {
  for (let attempt = 0; attempt < 20; attempt++) {
    const v4 = createServer();
    if ((await listen(v4, 0, '127.0.0.1')) !== undefined) continue;
    const port = (v4.address() as { port: number }).port;
    const v6 = createServer();
    const error = await listen(v6, port, '::1');
    await new Promise((r) => v4.close(r));
    if (error === undefined) {
      await new Promise((r) => v6.close(r));
      return port;
    }
    if (error === 'EADDRNOTAVAIL' || error === 'EAFNOSUPPORT')
      throw new Error(`This machine has no IPv6 loopback address (::1: ${error}); the test needs it.`);
  }
  throw new Error('No loopback port is free on both 127.0.0.1 and ::1.');
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

let work: string;
let nginx: ChildProcess | undefined;
let port: number;
let exited: Promise<void>;

/** The error log, for failure messages. */
const errorLog = () => (existsSync(join(work, 'error.log')) ? readFileSync(join(work, 'error.log'), 'utf8') : '');

/** Runs nginx and returns what it printed; throws with the output when it fails. */
function run(args: string[]): string {
  const result = spawnSync(NGINX, args, { encoding: 'utf8', timeout: 20_000 });
  const output = `${result.stdout}${result.stderr}`;
  if (result.status !== 0) throw new Error(`nginx ${args.join(' ')} failed:\n${output}${errorLog()}`);
  return output;
}

/**
 * A minimal nginx.conf in a temporary folder: no root rights needed (one foreground process,
 * pid, logs and temp files in the folder), the project's snippets in snippets/doingoai/, and one
 * server with the two loopback addresses and root = dist/.
 */
function writeConfig(dir: string, servers: string): void {
  writeFileSync(
    join(dir, 'nginx.conf'),
    `daemon off;
master_process off;
worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log notice;
events { worker_connections 64; }
http {
    access_log off;
    client_body_temp_path ${dir}/body;
    proxy_temp_path ${dir}/proxy;
    fastcgi_temp_path ${dir}/fastcgi;
    uwsgi_temp_path ${dir}/uwsgi;
    scgi_temp_path ${dir}/scgi;
${servers}
}
`,
  );
}

beforeAll(async () => {
  if (!existsSync(NGINX))
    throw new Error(`${NGINX} is missing: install Debian's nginx (apt-get install nginx); .ci/run does.`);
  demoDist();
  if (!everywhere?.has('content-security-policy'))
    throw new Error('public/_headers has no `/*` block with a Content-Security-Policy.');

  work = mkdtempSync(join(tmpdir(), 'nginx-'));
  // Relative includes resolve against the folder of nginx.conf, as /etc/nginx/ on a server.
  mkdirSync(join(work, 'snippets'));
  cpSync('docs/nginx', join(work, 'snippets/doingoai'), { recursive: true });
  port = await freePort();
  writeConfig(
    work,
    `    server {
        listen 127.0.0.1:${port};
        listen [::1]:${port};
        root ${DIST};
        include snippets/doingoai/site.conf;
    }`,
  );
  const args = ['-p', `${work}/`, '-c', join(work, 'nginx.conf'), '-e', join(work, 'error.log')];
  run(['-t', ...args]);

  const child = spawn(NGINX, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  nginx = child;
  let output = '';
  child.stdout.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr.on('data', (d: Buffer) => (output += d.toString()));
  exited = new Promise((r) => child.once('exit', () => r()));
  child.once('exit', () => (nginx = undefined));

  // Ready when both addresses answer; at most 10 s.
  const deadline = Date.now() + 10_000;
  for (const host of HOSTS) {
    for (;;) {
      if (nginx === undefined) throw new Error(`nginx exited at start:\n${output}${errorLog()}`);
      try {
        const res = await fetch(`http://${host}:${port}/`, { signal: AbortSignal.timeout(1_000) });
        await res.body?.cancel();
        break;
      } catch {
        if (Date.now() > deadline)
          throw new Error(`nginx did not answer on ${host}:${port} within 10 s:\n${output}${errorLog()}`);
        await sleep(100);
      }
    }
  }
});

afterAll(async () => {
  const child = nginx;
  if (child) {
    child.kill('SIGTERM');
    const stopped = await Promise.race([exited.then(() => true), sleep(5_000).then(() => false)]);
    if (!stopped) {
      child.kill('SIGKILL');
      await Promise.race([exited, sleep(2_000)]);
    }
  }
  if (work) rmSync(work, { recursive: true, force: true });
});

interface Case {
  what: string;
  path: string;
  type: string;
  status?: number;
  /** The dist file whose bytes the body must be (default: the file at `path`). */
  file?: string;
}

const HTML = 'text/html; charset=utf-8';
const BINARY = 'application/octet-stream';

function cases(): Case[] {
  return [
    { what: 'a Vietnamese page', path: '/', type: HTML, file: 'index.html' },
    { what: 'an English page', path: '/en/heritage/', type: HTML, file: 'en/heritage/index.html' },
    { what: 'a stylesheet', path: first('_astro', /\.css$/), type: 'text/css; charset=utf-8' },
    { what: 'a script', path: first('_astro', /\.js$/), type: 'text/javascript; charset=utf-8' },
    { what: 'an AVIF image', path: first('_astro', /\.avif$/), type: 'image/avif' },
    { what: 'a WebP image', path: first('_astro', /\.webp$/), type: 'image/webp' },
    { what: 'a JPEG image', path: first('_astro', /\.jpg$/), type: 'image/jpeg' },
    { what: 'a font', path: first('_astro', /\.woff2$/), type: 'font/woff2' },
    { what: 'the emblem', path: '/emblem.svg', type: 'image/svg+xml' },
    { what: 'the favicon', path: '/favicon.ico', type: 'image/x-icon' },
    { what: 'an icon', path: '/icon-192.png', type: 'image/png' },
    { what: 'the touch icon', path: '/apple-touch-icon.png', type: 'image/png' },
    { what: 'a social card', path: '/og/index.jpg', type: 'image/jpeg' },
    { what: 'an English social card', path: '/og/en/heritage/den-duom.jpg', type: 'image/jpeg' },
    { what: 'the sitemap of pages', path: '/sitemap-0.xml', type: 'application/xml; charset=utf-8' },
    { what: 'the Korean calendar feed', path: '/ko/calendar.ics', type: 'text/calendar; charset=utf-8' },
    { what: 'the RSS feed', path: '/rss.xml', type: 'application/rss+xml; charset=utf-8' },
    { what: 'the English RSS feed', path: '/en/rss.xml', type: 'application/rss+xml; charset=utf-8' },
    { what: 'the sitemap', path: '/sitemap-index.xml', type: 'application/xml; charset=utf-8' },
    { what: 'the calendar feed', path: '/calendar.ics', type: 'text/calendar; charset=utf-8' },
    { what: 'the English calendar feed', path: '/en/calendar.ics', type: 'text/calendar; charset=utf-8' },
    { what: 'the web manifest', path: '/manifest.webmanifest', type: 'application/manifest+json' },
    { what: 'robots.txt', path: '/robots.txt', type: 'text/plain; charset=utf-8' },
    { what: 'security.txt', path: '/.well-known/security.txt', type: 'text/plain; charset=utf-8' },
    {
      what: "Pagefind's WebAssembly",
      path: first('pagefind', /^wasm\..+\.pagefind$/),
      type: BINARY,
    },
    { what: "Pagefind's entry", path: '/pagefind/pagefind-entry.json', type: 'application/json' },
    {
      what: "Pagefind's script",
      path: '/pagefind/pagefind.js',
      type: 'text/javascript; charset=utf-8',
    },
    { what: 'a Pagefind meta file', path: first('pagefind', /\.pf_meta$/), type: BINARY },
    {
      what: 'a Pagefind index chunk',
      path: first('pagefind/index', /\.pf_index$/),
      type: BINARY,
    },
    {
      what: 'a Pagefind fragment',
      path: first('pagefind/fragment', /\.pf_fragment$/),
      type: BINARY,
    },
    { what: 'a Pagefind filter', path: first('pagefind/filter', /\.pf_filter$/), type: BINARY },
    { what: 'a missing page', path: '/khong-co-trang-nay/', status: 404, type: HTML, file: '404.html' },
    { what: 'a missing English page', path: '/en/no-such-page/', status: 404, type: HTML, file: 'en/404/index.html' },
    { what: 'a missing Chinese page', path: '/zh/no-such-page/', status: 404, type: HTML, file: 'zh/404/index.html' },
    { what: 'a missing Korean page', path: '/ko/no-such-page/', status: 404, type: HTML, file: 'ko/404/index.html' },
    // A 404 is never cached as immutable.
    { what: 'a missing asset', path: '/_astro/missing.css', status: 404, type: HTML, file: '404.html' },
    { what: 'the _headers file', path: '/_headers', status: 404, type: HTML, file: '404.html' },
  ];
}

describe.each(HOSTS)('nginx on %s', (host) => {
  const url = (path: string) => `http://${host}:${port}${path}`;

  it.each(cases().map((c) => [c.what, c] as const))('serves %s', async (_what, c) => {
    const res = await fetch(url(c.path), { redirect: 'manual', signal: AbortSignal.timeout(10_000) });
    expect(res.status, c.path).toBe(c.status ?? 200);
    expect(res.headers.get('content-type'), c.path).toBe(c.type);
    for (const [name, value] of everywhere) expect(res.headers.get(name), `${name} of ${c.path}`).toBe(value);
    // What a `_headers` host would send: a lifetime for every file but the pages; never on a 404.
    const cache = (c.status ?? 200) === 200 && !c.type.startsWith('text/html') ? cacheFor(c.path) : undefined;
    if ((c.status ?? 200) === 200 && !c.type.startsWith('text/html'))
      expect(cache, `_headers for ${c.path}`).toBeDefined();
    expect(res.headers.get('cache-control'), `cache-control of ${c.path}`).toBe(cache ?? null);
    const body = Buffer.from(await res.arrayBuffer());
    const file = join(DIST, c.file ?? decodeURIComponent(c.path));
    expect(body.equals(readFileSync(file)), `body of ${c.path} is ${file}`).toBe(true);
  });

  it('redirects a page without its trailing slash, keeping the host', async () => {
    const res = await fetch(url('/en/heritage'), { redirect: 'manual', signal: AbortSignal.timeout(10_000) });
    expect(res.status).toBe(301);
    expect(res.headers.get('location')).toBe('/en/heritage/');
    for (const [name, value] of everywhere) expect(res.headers.get(name), name).toBe(value);
  });
});

describe('security.txt', () => {
  it('has a contact, an expiry in the future, the preferred languages and its canonical URL', async () => {
    const text = await (await fetch(`http://127.0.0.1:${port}/.well-known/security.txt`)).text();
    expect(text).toMatch(/^Contact: (mailto:\S+@\S+|https:\/\/\S+)$/m);
    const expires = /^Expires: (\S+)$/m.exec(text)?.[1];
    expect(Date.parse(expires ?? '')).toBeGreaterThan(Date.now());
    expect(text).toMatch(/^Preferred-Languages: vi, en$/m);
    expect(text).toMatch(/^Canonical: https?:\/\/[^/\s]+\/\.well-known\/security\.txt$/m);
  });
});

describe('docs/nginx.conf', () => {
  it('passes `nginx -t` as the admin copies it (with a throwaway certificate)', () => {
    const dir = join(work, 'docs-check');
    mkdirSync(join(dir, 'snippets'), { recursive: true });
    cpSync('docs/nginx', join(dir, 'snippets/doingoai'), { recursive: true });
    const openssl = spawnSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-days',
        '1',
        '-subj',
        '/CN=thainguyen.example',
        '-keyout',
        join(dir, 'key.pem'),
        '-out',
        join(dir, 'cert.pem'),
      ],
      { encoding: 'utf8', timeout: 20_000 },
    );
    if (openssl.status !== 0)
      throw new Error(
        `openssl could not make a test certificate (apt-get install openssl):\n${openssl.stderr ?? openssl.error}`,
      );
    const site = readFileSync('docs/nginx.conf', 'utf8');
    expect(site).toMatch(/^\s*ssl_certificate \S+;$/m);
    expect(site).toMatch(/^\s*ssl_certificate_key \S+;$/m);
    writeFileSync(
      join(dir, 'site'),
      site
        .replace(/^(\s*ssl_certificate) \S+;$/m, `$1 ${dir}/cert.pem;`)
        .replace(/^(\s*ssl_certificate_key) \S+;$/m, `$1 ${dir}/key.pem;`),
    );
    writeConfig(dir, `    include ${dir}/site;`);
    const output = run(['-t', '-p', `${dir}/`, '-c', join(dir, 'nginx.conf'), '-e', join(dir, 'error.log')]);
    expect(output).toContain('test is successful');
    // Warnings mean a mistake (a duplicate type, a directive in the wrong place); nginx ≥ 1.25.1
    // only warns that `listen … http2` is deprecated, which the file's comment explains.
    const warnings = output
      .split('\n')
      .filter((l) => /\[(warn|emerg|crit|alert)\]/.test(l) && !/http2.*deprecated/.test(l));
    expect(warnings).toEqual([]);
  });
});

describe('caching', () => {
  /** Every file under dist/ but the pages (and `_headers` itself), as site paths. */
  function files(dir = ''): string[] {
    return readdirSync(join(DIST, dir), { withFileTypes: true }).flatMap((d) => {
      const path = `${dir}/${d.name}`;
      if (d.isDirectory()) return files(path);
      return /\.html$/.test(d.name) || path === '/_headers' ? [] : [path];
    });
  }
  it('gives every file the build writes beside the pages a lifetime in public/_headers', () => {
    const all = files();
    expect(all.length).toBeGreaterThan(400);
    expect(all.filter((path) => cacheFor(path) === undefined)).toEqual([]);
  });
  it('sends the same lifetime from nginx for a file of every kind', async () => {
    // One file per folder and extension, so each location of site.conf is reached.
    const seen = new Map<string, string>();
    for (const path of files()) seen.set(`${path.replace(/[^/]+$/, '')}*${/\.[^./]+$/.exec(path)?.[0] ?? ''}`, path);
    expect(seen.size).toBeGreaterThan(15);
    for (const path of seen.values()) {
      const res = await fetch(`http://127.0.0.1:${port}${path}`, { signal: AbortSignal.timeout(10_000) });
      await res.body?.cancel();
      expect(res.status, path).toBe(200);
      expect(res.headers.get('cache-control'), path).toBe(cacheFor(path));
    }
  });
  it('no longer names the obsolete interest-cohort feature (FLoC was withdrawn)', () => {
    expect(readFileSync('public/_headers', 'utf8')).not.toMatch(/interest-cohort/);
    expect(readFileSync('docs/nginx/security-headers.conf', 'utf8')).not.toMatch(/interest-cohort/);
  });
});
