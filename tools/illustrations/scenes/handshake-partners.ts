/** Partnership: two people join hands on an arched bridge between a tea bank and a rice bank. */
import { W, H, D, rect, circle, ellipse, path, stroke, g } from '../lib/svg.ts';
import { C } from '../lib/palette.ts';
import { type Ctx, fullSky } from '../lib/context.ts';
import type { Rng } from '../lib/prng.ts';
import { smooth, ridge, sample } from '../lib/geometry.ts';
import { tree, figure, bird } from '../lib/motifs.ts';

export function handshakePartners(c: Ctx, rng: Rng): string[] {
  const waterY = 600;
  const o = [
    fullSky(c, [
      [0, '#dde9ea'],
      [1, '#f7eedc'],
    ]),
  ];
  o.push(circle(800, 250, 160, '#f6e3b0', { opacity: 0.5 }), circle(800, 250, 92, C.goldLight));
  o.push(
    path(
      ridge([
        [0, 560],
        [300, 520],
        [620, 550],
        [980, 515],
        [1300, 545],
        [1600, 520],
      ]),
      '#c3d3c6',
    ),
  );
  o.push(
    rect(
      0,
      waterY,
      W,
      H - waterY,
      c.lin([
        [0, '#aecbc7'],
        [1, '#6d9c98'],
      ]),
    ),
  );
  // two banks facing each other across the water: tea on one side, ripe rice on the other
  const bank = (top: string, face: string) => [
    path('M-10 650V440C220 430 440 455 560 500C600 515 625 535 636 560L642 618C520 606 300 612 -10 650Z', top),
    path('M-10 650C300 612 520 606 642 618L646 660C500 650 300 660 -10 690Z', face),
  ];
  o.push(
    ...bank(
      c.lin([
        [0, '#6fa462'],
        [1, '#4f8a4f'],
      ]),
      '#9c7552',
    ),
  );
  o.push(
    g(
      bank(
        c.lin([
          [0, '#dcb85e'],
          [1, '#c79a3e'],
        ]),
        '#8f6a48',
      ),
      { transform: `matrix(-1 0 0 1 ${W} 0)` },
    ),
  );
  let rows = '';
  for (let i = 0; i < 5; i++) rows += smooth(sample((x) => 470 + i * 30 + 0.00012 * x * x, 20, 560 - i * 20, 5));
  o.push(
    stroke(rows, '#3a7342', 14, { 'stroke-dasharray': '0 14' }),
    stroke(rows, '#7fb469', 6, { 'stroke-dasharray': '0 14', transform: 'translate(0 -4)' }),
  );
  let stalks = '';
  for (let i = 0; i < 70; i++) {
    const x = 1060 + i * 7.5 + rng.range(-3, 3);
    const y = 470 + 0.00012 * (W - x) ** 2 + rng.range(0, 120) * (x < 1100 ? 0.5 : 1);
    stalks += D`M${x} ${y}q3-14 9-20`;
  }
  o.push(stroke(stalks, '#a8822e', 3));
  o.push(
    tree(170, 452, 80, 62, ['#3d6f45', '#4f8450', '#79a868']),
    tree(360, 470, 50, 40, ['#3d6f45', '#4f8450', '#79a868']),
  );
  o.push(
    stroke('M1420 452V340', '#6b5440', 8),
    ellipse(1420, 310, 34, 80, '#4f7a52'),
    ellipse(1412, 298, 16, 50, '#79a36c', { opacity: 0.7 }),
  );
  o.push(stroke('M1250 466V396', '#6b5440', 6), ellipse(1250, 376, 24, 52, '#5f8a55'));
  // the bridge: a deck on a single arch, with hangers between them
  const archY = (x: number) => 640 - (1600 * (x - 650) * (950 - x)) / 300 ** 2 / 4;
  const deckBottom = (x: number) => 553 - (376 * (x - 610) * (990 - x)) / 380 ** 2 / 4;
  let hangers = '';
  for (const x of [690, 725, 760, 840, 875, 910]) hangers += D`M${x} ${deckBottom(x)}V${archY(x)}`;
  const archD = 'M650 640Q800 440 950 640';
  o.push(g(stroke(archD, '#b08a55', 22), { transform: `matrix(1 0 0 -1 0 ${2 * 640})`, opacity: 0.18 }));
  o.push(stroke(archD, '#b08a55', 22), stroke(hangers, '#b08a55', 6));
  o.push(path('M610 535Q800 488 990 535L990 553Q800 506 610 553Z', '#c9a46a'));
  let posts = '';
  for (let i = 0; i <= 10; i++) {
    const t = i / 10;
    const x = 614 + 372 * t;
    const y = 533 - 94 * t * (1 - t);
    posts += D`M${x} ${y}V${y - 20}`;
  }
  o.push(stroke(posts, '#9c7a48', 4), stroke('M614 513Q800 466 986 513', '#9c7a48', 5));
  // two people meet in the middle and join hands
  o.push(
    figure(774, 512, 1, C.tea, 'scarf'),
    figure(826, 512, 1, '#c0772f', 'scarf'),
    stroke('M784 474Q800 486 816 474', C.skin, 6),
  );
  let ripples = '';
  for (let i = 0; i < 40; i++) {
    const y = rng.range(waterY + 70, H - 8);
    ripples += D`M${rng.range(-40, W)} ${y}h${rng.range(30, 110)}`;
  }
  o.push(stroke(ripples, '#eef5f2', 3, { opacity: 0.5 }));
  o.push(bird(560, 250, 16), bird(610, 280, 12), bird(1040, 260, 16), bird(990, 290, 12));
  return o;
}
