/** A modern museum on a podium by a river: colonnade of fins, glass band, projecting roof. */
import { W, H, D, rect, circle, path, stroke, g } from '../lib/svg.ts';
import { C } from '../lib/palette.ts';
import { type Ctx, fullSky } from '../lib/context.ts';
import type { Rng } from '../lib/prng.ts';
import { ridge } from '../lib/geometry.ts';
import { tree, figure, bird } from '../lib/motifs.ts';

export function museum(c: Ctx, rng: Rng): string[] {
  const riverY = 600;
  const o = [
    fullSky(c, [
      [0, '#d8e5e5'],
      [1, '#f5eee0'],
    ]),
  ];
  o.push(
    path(
      ridge([
        [0, 420],
        [300, 380],
        [620, 410],
        [940, 360],
        [1260, 400],
        [1600, 370],
      ]),
      '#c9d6c7',
    ),
  );
  let blocks = '';
  for (let x = 0; x < W; x += rng.range(60, 110)) {
    const h = rng.range(40, 120);
    blocks += D`M${x} 560V${560 - h}h${rng.range(40, 80)}V560Z`;
  }
  o.push(path(blocks, '#d6dbd2'));
  o.push(rect(0, 540, W, riverY - 540, '#a4bd92'));
  // trees along the far bank
  for (const x of [60, 170, 270, 1330, 1430, 1540]) o.push(tree(x, 575, 46, 44, ['#3f6f4b', '#4f8052', '#7aa56c']));
  // the museum: podium, colonnade of fins, glass band, projecting roof
  const mus = [
    rect(370, 520, 860, 60, '#e4d8c0'),
    rect(440, 392, 720, 132, '#f3ebdb'),
    rect(
      440,
      488,
      720,
      32,
      c.lin([
        [0, '#7fa3a0'],
        [1, '#b2cbc6'],
      ]),
    ),
  ];
  let fins = '';
  for (let x = 456; x < 1160; x += 30) fins += D`M${x} 400V486`;
  mus.push(stroke(fins, '#d8cbb0', 9, { 'stroke-linecap': 'butt' }));
  mus.push(
    path('M400 396L1200 396L1250 368L350 368Z', '#b9a07a'),
    rect(730, 300, 140, 224, '#e6d8bc'),
    path('M710 304L890 304L906 284L694 284Z', '#b9a07a'),
  );
  mus.push(rect(792, 318, 16, 170, C.accent), rect(760, 440, 80, 80, '#6f8f8c'), rect(340, 576, 920, 12, '#d2c4a7'));
  o.push(...mus);
  for (const x of [420, 560, 1040, 1180])
    o.push(stroke(D`M${x} 588V540`, '#6b6a60', 3), circle(x, 538, 6, C.goldLight));
  // river, reflection, ripples
  o.push(
    rect(
      0,
      riverY,
      W,
      H - riverY,
      c.lin([
        [0, '#a9c8c2'],
        [1, '#6c9b95'],
      ]),
    ),
  );
  o.push(g(mus, { transform: `matrix(1 0 0 -1 0 ${2 * riverY - 12})`, opacity: 0.22 }));
  let ripples = '';
  for (let i = 0; i < 40; i++)
    ripples += D`M${rng.range(-40, W)} ${rng.range(riverY + 10, H - 8)}h${rng.range(40, 150)}`;
  o.push(stroke(ripples, '#eef5f2', 3, { opacity: 0.45 }));
  o.push(path('M-10 905V800C200 780 420 810 560 860C620 880 640 895 650 905Z', '#6f9a5f'));
  let reeds = '';
  for (let i = 0; i < 20; i++) {
    const x = 20 + i * 24;
    reeds += D`M${x} 880q${rng.range(-6, 8)} -50 ${rng.range(0, 18)} ${-rng.range(60, 130)}`;
  }
  o.push(stroke(reeds, '#4e7650', 4));
  o.push(
    path('M1180 760Q1250 778 1330 758Q1322 772 1252 776Q1196 774 1180 760Z', '#5a3b28'),
    figure(1255, 766, 0.7, '#4a6e8a'),
  );
  o.push(bird(1100, 200, 14), bird(1150, 225, 10));
  return o;
}
