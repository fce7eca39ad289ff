/** A bamboo hut on stilts in a forest clearing, with a path, a bamboo clump and ferns. */
import { W, H, D, rect, ellipse, path, stroke } from '../lib/svg.ts';
import { C } from '../lib/palette.ts';
import { type Ctx, fullSky } from '../lib/context.ts';
import type { Rng } from '../lib/prng.ts';
import { ridge, sample } from '../lib/geometry.ts';
import { leaf, crown, bird } from '../lib/motifs.ts';

export function forestHut(c: Ctx, rng: Rng): string[] {
  const o = [
    fullSky(c, [
      [0, '#e1eadf'],
      [1, '#f6efe0'],
    ]),
  ];
  o.push(
    path(
      ridge([
        [0, 380],
        [260, 330],
        [520, 370],
        [760, 300],
        [1040, 350],
        [1300, 290],
        [1600, 340],
      ]),
      '#c3d1c0',
    ),
  );
  o.push(
    path(
      ridge([
        [0, 460],
        [300, 410],
        [600, 450],
        [900, 390],
        [1250, 430],
        [1600, 400],
      ]),
      '#a3bca0',
    ),
  );
  o.push(
    rect(
      0,
      380,
      W,
      140,
      c.lin([
        [0, '#ffffff', 0],
        [0.5, '#ffffff', 0.55],
        [1, '#ffffff', 0],
      ]),
    ),
  );
  const hf = (x: number) => 420 + 0.00028 * (x - 1000) ** 2;
  o.push(
    path(
      ridge(sample(hf, -10, W + 10, 12)),
      c.lin([
        [0, '#66935f'],
        [1, '#4b7a4f'],
      ]),
    ),
  );
  // trees, back to front, leaving a clearing for the hut
  const trees: [number, number, number][] = [];
  for (let i = 0; i < 70; i++) {
    const x = rng.range(-20, W + 20);
    const y = hf(x) + rng.range(-10, 470);
    if (y > H + 30) continue;
    if (x > 780 && x < 1200 && y < 600) continue;
    if (x > 560 && x < 900 && y > 560) continue; // the path
    trees.push([x, y, rng.range(34, 58) * (0.7 + (y - 400) / 900)]);
  }
  trees.sort((a, b) => a[1] - b[1]);
  for (const [x, y, r] of trees) o.push(crown(x, y, r, '#335f3d', '#44744a', '#6e9c64'));
  // clearing and path
  o.push(
    ellipse(990, 545, 240, 42, '#b7a673'),
    stroke('M650 905C700 800 860 760 900 680C928 625 930 585 960 550', '#cdb985', 30),
    stroke('M650 905C700 800 860 760 900 680C928 625 930 585 960 550', '#dccb9a', 12),
  );
  // the hut: raised floor, woven bamboo walls, thatched roof
  o.push(rect(870, 520, 12, 30, C.woodDark), rect(985, 520, 12, 30, C.woodDark), rect(1098, 520, 12, 30, C.woodDark));
  o.push(rect(860, 508, 260, 16, '#7a5a3c'), rect(875, 414, 230, 96, '#cdb17a'));
  let weave = '';
  for (let x = 884; x < 1105; x += 10) weave += D`M${x} 416v92`;
  o.push(stroke(weave, '#b0935c', 2.5), rect(962, 436, 46, 74, '#4a3a28'), rect(900, 440, 38, 28, '#5a4630'));
  o.push(
    path(
      'M826 424L932 326L1048 326L1154 424Z',
      c.lin([
        [0, '#d2a960'],
        [1, '#b58a45'],
      ]),
    ),
  );
  let thatch = '';
  for (let i = 0; i < 18; i++) {
    const t = i / 17;
    thatch += D`M${932 + t * 116} 330L${840 + t * 300} 420`;
  }
  o.push(
    stroke(thatch, '#a57c3b', 2.5, { opacity: 0.7 }),
    stroke('M932 326H1048', '#8e6a35', 7),
    rect(875, 424, 230, 10, '#6e5434', { opacity: 0.45 }),
  );
  // a bamboo clump beside the hut
  let stalks = '';
  let leaves = '';
  for (let i = 0; i < 8; i++) {
    const x = 1150 + i * 11;
    const lean = (i - 3.5) * 22;
    const top = 190 + rng.range(0, 70);
    stalks += D`M${x} 548Q${x + lean * 0.2} ${(548 + top) / 2} ${x + lean} ${top}`;
    for (let k = 0; k < 5; k++) {
      const lx = x + lean * (0.4 + k * 0.14);
      const ly = 548 - (548 - top) * (0.4 + k * 0.14);
      leaves += D`M${lx} ${ly}q${lean > 0 ? 22 : -22} ${4} ${lean > 0 ? 44 : -44} ${18}`;
    }
  }
  o.push(stroke(stalks, '#7ea352', 7), stroke(leaves, '#5f8f45', 8));
  // ferns in the foreground
  for (const [x, y, a, s] of [
    [40, 900, -70, 1],
    [110, 900, -40, 0.9],
    [1520, 900, -110, 1],
    [1580, 900, -140, 0.8],
  ] as const) {
    o.push(leaf(x, y, 220 * s, 34 * s, a, '#2f5a3a', '#4f7d55'));
  }
  o.push(bird(420, 190, 13), bird(465, 215, 10));
  return o;
}
