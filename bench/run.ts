/**
 * `npm run bench [-- --sizes 250,1000,2500] [--skip-build] [--skip-weight]`
 *
 * 1. Build scaling: synthetic content of N entries per language (four languages), built by the
 *    full site (content check, Astro, search index, social cards) cold, then again after changing
 *    one entry; and by the simplest possible Astro site (bench/minimal) over the same files.
 * 2. Page weight and speed: bytes a browser transfers (compressed) for each template of the demo
 *    site, and Lighthouse scores (mobile preset), served on loopback.
 * Prints tables and writes bench/results/latest.json. Figures, not pass/fail: see bench/README.md.
 */
import { spawnSync } from 'node:child_process';
import {
  appendFileSync,
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { generateContent } from './generate.ts';
import { measureTemplates } from './weight.ts';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '250,1000,2500' },
    'skip-build': { type: 'boolean' },
    'skip-weight': { type: 'boolean' },
  },
});
const NOW = '2026-06-01T08:00:00+07:00';
const results: Record<string, unknown> = {
  date: new Date().toISOString(),
  machine: { cores: (await import('node:os')).cpus().length },
};

function tree(dir: string): { files: number; bytes: number; pages: number } {
  let files = 0;
  let bytes = 0;
  let pages = 0;
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const full = join(d, name);
      const s = statSync(full);
      if (s.isDirectory()) walk(full);
      else {
        files++;
        bytes += s.size;
        if (name.endsWith('.html')) pages++;
      }
    }
  };
  walk(dir);
  return { files, bytes, pages };
}

/** Runs a command under GNU time: wall seconds and peak resident memory of the whole tree. */
function timed(args: string[], env: Record<string, string>, cwd = process.cwd()): { seconds: number; peakMB: number } {
  const r = spawnSync('/usr/bin/time', ['-f', '%e %M', process.execPath, ...args], {
    cwd,
    env: { ...process.env, ...env },
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  if (r.status !== 0) throw new Error(`${args.join(' ')} failed:\n${r.stdout.slice(-2000)}\n${r.stderr.slice(-2000)}`);
  const [seconds, kb] = r.stderr.trim().split('\n').at(-1)!.split(' ').map(Number);
  return { seconds: seconds!, peakMB: Math.round(kb! / 1024) };
}

function minimalSite(work: string): string {
  const dir = join(work, 'minimal');
  cpSync('bench/minimal', dir, { recursive: true });
  mkdirSync(join(dir, 'node_modules'));
  for (const name of readdirSync('node_modules')) {
    if (name !== '.astro' && name !== '.cache')
      symlinkSync(resolve('node_modules', name), join(dir, 'node_modules', name));
  }
  return dir;
}

if (!values['skip-build']) {
  const rows: Record<string, number | string | boolean>[] = [];
  for (const n of values.sizes.split(',').map(Number)) {
    const work = mkdtempSync(join(tmpdir(), `bench-${n}-`));
    const content = join(work, 'content');
    const { entries } = generateContent(content, n);
    const env = {
      CONTENT_DIR: content,
      SITE_NOW: NOW,
      ASTRO_CACHE_DIR: join(work, 'astro-cache'),
      BUILD_CACHE_DIR: join(work, 'build-cache'),
      ASTRO_TELEMETRY_DISABLED: '1',
    };
    const cold = timed(['scripts/build.ts', '--out', join(work, 'site')], env);
    const out = tree(join(work, 'site'));
    appendFileSync(join(content, 'articles', 'vi', 'bai-00000.md'), '\nMột câu được thêm vào để đo lần dựng lại.\n');
    const warm = timed(['scripts/build.ts', '--out', join(work, 'site')], env);
    const min = minimalSite(work);
    // Its output stays inside its own folder: the prerender chunks resolve packages from there.
    const minimal = timed(
      ['node_modules/astro/bin/astro.mjs', 'build'],
      { CONTENT_DIR: content, ASTRO_TELEMETRY_DISABLED: '1' },
      min,
    );
    const minPages = tree(join(min, 'dist')).pages;
    rows.push({
      n,
      entries,
      pages: out.pages,
      seconds: cold.seconds,
      msPerPage: +((cold.seconds * 1000) / out.pages).toFixed(2),
      peakMB: cold.peakMB,
      outputMB: +(out.bytes / 1048576).toFixed(1),
      oneChangeSeconds: warm.seconds,
      oneChangeShare: +(warm.seconds / cold.seconds).toFixed(2),
      minimalSeconds: minimal.seconds,
      minimalPages: minPages,
      minimalMsPerPage: +((minimal.seconds * 1000) / minPages).toFixed(2),
      minimalPeakMB: minimal.peakMB,
      ratioToMinimal: +(cold.seconds / minimal.seconds).toFixed(2),
    });
    rmSync(work, { recursive: true, force: true });
    console.error(`N=${n}: done`);
  }
  const first = rows[0]!;
  const last = rows.at(-1)!;
  const linear = Number(last.msPerPage) <= 1.3 * Number(first.msPerPage);
  results.buildScaling = { rows, linear };
  console.log('\n## Build scaling (cold build; then one entry changed)\n');
  console.log(
    '| N/lang | pages | wall | ms/page | peak MB | output MB | 1 change | minimal site | minimal ms/page | ratio |',
  );
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const r of rows) {
    console.log(
      `| ${r.n} | ${r.pages} | ${r.seconds} s | ${r.msPerPage} | ${r.peakMB} | ${r.outputMB} | ${r.oneChangeSeconds} s (${Math.round(Number(r.oneChangeShare) * 100)} %) | ${r.minimalSeconds} s, ${r.minimalPeakMB} MB | ${r.minimalMsPerPage} | ${r.ratioToMinimal}× |`,
    );
  }
  console.log(`\nGrowth ${linear ? 'is' : 'is NOT'} linear (ms/page at the largest N within 30 % of the smallest).`);
}

if (!values['skip-weight']) {
  const weights = await measureTemplates();
  results.pageWeight = weights;
  console.log('\n## Page weight (compressed transfer, first load) and Lighthouse (mobile)\n');
  console.log('| template | URL | requests | KB transferred | performance | accessibility | best practices | SEO |');
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const w of weights)
    console.log(
      `| ${w.template} | ${w.url} | ${w.requests} | ${w.kb} | ${w.scores.performance} | ${w.scores.accessibility} | ${w.scores['best-practices']} | ${w.scores.seo} |`,
    );
}

mkdirSync('bench/results', { recursive: true });
writeFileSync('bench/results/latest.json', JSON.stringify(results, null, 2));
console.log('\nWritten to bench/results/latest.json');
