/** A stilt house with its stair, bamboo behind, a water wheel on the stream and a banana plant. */
import { W, D, rect, circle, ellipse, path, stroke } from '../lib/svg.ts';
import { C } from '../lib/palette.ts';
import { type Ctx, fullSky } from '../lib/context.ts';
import type { Rng } from '../lib/prng.ts';
import { ridge } from '../lib/geometry.ts';
import { leaf, crown } from '../lib/motifs.ts';
import { karst, paddies } from '../lib/landforms.ts';

export function stiltHouse(c: Ctx, rng: Rng): string[] {
  const o = [
    fullSky(c, [
      [0, '#dee8df'],
      [1, '#f6eedd'],
    ]),
  ];
  o.push(
    path(
      karst(180, 470, 300, 260, 20) +
        karst(430, 470, 240, 200, -10) +
        karst(1450, 470, 320, 280, -20) +
        karst(1250, 470, 220, 180, 10),
      '#b6c9b6',
    ),
  );
  o.push(
    path(
      ridge([
        [0, 500],
        [300, 440],
        [620, 480],
        [900, 420],
        [1200, 470],
        [1600, 440],
      ]),
      c.lin([
        [0, '#8fae86'],
        [1, '#739a70'],
      ]),
    ),
  );
  for (let i = 0; i < 26; i++)
    o.push(crown(rng.range(-20, W + 20), rng.range(480, 530), rng.range(28, 44), '#3f6b45', '#4f7d52', '#79a36c'));
  o.push(...paddies(560, ['#c8d98e', '#b4cc7c', '#d6df9e'], 1.1));
  // bamboo behind the house
  let stalks = '';
  for (let i = 0; i < 7; i++)
    stalks += D`M${1240 + i * 10} 670Q${1250 + i * 14} 480 ${1250 + (i - 3) * 40} ${300 + rng.range(0, 60)}`;
  o.push(stroke(stalks, '#7ea352', 7));
  let bl = '';
  for (let i = 0; i < 26; i++) {
    const x = rng.range(1150, 1400);
    const y = rng.range(300, 520);
    const s = x < 1270 ? -1 : 1;
    bl += D`M${x} ${y}q${s * 20} 4 ${s * 42} 18`;
  }
  o.push(stroke(bl, '#5f8f45', 9));
  // the stilt house
  let posts = '';
  for (const x of [720, 800, 880, 960, 1040, 1120, 1180]) posts += D`M${x} 560V672`;
  o.push(
    ellipse(950, 676, 310, 22, '#8b9f6a', { opacity: 0.6 }),
    stroke(posts, '#5d3f2a', 14, { 'stroke-linecap': 'butt' }),
  );
  o.push(rect(1000, 630, 90, 40, '#a17b52'), stroke('M1000 640h90M1000 652h90', '#7d5a3b', 3));
  o.push(rect(690, 548, 520, 16, '#6b4a30'), rect(715, 438, 470, 112, '#9a6a45'));
  let planks = '';
  for (let y = 452; y < 548; y += 14) planks += D`M715 ${y}H1185`;
  o.push(stroke(planks, '#86583a', 2.5, { 'stroke-linecap': 'butt' }));
  for (const x of [780, 930, 1080])
    o.push(
      rect(x, 466, 62, 44, '#3f2c1f'),
      stroke(D`M${x + 31} 466V510M${x} 488h62`, '#b58a5c', 3),
      rect(x - 4, 462, 70, 52, 'none', { stroke: '#c49a6a', 'stroke-width': 4 }),
    );
  o.push(
    path(
      'M640 452L790 318L1110 318L1260 452Z',
      c.lin([
        [0, '#6e5f51'],
        [1, '#4d4338'],
      ]),
    ),
  );
  let tiles = '';
  for (let i = 1; i < 26; i++) {
    const t = i / 26;
    tiles += D`M${790 + t * 320} 322L${650 + t * 600} 448`;
  }
  o.push(
    stroke(tiles, '#3f362e', 2, { opacity: 0.5 }),
    path('M790 318L752 352L828 352Z', '#8a7563'),
    path('M1110 318L1072 352L1148 352Z', '#8a7563'),
    stroke('M786 316H1114', '#3a322b', 8),
  );
  o.push(rect(700, 452, 500, 10, '#3a2c22', { opacity: 0.35 }));
  // the stair
  o.push(stroke('M610 672L700 556M650 672L738 556', '#6b4a30', 6));
  let steps = '';
  for (let i = 1; i < 7; i++) {
    const t = i / 7;
    steps += D`M${610 + 90 * t} ${672 - 116 * t}L${650 + 88 * t} ${672 - 116 * t}`;
  }
  o.push(stroke(steps, '#6b4a30', 5));
  o.push(stroke('M1080 300C1070 260 1110 230 1090 190C1080 170 1100 150 1095 130', '#ffffff', 6, { opacity: 0.45 }));
  // a water wheel on the stream
  o.push(
    path(
      'M-10 905C120 840 220 760 420 740C520 732 560 760 520 800C460 850 300 870 200 905Z',
      c.lin([
        [0, '#a7c8c0'],
        [1, '#79a59d'],
      ]),
    ),
  );
  let spokes = '';
  for (let i = 0; i < 12; i++) {
    const a = (i * Math.PI) / 6;
    spokes += D`M300 720L${300 + 92 * Math.cos(a)} ${720 + 92 * Math.sin(a)}`;
  }
  let tubes = '';
  for (let i = 0; i < 12; i++) {
    const a = (i * Math.PI) / 6 + 0.26;
    const x = 300 + 96 * Math.cos(a);
    const y = 720 + 96 * Math.sin(a);
    tubes += D`M${x} ${y}l${-14 * Math.sin(a)} ${14 * Math.cos(a)}`;
  }
  o.push(
    stroke('M262 836L300 720L338 836', C.woodDark, 10),
    stroke(spokes, '#a07a4f', 4),
    circle(300, 720, 92, 'none', { stroke: '#8a6a45', 'stroke-width': 8 }),
    stroke(tubes, '#c4a46a', 9),
    circle(300, 720, 12, C.woodDark),
  );
  o.push(stroke('M200 812q50 10 100 0q50-10 100 0', '#e6f1ef', 4, { opacity: 0.7 }));
  // a banana plant
  o.push(stroke('M1380 690Q1378 600 1390 540', '#7d9a55', 16));
  for (const [a, l] of [
    [-150, 170],
    [-110, 150],
    [-60, 160],
    [-20, 150],
    [-170, 120],
  ] as const)
    o.push(leaf(1390, 545, l, 34, a, '#6fa15a', '#9cc77e'));
  return o;
}
