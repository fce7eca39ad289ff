/** A golden star with rays rising over layered hills of trees. */
import { W, D, circle, path } from '../lib/svg.ts';
import { type Ctx, fullSky } from '../lib/context.ts';
import type { Rng } from '../lib/prng.ts';
import { ridge, starPath } from '../lib/geometry.ts';
import { crown, bird } from '../lib/motifs.ts';

export function calendarStar(c: Ctx, rng: Rng): string[] {
  const o = [
    fullSky(c, [
      [0, '#f4e8cf'],
      [0.55, '#f1d4a4'],
      [1, '#e9bb86'],
    ]),
  ];
  let rays = '';
  for (let i = 0; i < 18; i++) {
    const a = (i * Math.PI * 2) / 18;
    const b = a + 0.07;
    rays += D`M${800 + 170 * Math.cos(a)} ${300 + 170 * Math.sin(a)}L${800 + 900 * Math.cos(a)} ${300 + 900 * Math.sin(a)}L${800 + 900 * Math.cos(b)} ${300 + 900 * Math.sin(b)}Z`;
  }
  o.push(path(rays, '#fbeec8', { opacity: 0.45 }));
  o.push(circle(800, 300, 230, '#f8e6b4', { opacity: 0.45 }), circle(800, 300, 165, '#f7dc98', { opacity: 0.55 }));
  o.push(
    path(
      starPath(800, 306, 130, 52),
      c.lin([
        [0, '#f6d471'],
        [1, '#d89a2c'],
      ]),
    ),
    path(starPath(800, 306, 130, 52), 'none', { stroke: '#c98a24', 'stroke-width': 3, 'stroke-linejoin': 'round' }),
  );
  o.push(
    path(
      ridge([
        [0, 560],
        [240, 510],
        [520, 545],
        [800, 495],
        [1080, 540],
        [1360, 500],
        [1600, 530],
      ]),
      '#c4c6a2',
    ),
  );
  o.push(
    path(
      ridge([
        [0, 640],
        [300, 580],
        [600, 625],
        [900, 570],
        [1200, 615],
        [1600, 580],
      ]),
      '#93ae80',
    ),
  );
  o.push(
    path(
      ridge([
        [0, 740],
        [260, 690],
        [520, 720],
        [760, 700],
        [1040, 730],
        [1340, 680],
        [1600, 710],
      ]),
      '#5f8f5e',
    ),
  );
  o.push(
    path(
      ridge([
        [0, 840],
        [400, 800],
        [700, 830],
        [1000, 810],
        [1300, 840],
        [1600, 805],
      ]),
      '#3e7048',
    ),
  );
  for (let i = 0; i < 16; i++) {
    const x = rng.range(0, W);
    o.push(crown(x, rng.range(705, 760), rng.range(18, 30), '#3a6a44', '#4d7d50', '#7aa56c'));
  }
  o.push(bird(520, 420, 14, '#8a6a4a'), bird(560, 445, 11, '#8a6a4a'), bird(1080, 400, 13, '#8a6a4a'));
  return o;
}
