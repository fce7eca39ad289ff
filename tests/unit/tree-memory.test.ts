import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { treeResidentKB } from '../../bench/tree-memory.ts';

// A grandchild holding 150 MB: GNU time's %M would report one process; the tree sum counts all.
const GRANDCHILD = `const b = Buffer.alloc(150 * 2 ** 20, 1); console.log('ready'); setInterval(() => b[0]++, 1000);`;
const CHILD = `const c = require('node:child_process').spawn(process.execPath, ['-e', ${JSON.stringify(GRANDCHILD)}], { stdio: ['ignore', 'inherit', 'inherit'] }); process.on('SIGTERM', () => { c.kill(); process.exit(); });`;

// Linux only, like the bench: elsewhere /proc is missing and this fails loudly rather than skip.
describe('treeResidentKB', () => {
  it('adds the memory of every descendant, not only the process it is given', async () => {
    const child = spawn(process.execPath, ['-e', CHILD], { stdio: ['ignore', 'pipe', 'inherit'] });
    try {
      await new Promise<void>((resolve) => child.stdout.on('data', (d: Buffer) => d.includes('ready') && resolve()));
      const own = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))?.[1]);
      const tree = treeResidentKB(child.pid!);
      expect(own).toBeLessThan(100 * 1024);
      expect(tree).toBeGreaterThan(own + 150 * 1024);
    } finally {
      child.kill('SIGTERM');
    }
  });
});
