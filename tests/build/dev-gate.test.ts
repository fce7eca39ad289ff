/**
 * `astro dev` goes through the same content gate as the build: it refuses to start on a
 * content folder with forbidden MDX, with the gate's message; and when such a file appears
 * while the server runs, the page is refused with the same message. In both cases the MDX's
 * code (which would write a marker file) never runs.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';

const MARKER = join(tmpdir(), `dev-gate-marker-${process.pid}`);
const EVIL = `---
title: Bài có mã
description: Thử chạy mã khi dựng trang.
publishAt: 2025-06-01T08:00:00+07:00
kind: news
---

{(()=>0)["constructor"]("process.getBuiltinModule('fs').writeFileSync('${MARKER}', 'ran')")()}
`;
const MESSAGE = /ma-doc\.mdx:8 \[body\] Biểu thức \{\(\(\)=>0\)\["constructor"\].* chạy mã khi dựng trang/;

const made: string[] = [];
let server: ChildProcess | undefined;
afterEach(() => {
  server?.kill('SIGKILL');
  server = undefined;
});
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
  // `astro dev` keeps its content store in .astro/ (not in the cache dir): drop what the fixture left.
  rmSync('.astro/data-store.json', { force: true });
});

/** A small content folder in Markdown only (so no import path depends on where it lives). */
function content(): string {
  const dir = mkdtempSync(join(tmpdir(), 'dev-gate-'));
  made.push(dir, `${dir}-cache`);
  cpSync('tests/fixtures/content-valid/anniversaries', join(dir, 'anniversaries'), { recursive: true });
  cpSync('tests/fixtures/content-valid/articles/en', join(dir, 'articles/vi'), { recursive: true });
  return dir;
}

const freePort = () =>
  new Promise<number>((done) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => done(port));
    });
  });

function startDev(dir: string, port: number): { output: () => string; exited: Promise<number | null> } {
  rmSync('.astro/data-store.json', { force: true });
  let out = '';
  server = spawn(
    process.execPath,
    [resolve('node_modules/astro/bin/astro.mjs'), 'dev', '--port', String(port), '--host', '127.0.0.1'],
    {
      env: {
        // Not vitest's NODE_ENV=test and VITEST* variables: the server runs as an editor runs it.
        ...Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(VITEST|NODE_ENV$|TEST$)/.test(k))),
        CONTENT_DIR: dir,
        ASTRO_CACHE_DIR: `${dir}-cache`,
        SITE_NOW: '2026-01-01T00:00:00+07:00',
        ASTRO_TELEMETRY_DISABLED: '1',
      },
    },
  );
  server.stdout!.on('data', (d) => (out += d));
  server.stderr!.on('data', (d) => (out += d));
  const exited = new Promise<number | null>((done) => server!.on('exit', (code) => done(code)));
  return { output: () => out, exited };
}

async function waitFor<T>(
  what: string,
  probe: () => Promise<T | undefined>,
  log: () => string,
  ms = 60_000,
): Promise<T> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    const value = await probe().catch(() => undefined);
    if (value !== undefined) return value;
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`Timed out waiting for ${what}:\n${log()}`);
}

describe('astro dev and the content gate', () => {
  it('refuses to start on forbidden MDX, with the gate message and no stack trace', async () => {
    const dir = content();
    writeFileSync(join(dir, 'articles/vi/ma-doc.mdx'), EVIL);
    const dev = startDev(dir, await freePort());
    const code = await Promise.race([dev.exited, new Promise((r) => setTimeout(() => r('timeout'), 90_000))]);
    expect(code, dev.output()).not.toBe(0);
    expect(dev.output()).toMatch(MESSAGE);
    expect(dev.output()).not.toMatch(/Stack trace/);
    expect(existsSync(MARKER)).toBe(false);
  });

  it('refuses a forbidden MDX file added while it runs, with the same message', async () => {
    const dir = content();
    const port = await freePort();
    const dev = startDev(dir, port);
    const base = `http://127.0.0.1:${port}`;
    await waitFor(
      'the dev server',
      async () => ((await fetch(`${base}/articles/bai-hop-le/`)).ok ? true : undefined),
      dev.output,
      90_000,
    );
    writeFileSync(join(dir, 'articles/vi/ma-doc.mdx'), EVIL);
    // The gate re-runs on the change and logs the message…
    await waitFor('the gate message', () => Promise.resolve(MESSAGE.test(dev.output()) ? true : undefined), dev.output);
    // …and the page itself cannot be compiled: the renderer's guard refuses the body.
    const status = await waitFor(
      'the page to be answered',
      async () => {
        const r = await fetch(`${base}/articles/ma-doc/`);
        return r.status === 404 ? undefined : r.status;
      },
      dev.output,
    );
    expect(status).toBe(500);
    expect(dev.output().match(new RegExp(MESSAGE.source, 'g'))!.length).toBeGreaterThanOrEqual(2);
    expect(existsSync(MARKER)).toBe(false);
  });
});
