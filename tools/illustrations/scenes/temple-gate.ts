/** A two-tier temple gate above a courtyard and steps, between old trees. */
import { W, H, D, rect, circle, path, stroke } from '../lib/svg.ts';
import { C } from '../lib/palette.ts';
import { type Ctx, fullSky } from '../lib/context.ts';
import type { Rng } from '../lib/prng.ts';
import { ridge } from '../lib/geometry.ts';
import { crown, tree } from '../lib/motifs.ts';

export function templeGate(c: Ctx, rng: Rng): string[] {
  const o = [
    fullSky(c, [
      [0, '#e0e9df'],
      [1, '#f7efdf'],
    ]),
  ];
  o.push(
    path(
      ridge([
        [0, 430],
        [300, 380],
        [600, 300],
        [1000, 320],
        [1350, 360],
        [1600, 330],
      ]),
      '#bccdb6',
    ),
  );
  o.push(
    path(
      ridge([
        [0, 540],
        [200, 480],
        [450, 330],
        [700, 228],
        [860, 205],
        [1060, 260],
        [1300, 360],
        [1600, 470],
      ]),
      c.lin([
        [0, '#7fa07a'],
        [1, '#5d8560'],
      ]),
    ),
  );
  for (let i = 0; i < 34; i++) {
    const x = rng.range(-20, W + 20);
    o.push(crown(x, rng.range(540, 590), rng.range(30, 48), '#3d6a45', '#4d7d52', '#79a36c'));
  }
  // courtyard and steps
  o.push(
    rect(
      0,
      700,
      W,
      200,
      c.lin([
        [0, '#e2d2ad'],
        [1, '#cdb88e'],
      ]),
    ),
  );
  let tiles = '';
  for (let i = 0; i < 4; i++) tiles += D`M0 ${790 + i * 30 + i * i * 6}H${W}`;
  for (let i = -8; i <= 8; i++) tiles += D`M${800 + i * 60} 770L${800 + i * 190} ${H}`;
  o.push(stroke(tiles, '#c3ad82', 2, { opacity: 0.7 }));
  o.push(rect(600, 758, 400, 14, '#eadfc4'), rect(578, 772, 444, 14, '#ddcfad'), rect(556, 786, 488, 14, '#cfbd98'));
  // old trees either side
  o.push(
    tree(140, 720, 150, 130, ['#2f5a3e', '#3f6f4b', '#6c9a6b'], '#5b4736'),
    tree(1460, 720, 160, 140, ['#2f5a3e', '#3f6f4b', '#6c9a6b'], '#5b4736'),
  );
  const wall = c.lin(
    [
      [0, '#f1e2bf'],
      [1, '#e0cc9f'],
    ],
    0,
    0,
    1,
    0,
  );
  const roofFill = c.lin([
    [0, '#83493a'],
    [1, '#5c2f23'],
  ]);
  const roof = (cx: number, y: number, w: number, h: number, ov: number) => {
    const L = cx - w / 2 - ov;
    const R = cx + w / 2 + ov;
    let lines = '';
    for (let i = 1; i < 14; i++) {
      const t = i / 14;
      lines += D`M${cx - w * 0.36 + t * w * 0.72} ${y - h + 4}L${cx - w / 2 + 30 + t * (w - 60)} ${y + 2}`;
    }
    return [
      path(
        D`M${L} ${y - 26}Q${cx - w / 2} ${y + 6} ${cx - w / 2 + 40} ${y + 6}L${cx + w / 2 - 40} ${y + 6}Q${cx + w / 2} ${y + 6} ${R} ${y - 26}L${cx + w * 0.36} ${y - h}L${cx - w * 0.36} ${y - h}Z`,
        roofFill,
      ),
      stroke(lines, '#4b241a', 2, { opacity: 0.45 }),
      stroke(D`M${cx - w / 2 + 30} ${y + 5}L${cx + w / 2 - 30} ${y + 5}`, '#4b241a', 6),
      stroke(
        D`M${cx - w * 0.38} ${y - h - 2}L${cx + w * 0.38} ${y - h - 2}M${cx - w * 0.38} ${y - h - 2}q-16-2-18-22M${cx + w * 0.38} ${y - h - 2}q16-2 18-22`,
        '#4b241a',
        9,
      ),
    ];
  };
  const arch = (cx: number, w: number, h: number, fill: string) =>
    path(D`M${cx - w / 2} 760V${760 - h + w / 2}A${w / 2} ${w / 2} 0 0 1 ${cx + w / 2} ${760 - h + w / 2}V760Z`, fill);
  // pillars and low walls
  for (const x of [330, 1270]) {
    o.push(
      rect(x < 800 ? x : 1200, 660, 70, 100, '#e6d4ab'),
      rect(x - 18, 470, 36, 290, wall),
      rect(x - 27, 440, 54, 32, '#e8d6ad'),
    );
    o.push(
      path(D`M${x - 24} 440L${x} 402L${x + 24} 440Z`, '#6e3b2c'),
      circle(x, 396, 8, C.gold),
      rect(x - 29, 740, 58, 22, '#d8c59c'),
    );
  }
  // side blocks
  for (const cx of [520, 1080]) {
    o.push(rect(cx - 120, 570, 240, 190, wall), arch(cx, 84, 128, '#6e1511'), arch(cx, 64, 112, C.accent));
    o.push(...roof(cx, 570, 250, 66, 40));
  }
  // central block, two tiers
  o.push(rect(640, 480, 320, 280, wall), rect(705, 380, 190, 80, wall));
  o.push(...roof(800, 480, 360, 62, 50), ...roof(800, 388, 240, 66, 40), circle(800, 300, 10, C.gold));
  o.push(arch(800, 130, 196, '#6e1511'), arch(800, 112, 184, C.accent), stroke('M800 590V760', '#6e1511', 3));
  let studs = '';
  for (let r = 0; r < 4; r++) for (const x of [765, 782, 818, 835]) studs += D`M${x} ${640 + r * 30}h0`;
  o.push(stroke(studs, C.gold, 7));
  return o;
}
