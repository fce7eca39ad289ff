/** A cave mouth with light glimpsed far inside, and a stream flowing out between banks and stones. */
import { W, H, D, ellipse, path, stroke } from '../lib/svg.ts';
import { type Ctx, fullSky } from '../lib/context.ts';
import type { Rng } from '../lib/prng.ts';
import { smooth, ridge, sample } from '../lib/geometry.ts';
import { leaf, crown } from '../lib/motifs.ts';

export function cave(c: Ctx, rng: Rng): string[] {
  const o = [
    fullSky(c, [
      [0, '#dfe9df'],
      [0.3, '#f1eddd'],
    ]),
  ];
  o.push(
    path(
      ridge([
        [-10, 170],
        [200, 120],
        [420, 150],
        [700, 92],
        [950, 120],
        [1200, 80],
        [1400, 140],
        [1610, 110],
      ]),
      c.lin([
        [0, '#c7cbb9'],
        [1, '#959d8b'],
      ]),
    ),
  );
  for (let i = 0; i < 22; i++)
    o.push(crown(rng.range(-20, W + 20), rng.range(95, 150), rng.range(26, 44), '#3f6b45', '#4f7d52', '#79a36c'));
  let beds = '';
  let lights = '';
  for (let i = 0; i < 34; i++) {
    const x = rng.range(-100, W);
    const y = rng.range(190, 760);
    const l = rng.range(120, 320);
    const d = D`M${x} ${y}q${l / 2} ${rng.range(-14, 14)} ${l} ${rng.range(-6, 6)}`;
    if (i % 2) beds += d;
    else lights += D`M${x} ${y + 6}q${l / 2} ${rng.range(-14, 14)} ${l} ${rng.range(-6, 6)}`;
  }
  o.push(stroke(beds, '#858e7b', 4, { opacity: 0.4 }), stroke(lights, '#dcdccc', 3, { opacity: 0.4 }));
  let vines = '';
  for (let i = 0; i < 24; i++) {
    const x = rng.range(40, W - 40);
    const l = rng.range(60, 200);
    vines += D`M${x} 150q${rng.range(-20, 20)} ${l / 2} ${rng.range(-10, 10)} ${l}`;
  }
  o.push(stroke(vines, '#5d8a4d', 4, { opacity: 0.85 }));
  // the cave mouth, its depth and a glimpse of light far inside
  const arch = (cx: number, base: number, hw: number, h: number, wob: number, per: number) => (x: number) =>
    base - h * Math.max(0, 1 - ((x - cx) / hw) ** 2) ** 0.6 + wob * Math.sin(x / per);
  const mouthTop = arch(810, 800, 450, 490, 12, 37);
  o.push(
    path(
      smooth(sample(mouthTop, 360, 1260, 20)) + 'Z',
      c.lin([
        [0, '#262c28'],
        [1, '#3f473f'],
      ]),
    ),
  );
  o.push(path(smooth(sample(arch(820, 770, 230, 290, 7, 23), 590, 1050, 14)) + 'Z', '#394239'));
  o.push(path(smooth(sample(arch(826, 712, 64, 120, 4, 13), 762, 890, 8)) + 'Z', '#a9b59d', { opacity: 0.55 }));
  let drips = '';
  for (let i = 0; i < 17; i++) {
    const x = 540 + i * 34 + rng.range(-8, 8);
    const y = mouthTop(x);
    const w = rng.range(14, 30);
    drips += D`M${x - w / 2} ${y - 8}L${x + rng.range(-4, 4)} ${y + rng.range(26, 84)}L${x + w / 2} ${y - 8}Z`;
  }
  o.push(path(drips, '#8e9784'));
  // stream flowing out of the cave
  o.push(
    path(
      'M770 700C740 730 690 770 560 822C460 862 360 882 290 905L1310 905C1200 872 1080 842 1000 792C930 752 902 716 880 700Z',
      c.lin([
        [0, '#7fa9a1'],
        [1, '#5f948c'],
      ]),
    ),
  );
  o.push(
    stroke(
      'M700 780q40-8 80 0M640 820q60-10 120 0M880 800q50-8 90 2M560 860q80-12 160 0M900 850q70-10 140 0',
      '#e5f0ea',
      4,
      { opacity: 0.55 },
    ),
  );
  // banks and stones
  o.push(
    path('M0 905V780C120 770 260 790 360 800C420 830 470 850 290 905Z', '#6e7a62'),
    path('M1600 905V760C1460 770 1320 790 1260 800C1230 840 1230 870 1310 905Z', '#6e7a62'),
  );
  for (const [x, y, rx, ry] of [
    [300, 860, 70, 32],
    [430, 830, 40, 20],
    [1180, 860, 80, 34],
    [1330, 830, 50, 24],
    [990, 800, 28, 12],
    [660, 790, 24, 10],
  ] as const) {
    o.push(ellipse(x, y, rx, ry, '#8b937f'), ellipse(x - rx * 0.15, y - ry * 0.35, rx * 0.7, ry * 0.5, '#a9b09c'));
  }
  for (const [x, a] of [
    [30, -60],
    [80, -85],
    [1560, -120],
    [1510, -95],
  ] as const)
    o.push(leaf(x, H, 190, 30, a, '#3f6b45', '#5f8a5a'));
  return o;
}
