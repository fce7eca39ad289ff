/**
 * `npm run bench [-- --sizes 250,1000,2500] [--runs 3] [--skip-build] [--skip-weight] [--baseline <dir>]`
 *
 * 1. Build scaling: synthetic content of N entries per language (four languages), built by the
 *    full site (content check, Astro, search index, social cards) cold, then again after changing
 *    one entry; by the simplest possible Astro site (bench/minimal); and by the simplest Hugo site
 *    (bench/hugo, Debian's `hugo`) over the same files. The three builds alternate within each
 *    run, so a slow minute of the machine does not land on one of them; medians of the runs.
 * 2. Page weight and speed: bytes a browser transfers (compressed) for each template of the demo
 *    site, and Lighthouse scores (mobile preset), served on loopback.
 * Prints tables and writes bench/results/latest.json. Figures, not pass/fail: see bench/README.md.
 */
import { spawn } from 'node:child_process';
import {
  appendFileSync,
  cpSync,
  existsSync,
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
import { sampleTree } from './tree-memory.ts';
import { measureLanguages, measureTemplates } from './weight.ts';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '250,1000,2500' },
    runs: { type: 'string', default: '3' },
    'skip-build': { type: 'boolean' },
    'skip-weight': { type: 'boolean' },
    // A checkout of an earlier commit (with its own node_modules): its full build and one-change
    // rebuild join each run, alternating with the others, for before/after tables from one run.
    baseline: { type: 'string' },
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

/**
 * Runs a command under GNU time: wall seconds, the peak resident memory of its largest process
 * (GNU time's %M, what earlier results report), and the peak of the whole tree summed, sampled
 * every 100 ms (Astro, Pagefind and the build script that waits for them).
 */
