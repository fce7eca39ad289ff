/** Small recurring things placed by the scenes: leaves, trees, people, birds, leafy texture. */
import { D, circle, path, stroke, g, at } from './svg.ts';
import { C } from './palette.ts';
import type { Rng } from './prng.ts';

/** A leaf from its base at (x, y), pointing along `angle` degrees (0 = right, -90 = up). */
export function leaf(x: number, y: number, len: number, wid: number, angle: number, fill: string, vein?: string) {
  const body = path(
    D`M0 0C${len * 0.25} ${-wid * 0.9} ${len * 0.7} ${-wid * 0.7} ${len} 0C${len * 0.7} ${wid * 0.7} ${len * 0.25} ${wid * 0.9} 0 0Z`,
    fill,
  );
  const mid = vein
    ? stroke(D`M${len * 0.04} 0Q${len * 0.5} ${-wid * 0.08} ${len * 0.92} 0`, vein, Math.max(1.5, wid * 0.07))
    : '';
  return g(body + mid, { transform: at(x, y, 1, angle) });
}

/** A rounded tree crown of overlapping discs; (x, y) is the crown's centre. */
export const crown = (x: number, y: number, r: number, dark: string, mid: string, light: string) =>
  circle(x - r * 0.45, y + r * 0.2, r * 0.68, dark) +
  circle(x + r * 0.45, y + r * 0.22, r * 0.66, dark) +
  circle(x, y - r * 0.15, r * 0.8, mid) +
  circle(x - r * 0.22, y - r * 0.38, r * 0.42, light, { opacity: 0.75 });

/** A tree: trunk from the ground (x, y) and a crown of radius r. */
export const tree = (
  x: number,
  y: number,
  h: number,
  r: number,
  cols: readonly [string, string, string],
  trunk = '#6b5440',
) => stroke(D`M${x} ${y}L${x} ${y - h}`, trunk, Math.max(4, r * 0.16)) + crown(x, y - h, r, ...cols);

/** A small standing figure, feet at (x, y); `head` is a conical hat or a head scarf. */
export function figure(x: number, y: number, s: number, cloth: string, head: 'hat' | 'scarf' = 'hat', basket = false) {
  const parts = [
    path('M-14 0L-11-54Q0-63 11-54L14 0Z', cloth),
    circle(0, -66, 9, C.skin),
    head === 'hat'
      ? path('M-27-65L0-85L27-65Q0-60-27-65Z', '#e8d6a6')
      : path('M-10-70Q0-80 10-70L11-64L-11-64Z', C.indigo),
  ];
  if (basket) parts.push(path('M9-52L26-48L23-22L11-25Z', '#b08a54'));
  return g(parts, { transform: at(x, y, s) });
}

export const bird = (x: number, y: number, s: number, color = '#5b5a52') =>
  stroke(
    D`M${x - s} ${y}Q${x - s * 0.45} ${y - s * 0.55} ${x} ${y}Q${x + s * 0.45} ${y - s * 0.55} ${x + s} ${y}`,
    color,
    Math.max(2, s * 0.14),
  );

/** Random short curved strokes inside an ellipse, grouped into one path per colour. */
export function scatterCurls(
  rng: Rng,
  cx: number,
  cy: number,
  rx: number,
  ry: number,
  count: number,
  colors: readonly string[],
  len: readonly [number, number],
  width: number,
): string[] {
  const byColor = new Map<string, string>();
  for (let i = 0; i < count; i++) {
    const a = rng.range(0, Math.PI * 2);
    const d = Math.sqrt(rng.next());
    const x = cx + Math.cos(a) * rx * d;
    const y = cy + Math.sin(a) * ry * d;
    const l = rng.range(len[0], len[1]);
    const dir = rng.range(0, Math.PI * 2);
    const dx = Math.cos(dir) * l;
    const dy = Math.sin(dir) * l * 0.7;
    const bend = rng.range(-0.5, 0.5) * l;
    const color = rng.pick(colors);
    byColor.set(
      color,
      (byColor.get(color) ?? '') + D`M${x} ${y}q${dx / 2 - dy * 0.3 + bend * 0.2} ${dy / 2 + bend} ${dx} ${dy}`,
    );
  }
  return [...byColor].map(([color, d]) => stroke(d, color, width));
}
