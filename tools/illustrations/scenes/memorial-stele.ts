/** A memorial stele with a star between two conifers, an incense burner and flowers before it. */
import { W, H, D, rect, circle, ellipse, path, stroke } from '../lib/svg.ts';
import { C } from '../lib/palette.ts';
import { type Ctx, fullSky } from '../lib/context.ts';
import type { Rng } from '../lib/prng.ts';
import { ridge, starPath } from '../lib/geometry.ts';
import { leaf, crown, bird } from '../lib/motifs.ts';

export function memorialStele(c: Ctx, rng: Rng): string[] {
  const o = [
    fullSky(c, [
      [0, '#e2eae2'],
      [1, '#f6efe0'],
    ]),
  ];
  o.push(
    path(
      ridge([
        [0, 480],
        [280, 430],
        [560, 470],
        [860, 410],
        [1180, 460],
        [1600, 420],
      ]),
      '#bccbb4',
    ),
  );
  o.push(
    path(
      ridge([
        [0, 560],
        [300, 520],
        [640, 555],
        [1000, 510],
        [1300, 545],
        [1600, 520],
      ]),
      '#96b088',
    ),
  );
  o.push(
    rect(
      0,
      640,
      W,
      260,
      c.lin([
        [0, '#d9cba6'],
        [1, '#c5b38a'],
      ]),
    ),
  );
  let tiles = '';
  for (let i = 0; i < 4; i++) tiles += D`M0 ${700 + i * 45 + i * i * 6}H${W}`;
  for (let i = -8; i <= 8; i++) tiles += D`M${800 + i * 70} 660L${800 + i * 200} ${H}`;
  o.push(stroke(tiles, '#bba97e', 2, { opacity: 0.7 }));
  // two tall conifers
  const pine = (x: number, base: number, h: number) => {
    const tiers: string[] = [stroke(D`M${x} ${base}V${base - h * 0.3}`, '#5b4736', 14)];
    for (let i = 0; i < 5; i++) {
      const y = base - h * 0.2 - i * h * 0.17;
      const w = h * (0.32 - i * 0.05);
      tiers.push(path(D`M${x - w} ${y}L${x} ${y - h * 0.3}L${x + w} ${y}Z`, i % 2 ? '#3f6b4a' : '#35603f'));
    }
    return tiers;
  };
  o.push(...pine(330, 700, 520), ...pine(1270, 700, 540));
  for (let i = 0; i < 12; i++)
    o.push(crown(rng.range(0, W), rng.range(560, 620), rng.range(22, 36), '#3d6a45', '#4d7d52', '#79a36c'));
  // the stele
  o.push(rect(640, 680, 320, 26, '#c9c1ae'), rect(670, 646, 260, 36, '#d8d1bf'));
  o.push(
    path(
      'M700 648L700 330Q800 276 900 330L900 648Z',
      c.lin(
        [
          [0, '#efebe0'],
          [0.55, '#e1dcce'],
          [0.56, '#cbc4b4'],
          [1, '#c2bba9'],
        ],
        0,
        0,
        1,
        0,
      ),
    ),
  );
  o.push(path('M726 620L726 352Q800 312 874 352L874 620Z', 'none', { stroke: '#b3ab98', 'stroke-width': 4 }));
  o.push(path(starPath(800, 420, 40, 16), C.gold));
  // incense burner and flowers
  o.push(
    path('M740 740C744 790 770 806 800 806C830 806 856 790 860 740Z', '#8a6a3a'),
    ellipse(800, 740, 62, 12, '#a4844c'),
    stroke('M760 800l-10 22M840 800l10 22', '#6b5230', 8),
  );
  o.push(
    stroke('M790 738V660M800 738V652M810 738V660', C.accent, 3),
    stroke('M800 646C790 610 815 590 800 560C790 540 810 520 802 500', '#ffffff', 4, { opacity: 0.6 }),
  );
  for (const x of [600, 1000]) {
    o.push(path(D`M${x - 40} 720L${x - 30} 800L${x + 30} 800L${x + 40} 720Z`, '#a98455'));
    o.push(leaf(x, 720, 70, 16, -140, '#4f8a45'), leaf(x, 720, 70, 16, -40, '#4f8a45'));
    for (let i = 0; i < 9; i++) {
      const fx = x + rng.range(-46, 46);
      const fy = 690 + rng.range(-24, 20);
      o.push(circle(fx, fy, 14, i % 3 === 0 ? '#f5f0e0' : '#e9b93a'), circle(fx, fy, 5, '#c98a24'));
    }
  }
  o.push(bird(1060, 240, 14), bird(1105, 262, 10));
  return o;
}
