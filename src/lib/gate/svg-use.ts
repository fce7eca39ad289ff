/**
 * `<use>` bounds for the SVG gate: `<use>` clones its target, which may itself contain `<use>`;
 * a few levels of fan-out multiply into millions of shapes, and a loop never ends.
 */
import type { GateFinding } from './finding.ts';
import { LIMITS } from './limits.ts';

/**
 * `edges`: for every element id, the ids that `<use>` elements inside it (or it itself) clone;
 * `targets`: what every `<use>` in the file clones. Longest chains by peeling ids whose uses are
 * all resolved (Kahn's order), so nothing recurses or revisits; an id never peeled is in a loop
 * or leads into one. A `<use>` of a missing id draws nothing and is left alone.
 */
export function useChainFindings(edges: Map<string, Set<string>>, targets: readonly string[]): GateFinding[] {
  const pending = new Map<string, number>();
  const users = new Map<string, string[]>();
  for (const [id, uses] of edges) {
    const known = [...uses].filter((t) => edges.has(t));
    for (const t of known) {
      if (!users.has(t)) users.set(t, []);
      users.get(t)!.push(id);
    }
    pending.set(id, known.length);
  }
  const depth = new Map<string, number>();
  const queue = [...pending].filter(([, n]) => n === 0).map(([id]) => id);
  for (let i = 0; i < queue.length; i++) {
    const id = queue[i]!;
    const d = depth.get(id) ?? 0;
    for (const user of users.get(id) ?? []) {
      depth.set(user, Math.max(depth.get(user) ?? 0, d + 1));
      pending.set(user, pending.get(user)! - 1);
      if (pending.get(user) === 0) queue.push(user);
    }
  }
  const peeled = new Set(queue);
  const findings: GateFinding[] = [];
  for (const t of new Set(targets)) {
    if (!edges.has(t)) continue;
    if (!peeled.has(t)) findings.push({ key: 'svg.useCycle', params: { id: t } });
    else if (1 + (depth.get(t) ?? 0) > LIMITS.svgUseNesting)
      findings.push({ key: 'svg.useDepth', params: { id: t, max: LIMITS.svgUseNesting } });
  }
  return findings;
}
