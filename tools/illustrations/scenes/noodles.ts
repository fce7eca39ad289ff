/** Glass noodles: vermicelli drying on a bamboo rack, bundles on a mat and a full bowl. */
import { W, D, rect, circle, ellipse, path, stroke, g, at } from '../lib/svg.ts';
import { C } from '../lib/palette.ts';
import { type Ctx, fullSky } from '../lib/context.ts';
import type { Rng } from '../lib/prng.ts';
import { leaf } from '../lib/motifs.ts';

export function noodles(c: Ctx, rng: Rng): string[] {
  const o = [
    fullSky(c, [
      [0, '#f4e9d4'],
      [1, '#ead8b9'],
    ]),
  ];
  o.push(circle(400, 260, 260, '#f0dfba', { opacity: 0.6 }));
  // noodles drying on a bamboo rack
  let hanging = '';
  for (const y of [120, 320]) {
    for (let x = 980; x < 1490; x += 7) {
      if ((x - 980) % 84 > 56) continue;
      hanging += D`M${x} ${y}q${rng.range(-4, 4)} ${60} ${rng.range(-3, 3)} ${rng.range(120, 150)}`;
    }
  }
  o.push(
    stroke('M960 96V556M1510 96V556', '#9c7a48', 12),
    stroke(hanging, '#e0d2b0', 3.5),
    stroke(hanging, '#c4b48c', 1.2, { opacity: 0.8 }),
  );
  o.push(stroke('M930 120H1540M930 320H1540', '#c8a45e', 12));
  o.push(
    rect(
      0,
      560,
      W,
      340,
      c.lin([
        [0, '#c89d6e'],
        [1, '#a37650'],
      ]),
    ),
    rect(0, 554, W, 10, '#d8b083'),
  );
  // a bamboo mat with bundles of dried vermicelli
  o.push(path('M880 620L1560 620L1590 860L850 860Z', '#d8bd86'));
  let weave = '';
  for (let i = 0; i < 16; i++) weave += D`M${880 + i * 45} 620L${850 + i * 49} 860`;
  for (let y = 640; y < 860; y += 22) weave += D`M${880 - (y - 620) * 0.125} ${y}H${1560 + (y - 620) * 0.125}`;
  o.push(stroke(weave, '#bf9f63', 2.5, { opacity: 0.8 }));
  const bundle = (x: number, y: number, rot: number) => {
    let strands = '';
    for (let i = 0; i < 16; i++) {
      const yy = -40 + i * 5.3;
      strands += D`M-78 ${yy}C-40 ${yy + rng.range(-6, 6)} 40 ${yy + rng.range(-6, 6)} 78 ${yy}`;
    }
    return g(
      [
        path('M-80-44Q-96 0-80 44L80 44Q96 0 80-44Z', '#ece3cd'),
        stroke(strands, '#cbbd9c', 1.8),
        stroke('M-80-44Q-96 0-80 44M80-44Q96 0 80 44', '#d9ccac', 6),
        rect(-9, -48, 18, 96, C.accent),
        circle(0, -48, 7, C.gold),
      ],
      { transform: at(x, y, 1, rot) },
    );
  };
  o.push(bundle(1040, 700, -6), bundle(1300, 690, 4), bundle(1180, 790, -2));
  // the bowl of glass noodles
  o.push(ellipse(520, 800, 200, 26, '#8e6446', { opacity: 0.35 }));
  o.push(
    path(
      'M300 600C310 720 400 792 520 792C640 792 730 720 740 600Z',
      c.lin(
        [
          [0, '#fbf6ec'],
          [1, '#d9cdb6'],
        ],
        0,
        0,
        1,
        0,
      ),
    ),
  );
  o.push(
    stroke('M306 636C420 668 620 668 734 636', C.accent, 8),
    stroke('M311 652C420 684 620 684 729 652', C.gold, 3),
  );
  o.push(ellipse(520, 600, 222, 42, '#fbf8f0'), ellipse(520, 603, 206, 33, '#d4bd8b'));
  let noodles = '';
  for (let i = 0; i < 60; i++) {
    const x = rng.range(340, 700);
    const y = rng.range(575, 615);
    const dx = rng.range(-90, 90);
    noodles += D`M${x} ${y}q${dx / 2} ${-rng.range(20, 60)} ${dx} ${rng.range(-6, 10)}`;
  }
  o.push(stroke(noodles, '#e7dcc3', 4), stroke(noodles, '#fffaf0', 1.6, { opacity: 0.9 }));
  for (let i = 0; i < 9; i++)
    o.push(
      leaf(rng.range(380, 660), rng.range(565, 600), rng.range(26, 40), 10, rng.range(-180, 0), '#4f8a45', '#7fb46a'),
    );
  let rings = '';
  for (let i = 0; i < 10; i++)
    rings += D`M${rng.range(390, 650)} ${rng.range(575, 600)}m-6 0a6 4 0 1 0 12 0a6 4 0 1 0 -12 0`;
  o.push(stroke(rings, '#6aa55a', 3));
  for (let i = 0; i < 5; i++) o.push(ellipse(rng.range(420, 620), rng.range(572, 596), 6, 4, '#c0392b'));
  o.push(stroke('M610 592L990 470', '#b07b4a', 10), stroke('M628 604L1004 488', '#9c6a3e', 10));
  return o;
}
