/** A village festival: the còn-throwing pole with its ring, balls in flight, a drum and villagers. */
import { D, circle, ellipse, path, stroke } from '../lib/svg.ts';
import { C } from '../lib/palette.ts';
import { type Ctx, fullSky } from '../lib/context.ts';
import { ridge } from '../lib/geometry.ts';
import { figure, bird } from '../lib/motifs.ts';
import { karst, paddies } from '../lib/landforms.ts';

export function festival(c: Ctx): string[] {
  const o = [
    fullSky(c, [
      [0, '#e0eadc'],
      [1, '#f8efda'],
    ]),
  ];
  o.push(
    path(karst(1300, 470, 260, 190, 20) + karst(1480, 470, 220, 150, -10) + karst(120, 470, 240, 170, 15), '#c2d2bf'),
  );
  o.push(
    path(
      ridge([
        [0, 470],
        [260, 430],
        [560, 465],
        [860, 420],
        [1160, 455],
        [1600, 430],
      ]),
      '#a3bd94',
    ),
  );
  o.push(...paddies(500, ['#cddb96', '#bdd082', '#aec674'], 0.4));
  // ceremonial pole with the còn ring and ribbons
  o.push(
    stroke('M822 760L812 150', '#c8a45e', 14),
    stroke('M820 700h-10M819 620h-10M818 540h-10M817 460h-10M816 380h-10M815 300h-10M814 220h-10', '#9c7a3c', 3),
  );
  const ribbons = [C.accent, C.gold, C.tea, '#e7c46a'];
  ribbons.forEach((color, j) => {
    o.push(
      stroke(
        D`M814 ${180 + j * 10}C900 ${150 + j * 28} 960 ${250 + j * 26} 1060 ${220 + j * 34}S1200 ${270 + j * 38} 1270 ${255 + j * 44}`,
        color,
        9,
      ),
    );
  });
  o.push(
    circle(812, 118, 46, '#f4ead2', { stroke: C.gold, 'stroke-width': 10 }),
    circle(812, 118, 22, 'none', { stroke: C.accent, 'stroke-width': 5 }),
  );
  // two còn balls in flight, with tassels
  for (const [x, y, tx, ty] of [
    [610, 260, 560, 330],
    [700, 175, 640, 215],
  ] as const) {
    o.push(
      stroke(D`M${x} ${y}Q${(x + tx) / 2 + 10} ${(y + ty) / 2 - 20} ${tx} ${ty}`, C.accent, 4),
      circle(x, y, 13, C.gold),
      path(D`M${x - 13} ${y}A13 13 0 0 1 ${x + 13} ${y}Z`, C.accent),
    );
  }
  // the drum on its stand
  o.push(stroke('M230 860L350 700M470 860L350 700M250 830H450', C.woodDark, 12));
  o.push(
    path(
      'M250 610L450 614Q474 690 450 766L250 770Q226 690 250 610Z',
      c.lin([
        [0, '#b8302a'],
        [1, '#7d1915'],
      ]),
    ),
  );
  o.push(stroke('M290 614Q274 690 290 769M410 614Q426 690 410 768', C.gold, 5));
  let studs = '';
  for (let i = 0; i < 7; i++) studs += D`M${262 + i * 30} 622h0M${262 + i * 30} 760h0`;
  o.push(
    stroke(studs, C.gold, 6),
    ellipse(250, 690, 36, 80, '#efe1bf', { stroke: '#8c1e18', 'stroke-width': 5 }),
    ellipse(250, 690, 16, 36, '#e2cf9f'),
  );
  o.push(stroke('M168 560L236 664', C.woodDark, 8), circle(238, 667, 9, '#e2cf9f'));
  // villagers in indigo by the pole
  const people: [number, number, number, string][] = [
    [700, 790, 1.1, C.indigo],
    [760, 810, 1.15, '#3d4b66'],
    [900, 800, 1.1, C.indigo],
    [980, 820, 1.2, '#3d4b66'],
    [1080, 780, 1, C.indigo],
  ];
  for (const [x, y, s, col] of people) o.push(figure(x, y, s, col, 'scarf'));
  o.push(bird(430, 180, 14), bird(470, 205, 10), bird(1400, 160, 12));
  return o;
}
