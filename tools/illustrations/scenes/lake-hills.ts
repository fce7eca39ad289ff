/** A lake ringed by forested hills, with a small wooden pier and a moored boat. */
import { W, H, D, rect, circle, ellipse, path, stroke, g } from '../lib/svg.ts';
import { type Ctx, fullSky } from '../lib/context.ts';
import type { Rng } from '../lib/prng.ts';
import { ridge } from '../lib/geometry.ts';
import { crown, tree, bird } from '../lib/motifs.ts';

export function lakeHills(c: Ctx, rng: Rng): string[] {
  const waterY = 560;
  const o = [
    fullSky(c, [
      [0, '#d9e6e4'],
      [1, '#f6efde'],
    ]),
  ];
  o.push(circle(1180, 230, 70, '#f4e3b5', { opacity: 0.85 }));
  const back = [
    path(
      ridge(
        [
          [0, 420],
          [180, 360],
          [380, 300],
          [560, 345],
          [760, 255],
          [980, 330],
          [1200, 295],
          [1420, 360],
          [1600, 335],
        ],
        waterY + 4,
      ),
      '#c3d3c9',
    ),
    path(
      ridge(
        [
          [0, 505],
          [260, 455],
          [520, 492],
          [800, 445],
          [1100, 482],
          [1380, 448],
          [1600, 472],
        ],
        waterY + 4,
      ),
      '#9db89f',
    ),
  ];
  o.push(
    ...back,
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
  o.push(g(back, { transform: `matrix(1 0 0 -1 0 ${2 * waterY})`, opacity: 0.25 }));
  const isle = c.lin([
    [0, '#74a06c'],
    [1, '#55825a'],
  ]);
  for (const [x, y, w, h] of [
    [1350, 592, 190, 42],
    [700, 598, 230, 56],
    [330, 622, 320, 78],
    [1030, 646, 360, 92],
  ] as const) {
    const shape = path(
      D`M${x - w / 2} ${y}C${x - w * 0.36} ${y - h} ${x + w * 0.28} ${y - h * 1.08} ${x + w / 2} ${y}Z`,
      isle,
    );
    o.push(g(shape, { transform: `matrix(1 0 0 -1 0 ${2 * y})`, opacity: 0.25 }), shape);
    for (let i = 0; i < Math.round(w / 45); i++) {
      const t = (i + 0.5) / Math.round(w / 45);
      const cx = x - w * 0.4 + t * w * 0.8;
      o.push(
        crown(
          cx,
          y - h * (0.95 - 1.9 * (t - 0.5) ** 2) + 6,
          rng.range(12, 20) * (h / 70),
          '#3f6b4f',
          '#4f7d5c',
          '#7ea584',
        ),
      );
    }
    for (let i = 0; i < Math.round(w / 70); i++) {
      const cx = x - w * 0.3 + ((i + 0.5) / Math.round(w / 70)) * w * 0.6;
      o.push(crown(cx, y - h * 0.38, rng.range(12, 18) * (h / 70), '#365f45', '#46735a', '#6f9a78'));
    }
    o.push(stroke(D`M${x - w / 2 + 6} ${y}H${x + w / 2 - 6}`, '#55825a', 6));
  }
  let ripples = '';
  for (let i = 0; i < 44; i++) {
    const y = rng.range(waterY + 8, H - 10);
    ripples += D`M${rng.range(-40, W)} ${y}h${rng.range(30, 140) * (0.5 + (y - waterY) / 340)}`;
  }
  o.push(stroke(ripples, '#eef5ef', 3, { opacity: 0.45 }));
  // near shore with trees, a small wooden pier and a moored boat
  o.push(
    path(
      ridge([
        [-10, 770],
        [150, 750],
        [300, 790],
        [380, 850],
        [420, 905],
      ]),
      '#4a7652',
    ),
  );
  for (const [x, y, r] of [
    [50, 770, 46],
    [150, 758, 54],
    [260, 786, 40],
  ] as const)
    o.push(tree(x, y, 44, r, ['#2f5a3e', '#3f6f4b', '#6c9a6b']));
  o.push(path('M1250 905C1300 850 1480 830 1610 840V905Z', '#4a7652'));
  let piles = '';
  for (const x of [1130, 1200, 1270, 1340]) piles += D`M${x} 778V830`;
  o.push(
    stroke(piles, '#5d4330', 10),
    path('M1110 768H1400L1396 784H1114Z', '#9a7550'),
    stroke('M1140 768V784M1180 768V784M1220 768V784M1260 768V784M1300 768V784M1340 768V784', '#7d5c3f', 2),
  );
  o.push(
    ellipse(1180, 842, 110, 8, '#3f5f58', { opacity: 0.25 }),
    path('M1080 820Q1180 846 1290 818Q1276 838 1180 842Q1100 840 1080 820Z', '#6b4630'),
    stroke('M1290 820L1340 784', '#6b5137', 3),
  );
  o.push(bird(600, 220, 14), bird(648, 246, 10));
  return o;
}
