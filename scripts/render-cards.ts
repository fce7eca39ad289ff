/**
 * `node scripts/render-cards.ts <out>`: the build's social-card step (see src/lib/card-jobs.ts).
 * Reads `<out>/og/cards.json`, renders each card in a pool of worker threads (one per core, at
 * most four: satori and the rasteriser each use one thread), writes `<out>/og/…jpg` and removes
 * the manifest. scripts/build.ts runs it beside the search indexing.
 */
import { availableParallelism } from 'node:os';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { CARD_MANIFEST, type CardJob } from '../src/lib/card-jobs.ts';

const out = process.argv[2];
if (!out) throw new Error('usage: node scripts/render-cards.ts <output folder>');
const manifest = join(out, CARD_MANIFEST);
const jobs = JSON.parse(readFileSync(manifest, 'utf8')) as CardJob[];
const started = performance.now();

type Reply = { ok: true } | { ok: false; file: string; message: string };

const failures: string[] = [];
let next = 0;
await Promise.all(
  Array.from({ length: Math.min(4, availableParallelism(), jobs.length) }, async () => {
    const worker = new Worker(new URL('./lib/card-worker.ts', import.meta.url));
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
  }),
);
rmSync(manifest);
if (failures.length > 0) {
  console.error(`✗ ${failures.length} social card(s) could not be rendered:\n${failures.join('\n')}`);
  process.exitCode = 1;
} else console.log(`Social cards: ${jobs.length} in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
