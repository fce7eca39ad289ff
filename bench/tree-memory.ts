/**
 * The resident memory of a whole process tree, summed and sampled: GNU time's %M is the peak of
 * the largest single process only, while a build runs Astro, Pagefind and their parent side by
 * side. Linux only (reads /proc); shared pages are counted once per process, so the sum errs high.
 */
import { readdirSync, readFileSync } from 'node:fs';

/** Parent of every live process, from /proc/<pid>/stat (the field after the name's parenthesis). */
function parents(): Map<number, number> {
  const out = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      out.set(Number(name), ppid);
    } catch {
      // the process ended between the listing and the read
    }
  }
  return out;
}

/** Kilobytes resident in `root` and all its descendants now. */
export function treeResidentKB(root: number): number {
  const ppid = parents();
  const tree = new Set([root]);
  // Descendants in any order: repeat until no process joins.
  for (let grown = true; grown;) {
    grown = false;
    for (const [pid, parent] of ppid)
      if (!tree.has(pid) && tree.has(parent)) {
        tree.add(pid);
        grown = true;
      }
  }
  let kb = 0;
  for (const pid of tree) {
    try {
      kb += Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
    } catch {
      // ended meanwhile
    }
  }
  return kb;
}

/** Samples the tree under `root` every `ms` until `stop()`, which returns the peak in MB. */
export function sampleTree(root: number, ms = 100): { stop(): number } {
  let peak = 0;
  const sample = () => (peak = Math.max(peak, treeResidentKB(root)));
  const timer = setInterval(sample, ms);
  return {
    stop() {
      clearInterval(timer);
      return Math.round(peak / 1024);
    },
  };
}