async function timed(
  args: string[],
  env: Record<string, string>,
  cwd = process.cwd(),
  command: string = process.execPath,
): Promise<{ seconds: number; peakMB: number; treePeakMB: number }> {
  const child = spawn('/usr/bin/time', ['-f', '%e %M', command, ...args], {
    cwd,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const memory = sampleTree(child.pid!);
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout = (stdout + d.toString()).slice(-4000)));
  child.stderr.on('data', (d: Buffer) => (stderr = (stderr + d.toString()).slice(-4000)));
  const status = await new Promise<number | null>((r) => child.on('close', r));
  const treePeakMB = memory.stop();
  if (status !== 0) throw new Error(`${args.join(' ')} failed:\n${stdout.slice(-2000)}\n${stderr.slice(-2000)}`);
  const [seconds, kb] = stderr.trim().split('\n').at(-1)!.split(' ').map(Number);
  return { seconds: seconds!, peakMB: Math.round(kb! / 1024), treePeakMB };
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

const HUGO = '/usr/bin/hugo';
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** Hugo over the generated entries (its `ignoreFiles` leaves out the YAML data folders). */
function hugoBuild(work: string, content: string) {
  return timed(
    ['--quiet', '--source', resolve('bench/hugo'), '--contentDir', content, '--destination', join(work, 'hugo')],
    {},
    process.cwd(),
    HUGO,
  );
}

if (!values['skip-build']) {
  const hasHugo = existsSync(HUGO);
  if (!hasHugo) console.error(`${HUGO} is missing (apt-get install hugo): the Hugo column is left empty.`);
  const runs = Number(values.runs);
  const rows: Record<string, number | string | boolean>[] = [];
  for (const n of values.sizes.split(',').map(Number)) {
    const work = mkdtempSync(join(tmpdir(), `bench-${n}-`));
    const content = join(work, 'content');
    const { entries } = generateContent(content, n);
    const min = minimalSite(work);
    const samples = {
      cold: [] as number[],
      peak: [] as number[],
      treePeak: [] as number[],
      warm: [] as number[],
      minimal: [] as number[],
      minimalWarm: [] as number[],
    };
    const base = { cold: [] as number[], peak: [] as number[], treePeak: [] as number[], warm: [] as number[] };
    const hugo: number[] = [];
    let out = { files: 0, bytes: 0, pages: 0 };
    let minPages = 0;
    let minimalPeak = 0;
    for (let run = 0; run < runs; run++) {
      // Empty caches for each cold build; the one-change rebuild then keeps that run's caches.
      const caches = join(work, `caches-${run}`);
      const env = {
        CONTENT_DIR: content,
        SITE_NOW: NOW,
        ASTRO_CACHE_DIR: join(caches, 'astro'),
        BUILD_CACHE_DIR: join(caches, 'build'),
        ASTRO_TELEMETRY_DISABLED: '1',
      };
      const site = join(work, 'site');
      rmSync(site, { recursive: true, force: true });
      const changed = join(content, 'articles', 'vi', 'bai-00000.md');
      if (values.baseline) {
        const baseEnv = { ...env, ASTRO_CACHE_DIR: join(caches, 'base-astro'), BUILD_CACHE_DIR: join(caches, 'base') };
        const baseSite = join(work, 'base-site');
        rmSync(baseSite, { recursive: true, force: true });
        const cold = await timed(['scripts/build.ts', '--out', baseSite], baseEnv, values.baseline);
        appendFileSync(changed, `\nMột câu được thêm vào để đo lần dựng lại (base ${run}).\n`);
        const warm = await timed(['scripts/build.ts', '--out', baseSite], baseEnv, values.baseline);
        base.cold.push(cold.seconds);
        base.peak.push(cold.peakMB);
        base.treePeak.push(cold.treePeakMB);
        base.warm.push(warm.seconds);
        rmSync(baseSite, { recursive: true, force: true });
        console.error(`N=${n} run ${run + 1}/${runs}: baseline ${cold.seconds} s, one change ${warm.seconds} s`);
      }
      const cold = await timed(['scripts/build.ts', '--out', site], env);
      out = tree(site);
      appendFileSync(changed, `\nMột câu được thêm vào để đo lần dựng lại (${run}).\n`);
      const warm = await timed(['scripts/build.ts', '--out', site], env);
      // Its output stays inside its own folder: the prerender chunks resolve packages from there.
      rmSync(join(min, 'dist'), { recursive: true, force: true });
      const minimal = await timed(
        ['node_modules/astro/bin/astro.mjs', 'build'],
        { CONTENT_DIR: content, ASTRO_TELEMETRY_DISABLED: '1' },
        min,
      );
      minPages = tree(join(min, 'dist')).pages;
      minimalPeak = Math.max(minimalPeak, minimal.peakMB);
      // The framework's own floor for a rebuild: the same one-sentence change, its caches kept.
      appendFileSync(changed, `\nMột câu được thêm vào để đo lần dựng lại (minimal ${run}).\n`);
      const minimalWarm = await timed(
        ['node_modules/astro/bin/astro.mjs', 'build'],
        { CONTENT_DIR: content, ASTRO_TELEMETRY_DISABLED: '1' },
        min,
      );
      samples.minimalWarm.push(minimalWarm.seconds);
      if (hasHugo) {
        rmSync(join(work, 'hugo'), { recursive: true, force: true });
        hugo.push((await hugoBuild(work, content)).seconds);
      }
      samples.cold.push(cold.seconds);
      samples.peak.push(cold.peakMB);
      samples.treePeak.push(cold.treePeakMB);
      samples.warm.push(warm.seconds);
      samples.minimal.push(minimal.seconds);
      console.error(
        `N=${n} run ${run + 1}/${runs}: full ${cold.seconds} s, one change ${warm.seconds} s, minimal ${minimal.seconds} s${hasHugo ? `, Hugo ${hugo.at(-1)} s` : ''}`,
      );
    }
    const cold = median(samples.cold);
    const minimal = median(samples.minimal);
    const hugoSeconds = hasHugo ? median(hugo) : undefined;
    rows.push({
      n,
      entries,
      pages: out.pages,
      seconds: cold,
      msPerPage: +((cold * 1000) / out.pages).toFixed(2),
      peakMB: Math.max(...samples.peak),
      treePeakMB: Math.max(...samples.treePeak),
      outputMB: +(out.bytes / 1048576).toFixed(1),
      oneChangeSeconds: median(samples.warm),
      oneChangeShare: +(median(samples.warm) / cold).toFixed(2),
      minimalSeconds: minimal,
      minimalPages: minPages,
      minimalMsPerPage: +((minimal * 1000) / minPages).toFixed(2),
      minimalPeakMB: minimalPeak,
      minimalOneChangeSeconds: median(samples.minimalWarm),
      ratioToMinimal: +(cold / minimal).toFixed(2),
      ...(hugoSeconds === undefined ? {} : { hugoSeconds, ratioToHugo: +(cold / hugoSeconds).toFixed(1) }),
      ...(base.cold.length === 0
        ? {}
        : {
            baselineSeconds: median(base.cold),
            baselinePeakMB: Math.max(...base.peak),
            baselineTreePeakMB: Math.max(...base.treePeak),
            baselineOneChangeSeconds: median(base.warm),
            baselineOneChangeShare: +(median(base.warm) / median(base.cold)).toFixed(2),
            baselineRatioToMinimal: +(median(base.cold) / minimal).toFixed(2),
          }),
    });
    rmSync(work, { recursive: true, force: true });
    console.error(`N=${n}: done`);
  }
  const first = rows[0]!;
  const last = rows.at(-1)!;
  const linear = Number(last.msPerPage) <= 1.3 * Number(first.msPerPage);
  results.buildScaling = { runs, rows, linear };
  console.log(`\n## Build scaling (medians of ${runs} runs: cold build; then one entry changed)\n`);
  console.log(
    '| N/lang | pages | full build | ms/page | peak MB (largest process / all) | output MB | 1 change | minimal Astro | minimal, 1 change | Hugo | full ÷ minimal | full ÷ Hugo |',
  );
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const r of rows) {
    console.log(
      `| ${r.n} | ${r.pages} | ${r.seconds} s | ${r.msPerPage} | ${r.peakMB} / ${r.treePeakMB} | ${r.outputMB} | ${r.oneChangeSeconds} s (${Math.round(Number(r.oneChangeShare) * 100)} %) | ${r.minimalSeconds} s (${r.minimalMsPerPage} ms/page) | ${r.minimalOneChangeSeconds} s | ${r.hugoSeconds ?? '–'} s | ${r.ratioToMinimal}× | ${r.ratioToHugo ?? '–'}× |`,
    );
  }
  if (values.baseline) {
    console.log(`\n### Before (${values.baseline}) and after, same runs\n`);
    console.log(
      '| N/lang | before: full | peak MB (process / all) | 1 change | ÷ minimal | after: full | peak MB (process / all) | 1 change | ÷ minimal |',
    );
    console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- |');
    for (const r of rows) {
      const share = (x: unknown) => `${Math.round(Number(x) * 100)} %`;
      console.log(
        `| ${r.n} | ${r.baselineSeconds} s | ${r.baselinePeakMB} / ${r.baselineTreePeakMB} | ${r.baselineOneChangeSeconds} s (${share(r.baselineOneChangeShare)}) | ${r.baselineRatioToMinimal}× | ${r.seconds} s | ${r.peakMB} / ${r.treePeakMB} | ${r.oneChangeSeconds} s (${share(r.oneChangeShare)}) | ${r.ratioToMinimal}× |`,
      );
    }
  }
  console.log(`\nGrowth ${linear ? 'is' : 'is NOT'} linear (ms/page at the largest N within 30 % of the smallest).`);
}

