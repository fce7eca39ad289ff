/** Curves and outlines built from points: smooth edges, landform profiles, a star. */
import { H, n, D, type Pt } from './svg.ts';

/** A smooth curve through the points (Catmull-Rom as cubic Béziers). */
export function smooth(pts: readonly Pt[], tension = 1): string {
  let d = D`M${pts[0]![0]} ${pts[0]![1]}`;
  for (let i = 0; i < pts.length - 1; i++) {
    const p0 = pts[i - 1] ?? pts[i]!;
    const p1 = pts[i]!;
    const p2 = pts[i + 1]!;
    const p3 = pts[i + 2] ?? p2;
    const c1x = p1[0] + ((p2[0] - p0[0]) / 6) * tension;
    const c1y = p1[1] + ((p2[1] - p0[1]) / 6) * tension;
    const c2x = p2[0] - ((p3[0] - p1[0]) / 6) * tension;
    const c2y = p2[1] - ((p3[1] - p1[1]) / 6) * tension;
    d += D`C${c1x} ${c1y} ${c2x} ${c2y} ${p2[0]} ${p2[1]}`;
  }
  return d;
}

/** A filled landform: a smooth top edge through the points, closed down to `bottom`. */
export const ridge = (pts: readonly Pt[], bottom = H + 2) =>
  smooth(pts) + D`L${pts[pts.length - 1]![0]} ${bottom}L${pts[0]![0]} ${bottom}Z`;

export const sample = (f: (x: number) => number, x0: number, x1: number, steps: number): Pt[] =>
  Array.from({ length: steps + 1 }, (_, i) => {
    const x = x0 + ((x1 - x0) * i) / steps;
    return [x, f(x)] as const;
  });

/** A rounded hill profile: `top` at `cx`, falling to `base` at cx ± w. */
export const dome =
  (cx: number, top: number, w: number, base = H + 60) =>
  (x: number) => {
    const u = (x - cx) / w;
    return Math.abs(u) >= 1 ? base : base - (base - top) * (0.5 + 0.5 * Math.cos(Math.PI * u));
  };

/** A five-pointed star. */
export function starPath(cx: number, cy: number, R: number, r: number): string {
  const pts: string[] = [];
  for (let i = 0; i < 10; i++) {
    const a = -Math.PI / 2 + (i * Math.PI) / 5;
    const rad = i % 2 === 0 ? R : r;
    pts.push(`${n(cx + rad * Math.cos(a))} ${n(cy + rad * Math.sin(a))}`);
  }
  return `M${pts.join('L')}Z`;
}
