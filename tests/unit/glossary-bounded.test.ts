/** The glossary in a worker with a time budget per file: results in order, timeouts, then a stop. */
import { describe, expect, it } from 'vitest';
import { boundedGlossary, type GlossaryJob } from '../../src/lib/gate/glossary-bounded.ts';
import { LIMITS } from '../../src/lib/gate/limits.ts';
import type { GlossaryRule } from '../../src/schemas/glossary.ts';

const rule = (forbidden: string): GlossaryRule => ({
  id: 'r',
  note: 'n',
  source: 's',
  forbidden,
  unless: [],
  preferred: 'p',
});
const job = (text: string, forbidden = 'Paracel'): GlossaryJob => ({
  fields: [{ field: 'body', text }],
  rules: [rule(forbidden)],
});
// `\s+x` backtracks quadratically over a long run of spaces with no x: seconds, not milliseconds.
const crawl = job(' '.repeat(60_000), '\\s+x');
// Far above what a plain file needs even on a busy machine, far below what the crawl takes.
const BUDGET = 500;

describe('boundedGlossary', () => {
  it('gives each file its hits, in order', async () => {
    const results = await boundedGlossary([job('the Paracel'), job('nothing'), job('Paracel, Paracel')], BUDGET);
    expect(results.map((r) => (Array.isArray(r) ? r.map((h) => h.index) : r))).toEqual([[4], [], [0, 9]]);
  });
  it('reports a file that runs past the budget, and checks the next files in a fresh worker', async () => {
    const results = await boundedGlossary([job('Paracel'), crawl, job('a Paracel')], BUDGET);
    expect(results.map((r) => (Array.isArray(r) ? r.length : r))).toEqual([1, 'timeout', 1]);
  });
  it(`stops after ${LIMITS.glossaryTimeouts} timeouts: the patterns are the problem, the rest is skipped`, async () => {
    const jobs = [...Array<GlossaryJob>(LIMITS.glossaryTimeouts).fill(crawl), job('Paracel'), job('Paracel')];
    const results = await boundedGlossary(jobs, BUDGET);
    expect(results).toEqual([...Array<string>(LIMITS.glossaryTimeouts).fill('timeout'), 'skipped', 'skipped']);
  });
  it('fails with the error of a pattern the worker cannot compile', async () => {
    await expect(boundedGlossary([job('x', '(')], BUDGET)).rejects.toThrow(/Invalid regular expression/);
  });
  it('has nothing to do for no files', async () => {
    expect(await boundedGlossary([], BUDGET)).toEqual([]);
  });
});
