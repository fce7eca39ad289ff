/** The tính lute laid on woven indigo cloth, with its tassel and a bunch of small bells. */
import { W, D, rect, circle, ellipse, path, stroke, g } from '../lib/svg.ts';
import { C } from '../lib/palette.ts';
import { type Ctx, fullSky } from '../lib/context.ts';
import type { Rng } from '../lib/prng.ts';

export function tinhLute(c: Ctx, rng: Rng): string[] {
  const o = [
    fullSky(c, [
      [0, '#f2e8d4'],
      [1, '#e9d9bb'],
    ]),
  ];
  // woven indigo bands with a simple diamond motif
  const band = (y: number, h: number) => {
    let diamonds = '';
    for (let x = 20; x < W; x += 60) diamonds += D`M${x} ${y + h / 2}l20-18l20 18l-20 18Z`;
    let dots = '';
    for (let x = 50; x < W; x += 60) dots += D`M${x} ${y + h / 2}h0`;
    return [
      rect(0, y, W, h, C.indigo),
      stroke(D`M0 ${y + 8}H${W}M0 ${y + h - 8}H${W}`, C.gold, 3),
      path(diamonds, 'none', { stroke: '#c9a04a', 'stroke-width': 3 }),
      stroke(dots, C.accent, 9),
    ];
  };
  o.push(...band(0, 90), ...band(790, 110));
  // the tính lute, laid diagonally
  const [LX, LY, LA, LS] = [360, 620, -20, 0.82];
  let holes = '';
  for (const [x, y] of [
    [-40, -50],
    [-60, -20],
    [-58, 14],
    [-40, 44],
    [-74, -4],
  ] as const)
    holes += D`M${x} ${y}m-6 0a6 6 0 1 0 12 0a6 6 0 1 0 -12 0`;
  let grain = '';
  for (let i = -3; i <= 3; i++) grain += D`M${i * 30} -100q8 100 0 200`;
  const lute = g(
    [
      rect(
        110,
        -16,
        900,
        32,
        c.lin([
          [0, '#85593a'],
          [1, '#5d3d27'],
        ]),
        { rx: 6 },
      ),
      stroke('M130-12H1000', '#a57a52', 3),
      path('M1000-22C1060-30 1100-50 1130-90C1150-116 1180-110 1176-80C1170-40 1110 10 1000 22Z', '#6b4630'),
      stroke('M1060-26l-16-42M1100-44l-18-40M1060 20l-12 40', '#3f2a1c', 10),
      circle(
        0,
        0,
        160,
        c.lin(
          [
            [0, '#d39a52'],
            [1, '#94602e'],
          ],
          0,
          0,
          1,
          1,
        ),
      ),
      circle(0, 0, 124, '#e6cc97'),
      g(stroke(grain, '#d3b27a', 2), { 'clip-path': c.clip(circle(0, 0, 120, '#000')) }),
      path(holes, '#6b4630'),
      rect(36, -28, 14, 56, '#5a3b24'),
      stroke('M43-10H1060M43 0H1060M43 10H1060', '#f4ead2', 1.6),
    ],
    { transform: `translate(${LX} ${LY}) rotate(${LA}) scale(${LS})` },
  );
  o.push(ellipse(780, 700, 520, 36, '#c9b48c', { opacity: 0.45 }), lute);
  // tassel hanging from the head
  const rad = (LA * Math.PI) / 180;
  const tx = LX + LS * (1110 * Math.cos(rad) + 30 * Math.sin(rad));
  const ty = LY + LS * (1110 * Math.sin(rad) - 30 * Math.cos(rad));
  o.push(
    stroke(D`M${tx} ${ty}C${tx + 10} ${ty + 40} ${tx + 14} ${ty + 70} ${tx + 10} ${ty + 110}`, C.accent, 5),
    stroke(D`M${tx + 10} ${ty + 110}l-10 56M${tx + 10} ${ty + 110}l0 58M${tx + 10} ${ty + 110}l10 56`, C.accent, 4),
    circle(tx + 10, ty + 108, 9, C.gold),
  );
  // a bunch of small bells on cords
  const ring = [1190, 560] as const;
  let cords = '';
  const bells: string[] = [];
  for (let i = 0; i < 9; i++) {
    const a = Math.PI * (0.15 + (i / 8) * 0.7);
    const l = rng.range(110, 170);
    const bx = ring[0] + Math.cos(a) * l * 0.9;
    const by = ring[1] + Math.sin(a) * l;
    cords += D`M${ring[0]} ${ring[1]}Q${(ring[0] + bx) / 2 + 10} ${(ring[1] + by) / 2} ${bx} ${by}`;
    bells.push(
      circle(bx, by + 12, 14, C.gold),
      circle(bx - 4, by + 8, 5, '#f7e2a2'),
      stroke(D`M${bx - 8} ${by + 16}h16`, '#9c7424', 2.5),
    );
  }
  o.push(
    stroke(cords, C.accent, 3),
    ...bells,
    circle(ring[0], ring[1], 16, 'none', { stroke: '#9c7424', 'stroke-width': 6 }),
  );
  o.push(stroke('M1180 556l-30-60M1190 552l-6-66M1200 556l24-60', C.tea, 5));
  return o;
}
