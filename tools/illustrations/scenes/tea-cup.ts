/** A tea table: teapot and cup on a red lacquer tray, a sprig of fresh tea, hills through a window. */
import { W, rect, circle, ellipse, path, stroke } from '../lib/svg.ts';
import { C } from '../lib/palette.ts';
import { type Ctx, fullSky } from '../lib/context.ts';
import type { Rng } from '../lib/prng.ts';
import { ridge } from '../lib/geometry.ts';
import { leaf } from '../lib/motifs.ts';

export function teaCup(c: Ctx, rng: Rng): string[] {
  const o = [
    fullSky(c, [
      [0, '#f5ecdb'],
      [1, '#ead8b8'],
    ]),
  ];
  o.push(circle(820, 330, 330, '#f1dfb7', { opacity: 0.55 }));
  // a window of hills behind
  o.push(
    path('M1240 120h260v330h-260z', '#e6e9d7'),
    path(
      ridge(
        [
          [1240, 330],
          [1320, 290],
          [1400, 320],
          [1500, 280],
        ],
        450,
      ),
      '#a9c290',
    ),
  );
  o.push(
    path(
      ridge(
        [
          [1240, 380],
          [1330, 350],
          [1420, 372],
          [1500, 345],
        ],
        450,
      ),
      '#7ea56f',
    ),
    stroke('M1240 120h260v330h-260z', '#c9ae85', 14, { 'stroke-linecap': 'square' }),
  );
  // table
  o.push(
    rect(
      0,
      640,
      W,
      260,
      c.lin([
        [0, '#b98b5f'],
        [1, '#8f6240'],
      ]),
    ),
    rect(0, 634, W, 12, '#cfa676'),
  );
  o.push(
    stroke(
      'M0 720C400 712 900 730 1600 716M0 800C500 792 1000 812 1600 796M0 862C300 856 1100 872 1600 858',
      '#a57a52',
      3,
      { opacity: 0.6 },
    ),
  );
  // red lacquer tray
  o.push(
    ellipse(610, 702, 345, 64, C.accentDark),
    ellipse(610, 692, 332, 56, C.accent),
    ellipse(610, 690, 290, 40, '#b5342c', { opacity: 0.55 }),
  );
  // teapot
  o.push(
    stroke('M455 505C325 470 312 645 458 628', '#9fb396', 26),
    path('M770 545C832 540 848 468 906 424L928 440C884 500 872 602 790 618Z', '#b9c8ae'),
    ellipse(610, 682, 118, 16, '#8fa386'),
    path(
      'M420 560C420 470 500 430 610 430C720 430 800 470 800 560C800 640 720 685 610 685C500 685 420 640 420 560Z',
      c.lin(
        [
          [0, '#e3eadb'],
          [1, '#a3b79a'],
        ],
        0,
        0,
        1,
        1,
      ),
    ),
    stroke('M440 590C520 632 700 632 780 590', C.tea, 6, { opacity: 0.75 }),
    stroke('M449 611C530 652 690 652 771 611', C.gold, 3, { opacity: 0.85 }),
    ellipse(610, 434, 100, 20, '#9fb396'),
    path('M530 432C542 394 678 394 690 432Z', '#cdd9c3'),
    ellipse(610, 392, 18, 12, '#8fa386'),
    path('M480 520C490 480 530 460 572 455C540 475 512 500 500 542Z', '#fff', { opacity: 0.45 }),
  );
  // cup on a saucer
  o.push(
    ellipse(1080, 716, 165, 32, '#d9cdb8'),
    ellipse(1080, 708, 152, 25, '#f4eee2'),
    path(
      'M960 560C966 650 1000 700 1040 704L1120 704C1160 700 1194 650 1200 560Z',
      c.lin(
        [
          [0, '#fbf7ef'],
          [1, '#ddd3c0'],
        ],
        0,
        0,
        1,
        0,
      ),
    ),
    stroke('M970 606C1040 630 1120 630 1190 606', C.tea, 5, { opacity: 0.8 }),
    ellipse(1080, 560, 120, 24, '#f8f3ea'),
    ellipse(1080, 563, 108, 18, '#b2ab45'),
    ellipse(1062, 559, 64, 8, '#d3ca70', { opacity: 0.7 }),
  );
  // steam
  o.push(
    stroke(
      'M1040 520C1010 480 1070 450 1040 400C1020 370 1050 340 1040 310M1100 515C1080 480 1130 455 1105 410C1090 385 1115 360 1105 335',
      '#ffffff',
      8,
      { opacity: 0.55 },
    ),
  );
  // a fresh sprig of tea and a few dried leaves
  o.push(stroke('M1190 852C1270 832 1350 800 1430 768', '#5b7d3a', 6));
  o.push(
    leaf(1250, 834, 120, 38, -160, '#3f8a4f', '#8cc07a'),
    leaf(1300, 818, 130, 40, 28, '#4b9656', '#9fcf85'),
    leaf(1372, 792, 110, 34, -140, '#3f8a4f', '#8cc07a'),
    leaf(1428, 768, 78, 15, -22, '#a9cf84'),
  );
  for (let i = 0; i < 16; i++) {
    o.push(
      leaf(
        rng.range(140, 380),
        rng.range(790, 870),
        rng.range(22, 32),
        rng.range(6, 9),
        rng.range(0, 360),
        rng.pick(['#3f5a2e', '#55703a', '#4a6634']),
      ),
    );
  }
  return o;
}
