/**
 * The social cards of a build (see lib/card-jobs.ts): when Astro has written the site, the card
 * jobs it listed in `og/cards.json` are copied from the card cache when an earlier build rendered
 * them, the rest rendered by a pool of worker threads (one per core, at most four), and the
 * manifest is removed. Part of the Astro build, so any way of building — `npm run
 * build`, a host running `astro build` — publishes the cards and never the manifest.
 */
import { availableParallelism } from 'node:os';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { Worker } from 'node:worker_threads';
import type { AstroIntegration } from 'astro';
import { CARD_MANIFEST, copyCachedCard, type CardJob } from '../lib/card-jobs.ts';

type Reply = { ok: true } | { ok: false; file: string; message: string };

/** Renders every job into `out`; returns the failures, one line each. */
export async function renderCardJobs(out: string, jobs: readonly CardJob[]): Promise<string[]> {
  const failures: string[] = [];
  let next = 0;
  const pool = Array.from({ length: Math.min(4, availableParallelism(), jobs.length) }, async () => {
    const worker = new Worker(new URL('./card-worker.ts', import.meta.url));
    try {
      while (next < jobs.length) {
        const job = jobs[next++]!;
        const reply = await new Promise<Reply>((done, fail) => {
          worker.once('message', done);
          worker.once('error', fail);
          worker.postMessage({ out, job });
        });
        worker.removeAllListeners('error');
        if (!reply.ok) failures.push(`${reply.file}: ${reply.message}`);
      }
    } finally {
      await worker.terminate();
    }
  });
  await Promise.all(pool);
  return failures;
}

/**
 * A full garbage collection of this thread. Once the pages are written, half of Astro's heap is
 * garbage that nothing collects: this thread only waits while the card threads work, and V8
 * collects when a thread allocates. At 10,000 pages that was 340 MB of dead heap held through
 * the card step, the build's peak (2.3 GB → 1.9 GB). `gc()` is only reachable with
 * `--expose-gc`, set here for a new context because `astro build` may be started by anyone,
 * without the flag.
 */
function collectGarbage(): void {
  setFlagsFromString('--expose-gc');
  (runInNewContext('gc') as () => void)();
}

export function socialCardsIntegration(): AstroIntegration {
  return {
    name: 'doingoai-social-cards',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const manifest = join(out, CARD_MANIFEST);
        if (!existsSync(manifest)) return;
        const jobs = JSON.parse(readFileSync(manifest, 'utf8')) as CardJob[];
        rmSync(manifest);
        collectGarbage();
        const started = performance.now();
        // A card an earlier build rendered is a file copy here; a worker would read and write it.
        const folders = new Set<string>();
        const missing = jobs.filter((job) => {
          const file = join(out, job.file);
          const folder = dirname(file);
          if (!folders.has(folder)) mkdirSync(folder, { recursive: true });
          folders.add(folder);
          return !copyCachedCard(job.card, file);
        });
        const failures = await renderCardJobs(out, missing);
        if (failures.length > 0)
          throw new Error(`${failures.length} social card(s) could not be rendered:\n${failures.join('\n')}`);
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        const reused = jobs.length - missing.length;
        logger.info(
          `${jobs.length} social cards in ${seconds} s: ${missing.length} rendered, ${reused} from the cache`,
        );
      },
    },
  };
}
