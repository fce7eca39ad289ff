/** A stone border marker on grassy ground, beside a path winding into forested hills. */
import { W, D, rect, circle, ellipse, path, stroke, g, at } from '../lib/svg.ts';
import { C } from '../lib/palette.ts';
import { type Ctx, fullSky } from '../lib/context.ts';
import type { Rng } from '../lib/prng.ts';
import { ridge } from '../lib/geometry.ts';
import { crown, bird } from '../lib/motifs.ts';

export function borderMarker(c: Ctx, rng: Rng): string[] {
  const o = [
    fullSky(c, [
      [0, '#cadde5'],
      [1, '#f3efe2'],
    ]),
  ];
  const cloud = (x: number, y: number, s: number) =>
    g(
      [
        circle(-40, 0, 34, '#fbfaf5'),
        circle(0, -18, 46, '#fbfaf5'),
        circle(44, -2, 36, '#fbfaf5'),
        rect(-74, 0, 150, 34, '#fbfaf5', { rx: 17 }),
      ],
      { transform: at(x, y, s), opacity: 0.9 },
    );
  o.push(cloud(320, 170, 1.2), cloud(1180, 120, 1), cloud(820, 240, 0.7));
  o.push(
    path(
      ridge([
        [400, 600],
        [560, 470],
        [700, 430],
        [820, 470],
        [960, 420],
        [1120, 600],
      ]),
      '#b5c7c1',
    ),
  );
  o.push(
    path(
      ridge([
        [-10, 300],
        [200, 310],
        [420, 390],
        [640, 520],
        [800, 585],
        [900, 620],
      ]),
      c.lin([
        [0, '#82a97d'],
        [1, '#567f59'],
      ]),
    ),
  );
  o.push(
    path(
      ridge([
        [700, 620],
        [820, 580],
        [1000, 470],
        [1220, 360],
        [1420, 310],
        [1610, 300],
      ]),
      c.lin([
        [0, '#74a072'],
        [1, '#4d7752'],
      ]),
    ),
  );
  for (let i = 0; i < 26; i++) {
    const left = i % 2 === 0;
    const x = left ? rng.range(0, 560) : rng.range(1060, 1600);
    const top = left ? 300 + 0.0003 * x * x : 300 + 0.0003 * (1600 - x) ** 2;
    o.push(crown(x, top + rng.range(30, 140), rng.range(22, 36), '#335f3d', '#44744a', '#6e9c64'));
  }
  o.push(
    path(
      ridge([
        [-10, 720],
        [300, 690],
        [600, 640],
        [800, 610],
        [1000, 640],
        [1300, 680],
        [1610, 700],
      ]),
      c.lin([
        [0, '#a2bf8b'],
        [1, '#7ea270'],
      ]),
    ),
  );
  o.push(
    path(
      'M540 905C600 820 800 780 780 700C770 660 795 625 806 606L818 606C812 630 800 660 812 700C840 790 700 830 780 905Z',
      '#d8c9a6',
    ),
  );
  o.push(
    path(
      ridge([
        [-10, 820],
        [300, 800],
        [700, 830],
        [1100, 800],
        [1610, 820],
      ]),
      '#6e9a5f',
    ),
  );
  // the stone marker
  o.push(
    ellipse(1060, 812, 170, 18, '#4f7449', { opacity: 0.5 }),
    path('M940 806L1180 806L1160 776L960 776Z', '#b9b4a6'),
    rect(992, 740, 136, 38, '#d2cdc0'),
  );
  o.push(
    path(
      'M1010 740L1017 474L1103 474L1110 740Z',
      c.lin(
        [
          [0, '#f0ece1'],
          [0.55, '#e2ddd0'],
          [0.56, '#c9c3b5'],
          [1, '#bdb7a8'],
        ],
        0,
        0,
        1,
        0,
      ),
    ),
  );
  o.push(path('M1004 476L1060 432L1116 476Z', '#ddd8cb'), path('M1060 432L1116 476L1060 476Z', '#c3bdaf'));
  o.push(rect(1032, 520, 56, 160, '#dcd7ca', { stroke: '#b3ad9e', 'stroke-width': 3 }));
  let grass = '';
  for (let i = 0; i < 60; i++) {
    const x = rng.range(0, W);
    const y = rng.range(812, 890);
    grass += D`M${x} ${y}l${rng.range(-8, 8)} ${-rng.range(14, 30)}`;
  }
  o.push(stroke(grass, '#4f7d45', 3));
  for (let i = 0; i < 14; i++) o.push(circle(rng.range(0, W), rng.range(820, 890), 5, i % 3 ? C.goldLight : '#f6f1e4'));
  o.push(bird(560, 330, 13), bird(600, 350, 10));
  return o;
}
