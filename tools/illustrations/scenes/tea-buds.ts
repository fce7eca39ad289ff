/** Tea buds: a round bamboo tray of rolled dried tea beside one bud and two leaves. */
import { n, D, circle, ellipse, stroke } from '../lib/svg.ts';
import { type Ctx, fullSky } from '../lib/context.ts';
import type { Rng } from '../lib/prng.ts';
import { leaf, scatterCurls } from '../lib/motifs.ts';

export function teaBuds(c: Ctx, rng: Rng): string[] {
  const o = [
    fullSky(c, [
      [0, '#dbe6cc'],
      [1, '#f1ead6'],
    ]),
  ];
  for (let i = 0; i < 9; i++)
    o.push(
      circle(rng.range(700, 1560), rng.range(60, 420), rng.range(40, 95), '#ffffff', {
        opacity: n(rng.range(0.12, 0.3)),
      }),
    );
  // a round bamboo tray of rolled dried tea
  o.push(ellipse(980, 712, 585, 178, '#b7955a'), ellipse(980, 700, 560, 165, '#cdac6e'));
  o.push(stroke(D`M${420} ${700}A560 165 0 0 1 ${1540} ${700}A560 165 0 0 1 ${420} ${700}Z`, '#a98648', 24));
  o.push(
    ...[0.85, 0.7, 0.55, 0.4, 0.25].map((k) =>
      ellipse(980, 704, 520 * k, 145 * k, 'none', { stroke: '#b8955a', 'stroke-width': 3, opacity: 0.7 }),
    ),
  );
  o.push(...scatterCurls(rng, 980, 704, 490, 128, 190, ['#3e5a30', '#4b6a36', '#5d7a3f', '#33502b'], [14, 24], 7));
  // one bud and two leaves
  o.push(stroke('M470 900C470 760 500 600 560 430C580 370 590 330 600 292', '#6d8f3e', 12));
  const leafFill = c.lin(
    [
      [0, '#3d8447'],
      [1, '#78b662'],
    ],
    0,
    0,
    1,
    1,
  );
  o.push(leaf(520, 600, 340, 100, -160, leafFill, '#a8d38d'), leaf(560, 450, 320, 90, -22, leafFill, '#a8d38d'));
  o.push(
    leaf(
      596,
      300,
      175,
      32,
      -82,
      c.lin(
        [
          [0, '#c8e2a6'],
          [1, '#8fbf6a'],
        ],
        0,
        0,
        1,
        0,
      ),
    ),
    stroke('M600 292q4-80 22-160', '#e8f3d8', 3, { opacity: 0.7 }),
  );
  return o;
}
