/** Landforms shared by several scenes: limestone (karst) towers and terraced paddy fields. */
import { H, W, D, path, stroke, type Pt } from './svg.ts';
import { smooth, ridge, sample } from './geometry.ts';

/** A limestone (karst) tower standing on `base`: its outline and the shaded right flank. */
export function karstPeak(x: number, base: number, w: number, h: number, lean = 0): [string, string] {
  const pts: Pt[] = [
    [x - w / 2, base],
    [x - w * 0.44, base - h * 0.38],
    [x - w * 0.33, base - h * 0.72],
    [x - w * 0.16 + lean * 0.6, base - h * 0.95],
    [x + lean, base - h],
    [x + w * 0.17 + lean * 0.6, base - h * 0.9],
    [x + w * 0.3, base - h * 0.64],
    [x + w * 0.42, base - h * 0.32],
    [x + w / 2, base],
  ];
  const outline = smooth(pts) + 'Z';
  const shade =
    smooth(pts.slice(4)) + D`L${x + w * 0.1} ${base}Q${x + w * 0.02} ${base - h * 0.55} ${x + lean} ${base - h}Z`;
  return [outline, shade];
}
export const karst = (x: number, base: number, w: number, h: number, lean = 0) => karstPeak(x, base, w, h, lean)[0];

/** Bands of terraced paddy fields from y0 downwards, back to front. */
export function paddies(y0: number, colors: readonly string[], phase: number, edge = '#eef2cf'): string[] {
  const out: string[] = [];
  let y = y0;
  for (let i = 0; y < H; i++) {
    const amp = 6 + i * 3;
    const yy = y;
    const pts = sample((x) => yy + amp * Math.sin(x / 260 + phase + i * 1.3), -20, W + 20, 10);
    out.push(path(ridge(pts), colors[i % colors.length]!), stroke(smooth(pts), edge, 3, { opacity: 0.85 }));
    y += 26 + i * 13;
  }
  return out;
}
