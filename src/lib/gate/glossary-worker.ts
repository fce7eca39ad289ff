/**
 * Worker thread of `boundedGlossary`: applies the glossary to one file after another and says
 * when it starts each, so the main thread can stop it when one file takes too long.
 */
import { parentPort } from 'node:worker_threads';
import { applyGlossary } from '../glossary.ts';
import type { GlossaryJob } from './glossary-bounded.ts';

parentPort!.on('message', (jobs: GlossaryJob[]) => {
  for (const [i, job] of jobs.entries()) {
    parentPort!.postMessage({ type: 'start', i });
    parentPort!.postMessage({ type: 'done', i, hits: applyGlossary(job.fields, job.rules) });
  }
  parentPort!.postMessage({ type: 'end' });
});
