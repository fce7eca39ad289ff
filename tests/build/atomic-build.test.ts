/**
 * A content mistake stops the build before anything is written, and so does Ctrl-C: the previous
 * site stays as it was and nothing is left beside it.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { buildEnv, buildSite, freshCache, readTree } from './support/build.ts';

let work: string;
let out: string;
let first: Map<string, Buffer>;
beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'atomic-'));
  out = join(work, 'dist');
  buildSite({ contentDir: 'tests/fixtures/content-valid', outDir: out, siteNow: '2025-09-01T00:00:00+07:00' });
  first = readTree(out);
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('npm run build', () => {
  it('builds the valid fixture, MDX content component included', () => {
    const html = first.get('articles/bai-hop-le/index.html')?.toString('utf8');
    expect(html).toContain('class="callout');
    expect(html).toContain('Quá trình (process) chế biến chè');
  });
  it('fails on the mistakes fixture, naming the files, and leaves the previous output untouched', () => {
    expect(() => buildSite({ contentDir: 'tests/fixtures/content-mistakes', outDir: out })).toThrow(
      /ocop-six-stars\.md[\s\S]*is unchanged/,
    );
    const after = readTree(out);
    expect([...after.keys()].sort()).toEqual([...first.keys()].sort());
    for (const [path, bytes] of first) expect(after.get(path)!.equals(bytes), path).toBe(true);
    expect(readdirSync(work).filter((n) => n !== 'dist')).toEqual([]);
  });
  it('leaves nothing behind when the first build of a folder fails', () => {
    const fresh = join(work, 'never');
    expect(() => buildSite({ contentDir: 'tests/fixtures/content-mistakes', outDir: fresh })).toThrow(
      /nothing was written/,
    );
    expect(existsSync(fresh)).toBe(false);
  });
  it('refuses to start while another live build holds the folder, and leaves its files alone', () => {
    // This test's own process stands in for a build that is still running.
    writeFileSync(join(work, 'dist-partial.pid'), String(process.pid));
    onTestFinished(() => rmSync(join(work, 'dist-partial.pid'), { force: true }));
    expect(() => buildSite({ contentDir: 'tests/fixtures/content-valid', outDir: out })).toThrow(
      new RegExp(`Another build is writing .* \\(process ${process.pid}\\)`),
    );
    expect(readFileSync(join(work, 'dist-partial.pid'), 'utf8')).toBe(String(process.pid));
    const after = readTree(out);
    for (const [path, bytes] of first) expect(after.get(path)!.equals(bytes), path).toBe(true);
  });
  it('stops on Ctrl-C: removes its partial output, keeps the previous site, and clears what a killed build left', async () => {
    // What a build killed outright (SIGKILL) leaves: a partial folder held by a process that is gone.
    const dead = spawnSync(process.execPath, ['-e', '']).pid;
    mkdirSync(join(work, 'dist-partial', '_astro', 'stale'), { recursive: true });
    writeFileSync(join(work, 'dist-partial.pid'), String(dead));
    const cacheDir = freshCache();
    onTestFinished(() => rmSync(cacheDir, { recursive: true, force: true }));
    const build = spawn(process.execPath, ['scripts/build.ts', '--out', out], {
      env: buildEnv({ contentDir: 'tests/fixtures/content-valid', siteNow: '2025-09-01T00:00:00+07:00', cacheDir }),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    build.stdout.on('data', (d: Buffer) => (output += d.toString()));
    build.stderr.on('data', (d: Buffer) => (output += d.toString()));
    const exited = new Promise<number | null>((done) => build.on('close', (code) => done(code)));
    const lock = join(work, 'dist-partial.pid');
    const deadline = Date.now() + 240_000;
    // The stale folder is removed before the lock is taken, so a partial folder seen after that is Astro's.
    const partial = join(work, 'dist-partial');
    const ours = () => existsSync(lock) && readFileSync(lock, 'utf8') === String(build.pid);
    while (!ours() || !existsSync(partial)) {
      if (Date.now() > deadline || build.exitCode !== null) throw new Error(`No partial output appeared:\n${output}`);
      await new Promise((r) => setTimeout(r, 50));
    }
    // Only the build script gets the signal: it must stop the running step itself.
    build.kill('SIGINT');
    expect(await exited, output).toBe(130);
    expect(output).toMatch(/Build interrupted \(SIGINT\); the previous .* is unchanged/);
    expect(readdirSync(work)).toEqual(['dist']);
    const after = readTree(out);
    expect([...after.keys()].sort()).toEqual([...first.keys()].sort());
    for (const [path, bytes] of first) expect(after.get(path)!.equals(bytes), path).toBe(true);
  });
});
