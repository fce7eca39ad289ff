/** What a scene receives besides the PRNG: a collector for the file's <defs>. */
import { W, H, rect, tag } from './svg.ts';
import type { Rng } from './prng.ts';

export type Stop = readonly [number, string, number?];

/** Per-scene definitions: linear gradients and clip paths, with ids local to the file. */
export function makeCtx() {
  const defs: string[] = [];
  let i = 0;
  /** A linear gradient over the shape's bounding box (default: top to bottom). */
  const lin = (stops: readonly Stop[], x1 = 0, y1 = 0, x2 = 0, y2 = 1) => {
    const id = `g${++i}`;
    const inner = stops
      .map(([offset, color, opacity]) => tag('stop', { offset, 'stop-color': color, 'stop-opacity': opacity }))
      .join('');
    defs.push(tag('linearGradient', { id, x1, y1, x2, y2 }, inner));
    return `url(#${id})`;
  };
  const clip = (shape: string) => {
    const id = `c${++i}`;
    defs.push(tag('clipPath', { id }, shape));
    return `url(#${id})`;
  };
  return { defs, lin, clip };
}
export type Ctx = ReturnType<typeof makeCtx>;

/** A sky (or backdrop) gradient filling the whole frame. */
export const fullSky = (c: Ctx, stops: readonly Stop[]) => rect(0, 0, W, H, c.lin(stops));

/** A scene draws into `c` and returns its elements, back to front. */
export type Scene = (c: Ctx, rng: Rng) => string[];
