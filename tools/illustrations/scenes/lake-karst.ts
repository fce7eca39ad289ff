/** A lake among limestone (karst) towers, with a dugout boat and a boatman. */
import { W, H, D, rect, circle, ellipse, path, stroke, g } from '../lib/svg.ts';
import { type Ctx, fullSky } from '../lib/context.ts';
import type { Rng } from '../lib/prng.ts';
import { ridge } from '../lib/geometry.ts';
import { tree, figure, bird } from '../lib/motifs.ts';
import { karstPeak } from '../lib/landforms.ts';

export function lakeKarst(c: Ctx, rng: Rng): string[] {
  const waterY = 560;
  const o = [
    fullSky(c, [
      [0, '#d9e6e2'],
      [1, '#f6efde'],
    ]),
  ];
  o.push(circle(420, 240, 74, '#f4e3b5', { opacity: 0.85 }));
  const layers: { fill: string; peaks: [number, number, number, number][] }[] = [
    {
      fill: '#c4d4cb',
      peaks: [
        [60, 190, 250, 10],
        [260, 170, 200, -10],
        [520, 230, 280, 15],
        [860, 200, 250, -15],
        [1150, 190, 290, 10],
        [1420, 240, 240, 0],
        [1600, 200, 210, 0],
      ],
    },
    {
      fill: c.lin([
        [0, '#9cb6a5'],
        [1, '#86a391'],
      ]),
      peaks: [
        [170, 220, 210, 12],
        [400, 180, 170, -8],
        [1010, 240, 230, 18],
        [1280, 200, 190, -12],
        [1520, 220, 250, 5],
      ],
    },
    {
      fill: c.lin([
        [0, '#6f9a7e'],
        [1, '#58806a'],
      ]),
      peaks: [
        [-20, 260, 300, 30],
        [220, 200, 230, -20],
        [1380, 260, 280, -25],
        [1620, 240, 330, 0],
      ],
    },
  ];
  const peaks = layers.map((l, i) => {
    const shapes = l.peaks.map(([x, w, h, lean]) => karstPeak(x, waterY + 6, w, h, lean));
    return (
      path(shapes.map((s) => s[0]).join(''), l.fill) +
      path(shapes.map((s) => s[1]).join(''), '#1f3a2c', { opacity: 0.08 + i * 0.05 })
    );
  });
  o.push(...peaks);
  o.push(
    rect(
      0,
      waterY,
      W,
      H - waterY,
      c.lin([
        [0, '#b5d0c7'],
        [1, '#6e9e94'],
      ]),
    ),
  );
  o.push(g(peaks, { transform: `matrix(1 0 0 -1 0 ${2 * waterY})`, opacity: 0.28 }));
  let ripples = '';
  for (let i = 0; i < 46; i++) {
    const y = rng.range(waterY + 8, H - 10);
    const l = rng.range(30, 140) * (0.5 + (y - waterY) / 340);
    const x = rng.range(-40, W);
    ripples += D`M${x} ${y}h${l}`;
  }
  o.push(stroke(ripples, '#eef5ef', 3, { opacity: 0.45 }));
  // near shore with trees (left) and reeds (right)
  o.push(
    path(
      ridge([
        [-10, 745],
        [120, 728],
        [260, 760],
        [360, 820],
        [430, 905],
      ]),
      '#3f6b4f',
    ),
  );
  for (const [x, y, r] of [
    [40, 745, 42],
    [120, 738, 50],
    [215, 752, 40],
    [300, 790, 34],
  ] as const)
    o.push(tree(x, y, 40, r, ['#2f5a3e', '#3f6f4b', '#6c9a6b']));
  let reeds = '';
  for (let i = 0; i < 26; i++) {
    const x = 1400 + i * 8 + rng.range(-4, 4);
    const h = rng.range(70, 170);
    reeds += D`M${x} ${H}q${rng.range(-6, 10)} ${-h / 2} ${rng.range(4, 22)} ${-h}`;
  }
  o.push(stroke(reeds, '#4e7650', 4), path('M1380 900C1420 870 1560 860 1600 870V900Z', '#3f6b4f'));
  // a dugout boat with a boatman
  o.push(ellipse(1035, 724, 100, 8, '#3f5f58', { opacity: 0.25 }));
  o.push(path('M940 700Q1030 724 1130 697Q1118 716 1032 720Q962 718 940 700Z', '#5a3b28'));
  o.push(figure(1062, 708, 0.95, '#4a6e8a'), stroke('M1086 630L1112 760', '#6b5137', 4));
  o.push(stroke('M900 712q-40 6-90 4M1150 708q40 5 80 4', '#eef5ef', 3, { opacity: 0.6 }));
  o.push(bird(980, 260, 14), bird(1030, 290, 10));
  return o;
}
