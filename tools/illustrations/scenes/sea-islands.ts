/** Islands at sea: a main island with a beach and palms, a lighthouse islet and a sailing boat. */
import { W, H, D, rect, circle, path, stroke } from '../lib/svg.ts';
import { C } from '../lib/palette.ts';
import { type Ctx, fullSky } from '../lib/context.ts';
import type { Rng } from '../lib/prng.ts';
import { crown, bird } from '../lib/motifs.ts';

export function seaIslands(c: Ctx, rng: Rng): string[] {
  const horizon = 520;
  const o = [
    fullSky(c, [
      [0, '#d3e4e9'],
      [0.58, '#f6ecd8'],
    ]),
  ];
  o.push(circle(1160, 470, 120, '#f6dfa8', { opacity: 0.4 }), circle(1160, 470, 62, '#f3d58f'));
  o.push(
    rect(
      0,
      horizon,
      W,
      H - horizon,
      c.lin([
        [0, '#a9cccc'],
        [1, '#4c868f'],
      ]),
    ),
  );
  let glints = '';
  for (let i = 0; i < 14; i++) {
    const y = horizon + 8 + i * 18;
    const w = 120 - i * 6 + rng.range(-15, 15);
    glints += D`M${1160 - w / 2 + rng.range(-10, 10)} ${y}h${w}`;
  }
  o.push(stroke(glints, '#f5e3b0', 4, { opacity: 0.6 }));
  o.push(
    path(
      'M880 522C920 500 980 500 1010 522ZM1420 522C1450 506 1500 504 1540 522ZM40 522C80 508 140 506 170 522Z',
      '#9fb8b0',
    ),
  );
  // the main island with a beach and palms
  o.push(path('M30 646C200 630 520 628 720 646C520 668 200 668 30 646Z', '#e8d6a8'));
  o.push(
    path(
      'M70 646C120 560 220 500 330 490C450 482 560 540 680 646Z',
      c.lin([
        [0, '#78a46e'],
        [1, '#4f7d55'],
      ]),
    ),
  );
  for (let i = 0; i < 10; i++)
    o.push(crown(rng.range(160, 560), rng.range(510, 600), rng.range(24, 40), '#3f6b45', '#4f7d52', '#79a36c'));
  for (const [x, dx, h] of [
    [600, 30, 130],
    [640, 50, 110],
    [110, -30, 120],
  ] as const) {
    const tx = x + dx;
    const ty = 640 - h;
    let fronds = '';
    for (const [fx, fy] of [
      [-60, 10],
      [-40, -20],
      [0, -30],
      [40, -18],
      [62, 14],
      [20, 30],
      [-24, 30],
    ] as const)
      fronds += D`M${tx} ${ty}q${fx * 0.5} ${fy - 22} ${fx} ${fy}`;
    o.push(stroke(D`M${x} 642Q${x + dx * 0.2} ${ty + h / 2} ${tx} ${ty}`, '#7a5a3a', 7), stroke(fronds, '#3f7a45', 8));
  }
  // the lighthouse islet
  o.push(
    path('M1180 690C1200 640 1250 610 1320 604C1400 600 1470 640 1500 690Z', '#8b918a'),
    path('M1212 650C1250 622 1300 610 1340 610C1390 610 1440 628 1470 660C1400 640 1290 640 1212 650Z', '#6f9a5f'),
  );
  o.push(path('M1386 620h60v-34h-60z', '#efe6d6'), path('M1378 590L1416 566L1454 590Z', C.accent));
  o.push(
    path(
      'M1296 628L1310 400L1350 400L1364 628Z',
      c.lin(
        [
          [0.5, '#f8f4ea'],
          [0.5, '#e2dccd'],
        ],
        0,
        0,
        1,
        0,
      ),
    ),
  );
  o.push(
    path('M1308 432L1310 400L1350 400L1352 432Z', C.accent),
    path('M1302 530L1304 500L1356 500L1358 530Z', C.accent),
  );
  o.push(
    rect(1300, 392, 60, 10, '#5a5a55'),
    rect(1313, 356, 34, 36, C.goldLight),
    stroke('M1330 356V392', '#c9a23e', 3),
    path('M1306 358L1330 330L1354 358Z', C.accent),
  );
  // a sailing boat
  o.push(
    path('M770 712Q840 730 920 708Q912 724 842 728Q786 726 770 712Z', C.woodDark),
    stroke('M842 712V590', '#5a3b28', 4),
    path('M846 596Q900 640 902 704L846 704Z', '#e7c98a'),
    stroke('M848 622h30M848 650h44M848 678h52', '#c9a56a', 2),
  );
  let waves = '';
  for (let i = 0; i < 36; i++) {
    const x = rng.range(-20, W);
    const y = rng.range(horizon + 140, H - 10);
    const w = rng.range(30, 80);
    waves += D`M${x} ${y}q${w / 4} -8 ${w / 2} 0q${w / 4} 8 ${w / 2} 0`;
  }
  o.push(stroke(waves, '#e6f1ef', 3, { opacity: 0.45 }));
  o.push(bird(820, 240, 16), bird(870, 270, 12), bird(770, 280, 10));
  return o;
}
