/** Worker thread of social-cards.ts: renders (or takes from the cache) the cards it is sent. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parentPort } from 'node:worker_threads';
import { cardJpeg, type CardJob } from '../lib/card-jobs.ts';

async function render({ out, job }: { out: string; job: CardJob }): Promise<void> {
  try {
    const file = join(out, job.file);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, await cardJpeg(job.card));
    parentPort!.postMessage({ ok: true });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    parentPort!.postMessage({ ok: false, file: job.file, message });
  }
}

parentPort!.on('message', (message: { out: string; job: CardJob }) => void render(message));
