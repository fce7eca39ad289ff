/** Mushrooms: caps growing on a log, a round tray of drying caps and two standing in front. */
import { W, n, D, rect, circle, ellipse, path, stroke, g, at } from '../lib/svg.ts';
import { type Ctx, fullSky } from '../lib/context.ts';
import type { Rng } from '../lib/prng.ts';

export function mushrooms(c: Ctx, rng: Rng): string[] {
  const o = [
    fullSky(c, [
      [0, '#e5e6d2'],
      [1, '#f2ead7'],
    ]),
  ];
  for (let i = 0; i < 7; i++)
    o.push(
      circle(rng.range(0, W), rng.range(60, 420), rng.range(50, 110), '#ffffff', {
        opacity: n(rng.range(0.15, 0.3)),
      }),
    );
  o.push(
    rect(
      0,
      540,
      W,
      360,
      c.lin([
        [0, '#b58b60'],
        [1, '#94684a'],
      ]),
    ),
    rect(0, 534, W, 10, '#c79d70'),
  );
  const sideCap = (x: number, y: number, s: number) =>
    g(
      [
        path('M-14 0L-10-70L10-70L14 0Z', '#eadcbc'),
        path(
          'M-70-64C-66-120-30-140 0-140C30-140 66-120 70-64Q0-54-70-64Z',
          c.lin([
            [0, '#a06a42'],
            [1, '#6d4429'],
          ]),
        ),
        stroke('M-40-100l12 8M10-120l6 14M30-92l14-4', '#ecd9b4', 3),
      ],
      { transform: at(x, y, s) },
    );
  o.push(
    rect(80, 452, 620, 96, '#7a5a3e', { rx: 40 }),
    stroke('M140 480H620M120 512H660', '#5f4430', 4, { opacity: 0.6 }),
    ellipse(680, 500, 38, 48, '#c9a678'),
    ellipse(680, 500, 22, 30, 'none', { stroke: '#a8865a', 'stroke-width': 4 }),
  );
  for (const [x, s] of [
    [200, 0.55],
    [300, 0.7],
    [420, 0.5],
    [520, 0.65],
  ] as const)
    o.push(sideCap(x, 470, s));
  o.push(
    ellipse(800, 700, 560, 160, '#b3914f'),
    ellipse(800, 688, 535, 146, '#cdae72'),
    ellipse(800, 688, 535, 146, 'none', { stroke: '#a98648', 'stroke-width': 22 }),
  );
  o.push(
    ...[0.8, 0.6, 0.4].map((k) =>
      ellipse(800, 690, 500 * k, 130 * k, 'none', { stroke: '#b8955a', 'stroke-width': 3, opacity: 0.7 }),
    ),
  );
  const capTop = (x: number, y: number, r: number) => {
    let cracks = '';
    for (let i = 0; i < 9; i++) {
      const a = rng.range(0, Math.PI * 2);
      const d1 = rng.range(0.15, 0.4) * r;
      const d2 = d1 + rng.range(0.2, 0.4) * r;
      cracks += D`M${x + Math.cos(a) * d1} ${y + Math.sin(a) * d1 * 0.45}L${x + Math.cos(a) * d2} ${y + Math.sin(a) * d2 * 0.45}`;
    }
    return [
      ellipse(x, y + r * 0.12, r, r * 0.5, '#5e3a24'),
      ellipse(
        x,
        y,
        r * 0.96,
        r * 0.45,
        c.lin([
          [0, '#a06a42'],
          [1, '#6d4429'],
        ]),
      ),
      stroke(cracks, '#ecd9b4', 2.5, { opacity: 0.85 }),
    ];
  };
  const capUnder = (x: number, y: number, r: number) => {
    let gills = '';
    for (let i = 0; i < 20; i++) {
      const a = (i * Math.PI * 2) / 20;
      gills += D`M${x + Math.cos(a) * r * 0.22} ${y + Math.sin(a) * r * 0.1}L${x + Math.cos(a) * r * 0.9} ${y + Math.sin(a) * r * 0.42}`;
    }
    return [
      ellipse(x, y, r, r * 0.46, '#7a4f33'),
      ellipse(x, y, r * 0.88, r * 0.38, '#efe2c3'),
      stroke(gills, '#cdb88e', 2),
      ellipse(x, y, r * 0.2, r * 0.1, '#e0cfa6'),
    ];
  };
  const spots: [number, number, number, boolean][] = [];
  for (let row = 0; row < 3; row++) {
    for (let col = 0; col < 5 - (row === 1 ? 0 : 1); col++) {
      const x = 800 + (col - (row === 1 ? 2 : 1.5)) * 170 + rng.range(-20, 20);
      const y = 620 + row * 62 + rng.range(-8, 8);
      spots.push([x, y, rng.range(62, 80), rng.next() < 0.3]);
    }
  }
  for (const [x, y, r, under] of spots) o.push(...(under ? capUnder(x, y, r) : capTop(x, y, r)));
  // two mushrooms standing on the table in front
  for (const [x, s] of [
    [1390, 1],
    [1480, 0.8],
  ] as const)
    o.push(sideCap(x, 860, s));
  return o;
}
