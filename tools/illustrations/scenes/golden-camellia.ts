/** A golden camellia branch in flower beside a glass of golden tea. */
import { W, n, D, rect, circle, ellipse, path, stroke, g, at } from '../lib/svg.ts';
import { type Ctx, fullSky } from '../lib/context.ts';
import type { Rng } from '../lib/prng.ts';
import { leaf } from '../lib/motifs.ts';

export function goldenCamellia(c: Ctx, rng: Rng): string[] {
  const o = [
    fullSky(c, [
      [0, '#e2ead6'],
      [1, '#f4ecd9'],
    ]),
  ];
  for (let i = 0; i < 7; i++)
    o.push(
      circle(rng.range(0, W), rng.range(40, 500), rng.range(50, 110), '#ffffff', {
        opacity: n(rng.range(0.15, 0.3)),
      }),
    );
  o.push(
    stroke(
      'M-20 760C200 700 380 560 560 500C760 430 960 380 1180 240M560 500C600 400 640 330 720 280M860 410C930 450 1000 470 1080 470',
      '#6b4e36',
      14,
    ),
  );
  const leafFill = c.lin(
    [
      [0, '#2f6a3e'],
      [1, '#4f8a4f'],
    ],
    0,
    0,
    1,
    1,
  );
  for (const [x, y, a, l] of [
    [180, 705, -110, 170],
    [300, 650, 60, 160],
    [420, 575, -120, 180],
    [500, 520, 40, 170],
    [650, 330, -150, 150],
    [700, 300, -40, 140],
    [760, 420, 70, 160],
    [900, 370, -120, 170],
    [1000, 460, 40, 150],
    [1060, 300, -130, 150],
    [1130, 270, -20, 140],
  ] as const) {
    o.push(leaf(x, y, l, 50, a, leafFill, '#7fb46a'));
  }
  const flower = (x: number, y: number, R: number) => {
    const petals: string[] = [];
    const outer = c.lin([
      [0, '#f8dc7a'],
      [1, '#e2a92a'],
    ]);
    for (let i = 0; i < 7; i++) {
      const a = (i * 360) / 7 + 10;
      petals.push(ellipse(R * 0.5, 0, R * 0.55, R * 0.4, outer, { transform: `rotate(${n(a)})` }));
    }
    for (let i = 0; i < 5; i++)
      petals.push(ellipse(R * 0.28, 0, R * 0.34, R * 0.26, '#f6cf58', { transform: `rotate(${n(i * 72 + 40)})` }));
    let stamens = '';
    for (let i = 0; i < 14; i++) {
      const a = (i * Math.PI * 2) / 14;
      stamens += D`M0 0L${Math.cos(a) * R * 0.22} ${Math.sin(a) * R * 0.22}`;
    }
    petals.push(stroke(stamens, '#e8b23a', 3), circle(0, 0, R * 0.1, '#d98f22'));
    return g(petals, { transform: at(x, y) });
  };
  o.push(flower(560, 500, 120), flower(860, 410, 100), flower(1180, 240, 90));
  for (const [x, y, a] of [
    [720, 276, -30],
    [1080, 470, 20],
  ] as const)
    o.push(
      g([ellipse(0, 0, 26, 36, '#e9b93a'), path('M-24 10Q0 50 24 10Q10 26 0 28Q-10 26-24 10Z', '#4f8a4f')], {
        transform: at(x, y, 1, a),
      }),
    );
  // a glass of golden tea
  o.push(rect(0, 800, W, 100, '#dcc9a4'), ellipse(1340, 806, 170, 22, '#c9b48c'));
  o.push(
    path('M1220 600L1240 800L1440 800L1460 600Z', '#f0d27a', { opacity: 0.75 }),
    path('M1224 640L1240 800L1440 800L1456 640Z', '#e3b54a', { opacity: 0.6 }),
  );
  o.push(
    ellipse(1340, 640, 116, 14, '#eec45a'),
    stroke('M1220 600L1240 800L1440 800L1460 600', '#ffffff', 4, { opacity: 0.8 }),
    ellipse(1340, 600, 120, 14, 'none', { stroke: '#ffffff', 'stroke-width': 4, opacity: 0.8 }),
  );
  o.push(
    stroke('M1250 620L1262 780', '#ffffff', 6, { opacity: 0.5 }),
    g(flower(0, 0, 40), { transform: at(1360, 636, 1), opacity: 0.9 }),
  );
  return o;
}