if (!values['skip-weight']) {
  const weights = await measureTemplates();
  results.pageWeight = weights;
  console.log('\n## Page weight (compressed transfer, first load) and Lighthouse (mobile)\n');
  console.log(
    '| template | URL | requests | KB transferred | of which fonts | images | performance | accessibility | best practices | SEO |',
  );
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const w of weights)
    console.log(
      `| ${w.template} | ${w.url} | ${w.requests} | ${w.kb} | ${w.fontKb} | ${w.imageKb} | ${w.scores.performance} | ${w.scores.accessibility} | ${w.scores['best-practices']} | ${w.scores.seo} |`,
    );
  const languages = await measureLanguages();
  results.pageWeightByLanguage = languages;
  console.log('\n### Content pages in every language (KB; without images = HTML, CSS, JS and fonts)\n');
  console.log('| template | URL | KB transferred | of which fonts | images | without images |');
  console.log('| --- | --- | --- | --- | --- | --- |');
  for (const w of languages)
    console.log(
      `| ${w.template} | ${w.url} | ${w.kb} | ${w.fontKb} | ${w.imageKb} | ${+(w.kb - w.imageKb).toFixed(1)} |`,
    );
}

mkdirSync('bench/results', { recursive: true });
writeFileSync('bench/results/latest.json', JSON.stringify(results, null, 2));
console.log('\nWritten to bench/results/latest.json');
