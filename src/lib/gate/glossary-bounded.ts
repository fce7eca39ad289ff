/**
 * The glossary's patterns are regular expressions, and JavaScript's engine backtracks: even a
 * plain `\s+x` takes quadratic time on a long run of spaces, so no check of the pattern alone can
 * bound the work. The matching therefore runs in a worker thread with a time budget per file;
 * a file that takes longer is reported (and the worker, stopped mid-match, replaced), so an
 * entry can make the check slower by at most the budget, never hang it.
 */
import { Worker } from 'node:worker_threads';
import type { CheckRule, GlossaryHit, TextField } from '../glossary.ts';
import { LIMITS } from './limits.ts';

export interface GlossaryJob {
  fields: TextField[];
  rules: readonly CheckRule[];
}

type Message = { type: 'start'; i: number } | { type: 'done'; i: number; hits: GlossaryHit[] } | { type: 'end' };

export type GlossaryResult = GlossaryHit[] | 'timeout' | 'skipped';

/**
 * Hits per job, in order; `'timeout'` for a job that ran past `budgetMs`. After a few timeouts
 * the rest is `'skipped'`: then the patterns, not one text, are the problem, and checking every
 * file to its budget would only make the wait long.
 */
export async function boundedGlossary(
  jobs: readonly GlossaryJob[],
  budgetMs: number = LIMITS.glossaryMsPerFile,
): Promise<GlossaryResult[]> {
  const results: GlossaryResult[] = [];
  let next = 0;
  while (next < jobs.length) {
    if (results.filter((r) => r === 'timeout').length >= LIMITS.glossaryTimeouts) {
      for (let i = next; i < jobs.length; i++) results[i] = 'skipped';
      break;
    }
    const batch = jobs.slice(next);
    const offset = next;
    await new Promise<void>((done, fail) => {
      const worker = new Worker(new URL('./glossary-worker.ts', import.meta.url));
      let timer: NodeJS.Timeout | undefined;
      const stop = () => {
        clearTimeout(timer);
        void worker.terminate();
        done();
      };
      worker.on('message', (m: Message) => {
        if (m.type === 'start') {
          clearTimeout(timer);
          timer = setTimeout(() => {
            results[offset + m.i] = 'timeout';
            next = offset + m.i + 1;
            stop();
          }, budgetMs);
        } else if (m.type === 'done') {
          results[offset + m.i] = m.hits;
          next = offset + m.i + 1;
        } else stop();
      });
      worker.on('error', (error) => {
        clearTimeout(timer);
        fail(error instanceof Error ? error : new Error(String(error)));
      });
      worker.postMessage(batch);
    });
  }
  return results;
}
