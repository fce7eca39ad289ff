/** Tea hills: rounded hills combed with rows of bushes, pickers with baskets and a pale sun. */
import { W, H, n, circle, path, stroke, g } from '../lib/svg.ts';
import { C } from '../lib/palette.ts';
import { type Ctx, fullSky } from '../lib/context.ts';
import { smooth, ridge, sample, dome } from '../lib/geometry.ts';
import { tree, figure, bird } from '../lib/motifs.ts';

/** Rows of tea bushes following the contour of a rounded hill. */
function teaDome(c: Ctx, h: { cx: number; top: number; w: number; gap: number; s: number; fill: string }): string {
  const f = dome(h.cx, h.top, h.w);
  const shape = smooth(sample(f, h.cx - h.w, h.cx + h.w, 16)) + 'Z';
  const clip = c.clip(path(shape, '#000'));
  const rows: [string, string] = ['', ''];
  let k = 0;
  for (let off = h.gap * 0.55; h.top + off < H + h.s; off += h.gap, k++) {
    // only the part of the row that is inside the picture
    let half = h.w;
    while (half > 0 && f(h.cx + half) + off > H + h.s) half -= 4;
    const x0 = Math.max(h.cx - half - 8, -h.s);
    const x1 = Math.min(h.cx + half + 8, W + h.s);
    if (x1 <= x0) continue;
    rows[k % 2] += smooth(sample((x) => f(x) + off, x0, x1, Math.max(3, Math.round((x1 - x0) / 110))));
  }
  const layers = rows.flatMap((d, i) =>
    d === ''
      ? []
      : [
          stroke(d, '#3a7342', h.s),
          stroke(d, '#4d8f4e', h.s * 1.05, {
            'stroke-dasharray': `0 ${n(h.s * 0.85)}`,
            'stroke-dashoffset': n(i * h.s * 0.42),
            transform: `translate(0 ${n(-h.s * 0.22)})`,
          }),
          stroke(d, '#82b86a', h.s * 0.42, {
            'stroke-dasharray': `0 ${n(h.s * 0.95)}`,
            'stroke-dashoffset': n(i * h.s * 0.5),
            transform: `translate(0 ${n(-h.s * 0.5)})`,
          }),
        ],
  );
  return path(shape, h.fill) + g(layers, { 'clip-path': clip });
}

export function teaHills(c: Ctx): string[] {
  const o = [
    fullSky(c, [
      [0, '#dae6da'],
      [1, '#f8efdf'],
    ]),
  ];
  o.push(circle(1240, 240, 150, '#f6e6b8', { opacity: 0.6 }), circle(1240, 240, 88, C.goldLight));
  o.push(
    path(
      ridge([
        [0, 500],
        [220, 455],
        [430, 490],
        [650, 430],
        [900, 470],
        [1150, 420],
        [1400, 465],
        [1600, 440],
      ]),
      '#c8d6b9',
    ),
  );
  o.push(
    path(
      ridge([
        [0, 585],
        [260, 530],
        [520, 570],
        [800, 510],
        [1080, 560],
        [1350, 520],
        [1600, 555],
      ]),
      '#a4c08d',
    ),
  );
  const back = { cx: 820, top: 545, w: 520, gap: 22, s: 11, fill: '#bcbd88' };
  o.push(teaDome(c, back));
  const fb = dome(back.cx, back.top, back.w);
  for (const x of [690, 905, 980]) o.push(tree(x, fb(x) + 14, 70, 30, ['#3d6f45', '#4f8450', '#79a868']));
  o.push(teaDome(c, { cx: 230, top: 610, w: 560, gap: 28, s: 14, fill: '#b6b67f' }));
  const right = { cx: 1330, top: 630, w: 600, gap: 30, s: 15, fill: '#b6b67f' };
  o.push(teaDome(c, right));
  const fr = dome(right.cx, right.top, right.w);
  o.push(tree(1250, fr(1250) + 18, 95, 40, ['#3d6f45', '#4f8450', '#79a868']));
  const front = { cx: 760, top: 745, w: 760, gap: 40, s: 21, fill: '#b1ae78' };
  o.push(teaDome(c, front));
  const ff = dome(front.cx, front.top, front.w);
  o.push(
    figure(560, ff(560) + 70, 1.1, '#4a6e8a', 'hat', true),
    figure(1010, ff(1010) + 62, 1.05, '#8a4f3a', 'hat', true),
  );
  o.push(bird(420, 200, 16), bird(470, 230, 12), bird(380, 250, 10));
  return o;
}
