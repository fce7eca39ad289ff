/**
 * How long the content gate takes: on the demo content and on synthetic folders of N entries per
 * language (four languages, so N = 2,500 is 10,000 entries), with its peak heap. Prints a
 * Markdown table; `node bench/gate.ts [--sizes 250,2500]`.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { checkContent } from '../src/lib/content-checks.ts';
import { generateContent } from './generate.ts';

const { values } = parseArgs({ options: { sizes: { type: 'string', default: '250,1000,2500' } } });
const NOW = new Date('2026-06-01T00:00:00+07:00');

async function measure(label: string, dir: string): Promise<string> {
  const start = performance.now();
  const { files, problems } = await checkContent(dir, { now: NOW });
  const ms = performance.now() - start;
  const errors = problems.filter((p) => p.severity === 'error').length;
  const heap = Math.round(process.memoryUsage().heapUsed / 2 ** 20);
  return `| ${label} | ${files.length} | ${(ms / 1000).toFixed(1)} s | ${(ms / files.length).toFixed(2)} ms | ${errors} | ${heap} MB |`;
}

console.log('| content | files | gate time | per file | errors | heap after |');
console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
console.log(await measure('demo (content/)', 'content'));
for (const n of values.sizes.split(',').map(Number)) {
  const dir = mkdtempSync(join(tmpdir(), 'gate-bench-'));
  generateContent(dir, n);
  console.log(await measure(`synthetic, ${n} per language`, dir));
  rmSync(dir, { recursive: true, force: true });
}
