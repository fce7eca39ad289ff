/**
 * `astro dev` on a free port, for the editor's tests: the CMS at /admin/ with Decap's file proxy
 * writing into `repoDir` (a throwaway copy of a fixture), the staff pages, the content gate.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { freshCache } from '../../build/support/build.ts';

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  if (typeof address !== 'object' || !address) throw new Error('No free port.');
  return address.port;
}

export interface DevServer {
  origin: string;
  output: () => string;
  stop: () => Promise<void>;
}

/** Starts the dev server on the content in `<repoDir>/content` and waits until it answers. */
export async function startDevServer(repoDir: string, env: NodeJS.ProcessEnv = {}): Promise<DevServer> {
  const port = await freePort();
  // Vitest's own variables (NODE_ENV=test, VITEST…) would make Astro behave as under test.
  const inherited = Object.fromEntries(
    Object.entries(process.env).filter(([k]) => k !== 'SITE_NOW' && k !== 'NODE_ENV' && !k.startsWith('VITEST')),
  );
  const child: ChildProcess = spawn(
    process.execPath,
    ['node_modules/astro/bin/astro.mjs', 'dev', '--host', '127.0.0.1', '--port', String(port)],
    {
      env: {
        ...inherited,
        CONTENT_DIR: join(repoDir, 'content'),
        GIT_REPO_DIRECTORY: repoDir,
        ASTRO_CACHE_DIR: freshCache(),
        ASTRO_TELEMETRY_DISABLED: '1',
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    },
  );
  let log = '';
  child.stdout?.on('data', (d: Buffer) => (log += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (log += d.toString()));
  const origin = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 90_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`astro dev exited:\n${log}`);
    if (Date.now() > deadline) throw new Error(`astro dev did not answer in 90 s:\n${log}`);
    const ok = await fetch(`${origin}/admin/`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) break;
    await new Promise((r) => setTimeout(r, 500));
  }
  return {
    origin,
    output: () => log,
    stop: async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      process.kill(-child.pid!, 'SIGTERM');
      await exited;
    },
  };
}
