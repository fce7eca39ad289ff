/** Turmeric: a flat basket of fresh rhizomes, a bowl of turmeric starch and a wooden spoon. */
import { W, D, rect, ellipse, path, stroke, g, at } from '../lib/svg.ts';
import { C } from '../lib/palette.ts';
import { type Ctx, fullSky } from '../lib/context.ts';
import type { Rng } from '../lib/prng.ts';
import { leaf } from '../lib/motifs.ts';

export function turmeric(c: Ctx, rng: Rng): string[] {
  const o = [
    fullSky(c, [
      [0, '#f2e7cf'],
      [1, '#e7d3ae'],
    ]),
  ];
  for (const [x, a, l] of [
    [120, -70, 420],
    [170, -52, 440],
    [60, -86, 380],
    [230, -40, 380],
    [1500, -110, 400],
    [1560, -125, 360],
  ] as const) {
    o.push(leaf(x, 620, l, 70, a, '#5f9a55', '#8cc07a'));
  }
  o.push(
    rect(
      0,
      600,
      W,
      300,
      c.lin([
        [0, '#b4875b'],
        [1, '#8e6343'],
      ]),
    ),
    rect(0, 594, W, 10, '#c99b6c'),
  );
  // a flat basket of fresh rhizomes
  o.push(
    ellipse(560, 700, 350, 100, '#8f7240'),
    ellipse(560, 690, 330, 88, '#b39258'),
    ellipse(560, 690, 330, 88, 'none', { stroke: '#8a6c38', 'stroke-width': 18 }),
  );
  const rhizome = (x: number, y: number, rot: number, s: number) =>
    g(
      [
        ellipse(0, 0, 62, 22, '#d08a2e'),
        ellipse(52, -18, 30, 12, '#c77c26', { transform: 'rotate(-35 52 -18)' }),
        ellipse(-40, 18, 28, 11, '#c77c26', { transform: 'rotate(25 -40 18)' }),
        ellipse(20, 20, 26, 10, '#d08a2e', { transform: 'rotate(40 20 20)' }),
        ellipse(-6, -8, 40, 7, '#e6a850', { opacity: 0.6 }),
        stroke('M-30-14q4 14 0 28M-6-20q4 18 0 40M20-18q4 16 0 34', '#8a5320', 2.5, { opacity: 0.7 }),
      ],
      { transform: at(x, y, s, rot) },
    );
  const roots: [number, number][] = [];
  for (let i = 0; i < 13; i++)
    roots.push([330 + (i % 5) * 110 + rng.range(-20, 20), 640 + Math.floor(i / 5) * 36 + rng.range(-8, 8)]);
  for (const [x, y] of roots) o.push(rhizome(x, y, rng.range(-40, 40), rng.range(0.75, 0.95)));
  for (const [x, y] of [
    [420, 800],
    [500, 826],
  ] as const)
    o.push(
      ellipse(x, y, 30, 22, '#c98a3a'),
      ellipse(x + 4, y - 2, 24, 18, '#ee9620'),
      ellipse(x + 4, y - 2, 12, 9, '#f7b84a'),
    );
  // a bowl of turmeric starch and a wooden spoon
  o.push(ellipse(1110, 800, 220, 24, '#7a5238', { opacity: 0.35 }));
  o.push(
    path(
      'M910 640C920 740 1000 800 1110 800C1220 800 1300 740 1310 640Z',
      c.lin(
        [
          [0, '#faf5ea'],
          [1, '#d9cfbb'],
        ],
        0,
        0,
        1,
        0,
      ),
    ),
  );
  o.push(stroke('M918 680C1000 712 1220 712 1302 680', C.tea, 6, { opacity: 0.8 }));
  o.push(
    ellipse(1110, 640, 202, 34, '#fbf8f0'),
    path(
      'M924 640C960 560 1050 528 1110 528C1180 528 1260 560 1296 640Z',
      c.lin([
        [0, '#f8cf5a'],
        [1, '#eaa52a'],
      ]),
    ),
  );
  o.push(path('M1040 560C1070 544 1110 540 1140 546C1110 552 1070 560 1050 576Z', '#fbe39a', { opacity: 0.7 }));
  o.push(
    stroke('M1250 850L1460 760', C.woodDark, 14),
    ellipse(1212, 862, 56, 26, '#7a5034'),
    ellipse(1212, 856, 42, 16, '#f0b73a'),
  );
  let dust = '';
  for (let i = 0; i < 30; i++) dust += D`M${rng.range(1140, 1340)} ${rng.range(850, 890)}h0`;
  o.push(stroke(dust, '#f0b73a', 6));
  return o;
}
