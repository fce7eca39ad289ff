/**
 * Writes the site's demo illustrations: original, flat-style SVG scenes drawn from simple
 * shapes and linear gradients, 1600×900, into content/images/<name>.svg. Astro rasterises
 * them to AVIF/WebP at build time. The output is deterministic (a fixed, seeded PRNG), holds
 * no text, scripts, embedded images or external references, and each file stays under 40 KB.
 *
 *   node_modules/.bin/node scripts/illustrations.ts            # write every scene
 *   node_modules/.bin/node scripts/illustrations.ts tea-hills  # write only the named scenes
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const W = 1600;
const H = 900;
const MAX_BYTES = 40 * 1024;
const OUT_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'content', 'images');

// Palette: warm neutrals, tea greens, a restrained red and gold accent.
const C = {
  accent: '#a3201b',
  accentDark: '#7d1915',
  gold: '#d9a93a',
  goldLight: '#f2d384',
  tea: '#2d6a3e',
  teaMid: '#4f8a4f',
  teaLight: '#86b56e',
  cream: '#f6eedd',
  sand: '#e3d3ae',
  wood: '#8a5a3b',
  woodDark: '#6b4630',
  indigo: '#34405a',
  skin: '#c99a73',
} as const;

// ---------------------------------------------------------------------------------------------
// Small SVG toolkit
// ---------------------------------------------------------------------------------------------

type Pt = readonly [number, number];
type Attrs = Record<string, string | number | undefined>;

/** Numbers with at most one decimal, so the files stay small and stable. */
const n = (v: number): string => {
  const r = Math.round(v * 10) / 10;
  return Object.is(r, -0) ? '0' : String(r);
};

/** Tagged template for path data: every interpolated number is rounded. */
const D = (strings: TemplateStringsArray, ...values: number[]): string =>
  strings.reduce((acc, s, i) => acc + s + (i < values.length ? n(values[i]!) : ''), '');

const attrs = (a: Attrs): string =>
  Object.entries(a)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => ` ${k}="${typeof v === 'number' ? n(v) : v}"`)
    .join('');

const tag = (name: string, a: Attrs, inner?: string): string =>
  inner === undefined ? `<${name}${attrs(a)}/>` : `<${name}${attrs(a)}>${inner}</${name}>`;

const rect = (x: number, y: number, w: number, h: number, fill: string, extra: Attrs = {}) =>
  tag('rect', { x, y, width: w, height: h, fill, ...extra });
const circle = (cx: number, cy: number, r: number, fill: string, extra: Attrs = {}) =>
  tag('circle', { cx, cy, r, fill, ...extra });
const ellipse = (cx: number, cy: number, rx: number, ry: number, fill: string, extra: Attrs = {}) =>
  tag('ellipse', { cx, cy, rx, ry, fill, ...extra });
const path = (d: string, fill: string, extra: Attrs = {}) => tag('path', { d, fill, ...extra });
const stroke = (d: string, color: string, width: number, extra: Attrs = {}) =>
  tag('path', {
    d,
    fill: 'none',
    stroke: color,
    'stroke-width': width,
    'stroke-linecap': 'round',
    'stroke-linejoin': 'round',
    ...extra,
  });
const g = (inner: string | string[], a: Attrs = {}) => tag('g', a, Array.isArray(inner) ? inner.join('') : inner);
const at = (x: number, y: number, s = 1, rot = 0) =>
  `translate(${n(x)} ${n(y)})${rot ? ` rotate(${n(rot)})` : ''}${s !== 1 ? ` scale(${n(s)})` : ''}`;

type Stop = readonly [number, string, number?];

/** Per-scene definitions: linear gradients and clip paths, with ids local to the file. */
function makeCtx() {
  const defs: string[] = [];
  let i = 0;
  /** A linear gradient over the shape's bounding box (default: top to bottom). */
  const lin = (stops: readonly Stop[], x1 = 0, y1 = 0, x2 = 0, y2 = 1) => {
    const id = `g${++i}`;
    const inner = stops
      .map(([offset, color, opacity]) => tag('stop', { offset, 'stop-color': color, 'stop-opacity': opacity }))
      .join('');
    defs.push(tag('linearGradient', { id, x1, y1, x2, y2 }, inner));
    return `url(#${id})`;
  };
  const clip = (shape: string) => {
    const id = `c${++i}`;
    defs.push(tag('clipPath', { id }, shape));
    return `url(#${id})`;
  };
  return { defs, lin, clip };
}
type Ctx = ReturnType<typeof makeCtx>;

/** A deterministic PRNG (mulberry32) seeded from the scene name. */
function prng(name: string) {
  let h = 2166136261;
  for (const ch of name) h = Math.imul(h ^ ch.charCodeAt(0), 16777619);
  let a = h >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const range = (lo: number, hi: number) => lo + (hi - lo) * next();
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  return { next, range, pick };
}
type Rng = ReturnType<typeof prng>;

/** A smooth curve through the points (Catmull-Rom as cubic Béziers). */
function smooth(pts: readonly Pt[], tension = 1): string {
  let d = D`M${pts[0]![0]} ${pts[0]![1]}`;
  for (let i = 0; i < pts.length - 1; i++) {
    const p0 = pts[i - 1] ?? pts[i]!;
    const p1 = pts[i]!;
    const p2 = pts[i + 1]!;
    const p3 = pts[i + 2] ?? p2;
    const c1x = p1[0] + ((p2[0] - p0[0]) / 6) * tension;
    const c1y = p1[1] + ((p2[1] - p0[1]) / 6) * tension;
    const c2x = p2[0] - ((p3[0] - p1[0]) / 6) * tension;
    const c2y = p2[1] - ((p3[1] - p1[1]) / 6) * tension;
    d += D`C${c1x} ${c1y} ${c2x} ${c2y} ${p2[0]} ${p2[1]}`;
  }
  return d;
}

/** A filled landform: a smooth top edge through the points, closed down to `bottom`. */
const ridge = (pts: readonly Pt[], bottom = H + 2) =>
  smooth(pts) + D`L${pts[pts.length - 1]![0]} ${bottom}L${pts[0]![0]} ${bottom}Z`;

const sample = (f: (x: number) => number, x0: number, x1: number, steps: number): Pt[] =>
  Array.from({ length: steps + 1 }, (_, i) => {
    const x = x0 + ((x1 - x0) * i) / steps;
    return [x, f(x)] as const;
  });

/** A rounded hill profile: `top` at `cx`, falling to `base` at cx ± w. */
const dome =
  (cx: number, top: number, w: number, base = H + 60) =>
  (x: number) => {
    const u = (x - cx) / w;
    return Math.abs(u) >= 1 ? base : base - (base - top) * (0.5 + 0.5 * Math.cos(Math.PI * u));
  };

const fullSky = (c: Ctx, stops: readonly Stop[]) => rect(0, 0, W, H, c.lin(stops));

/** A leaf from its base at (x, y), pointing along `angle` degrees (0 = right, -90 = up). */
function leaf(x: number, y: number, len: number, wid: number, angle: number, fill: string, vein?: string) {
  const body = path(
    D`M0 0C${len * 0.25} ${-wid * 0.9} ${len * 0.7} ${-wid * 0.7} ${len} 0C${len * 0.7} ${wid * 0.7} ${len * 0.25} ${wid * 0.9} 0 0Z`,
    fill,
  );
  const mid = vein
    ? stroke(D`M${len * 0.04} 0Q${len * 0.5} ${-wid * 0.08} ${len * 0.92} 0`, vein, Math.max(1.5, wid * 0.07))
    : '';
  return g(body + mid, { transform: at(x, y, 1, angle) });
}

/** A rounded tree crown of overlapping discs; (x, y) is the crown's centre. */
const crown = (x: number, y: number, r: number, dark: string, mid: string, light: string) =>
  circle(x - r * 0.45, y + r * 0.2, r * 0.68, dark) +
  circle(x + r * 0.45, y + r * 0.22, r * 0.66, dark) +
  circle(x, y - r * 0.15, r * 0.8, mid) +
  circle(x - r * 0.22, y - r * 0.38, r * 0.42, light, { opacity: 0.75 });

/** A tree: trunk from the ground (x, y) and a crown of radius r. */
const tree = (x: number, y: number, h: number, r: number, cols: readonly [string, string, string], trunk = '#6b5440') =>
  stroke(D`M${x} ${y}L${x} ${y - h}`, trunk, Math.max(4, r * 0.16)) + crown(x, y - h, r, ...cols);

/** A small standing figure, feet at (x, y); `head` is a conical hat or a head scarf. */
function figure(x: number, y: number, s: number, cloth: string, head: 'hat' | 'scarf' = 'hat', basket = false) {
  const parts = [
    path('M-14 0L-11-54Q0-63 11-54L14 0Z', cloth),
    circle(0, -66, 9, C.skin),
    head === 'hat'
      ? path('M-27-65L0-85L27-65Q0-60-27-65Z', '#e8d6a6')
      : path('M-10-70Q0-80 10-70L11-64L-11-64Z', C.indigo),
  ];
  if (basket) parts.push(path('M9-52L26-48L23-22L11-25Z', '#b08a54'));
  return g(parts, { transform: at(x, y, s) });
}

const bird = (x: number, y: number, s: number, color = '#5b5a52') =>
  stroke(
    D`M${x - s} ${y}Q${x - s * 0.45} ${y - s * 0.55} ${x} ${y}Q${x + s * 0.45} ${y - s * 0.55} ${x + s} ${y}`,
    color,
    Math.max(2, s * 0.14),
  );

/** A five-pointed star. */
function starPath(cx: number, cy: number, R: number, r: number): string {
  const pts: string[] = [];
  for (let i = 0; i < 10; i++) {
    const a = -Math.PI / 2 + (i * Math.PI) / 5;
    const rad = i % 2 === 0 ? R : r;
    pts.push(`${n(cx + rad * Math.cos(a))} ${n(cy + rad * Math.sin(a))}`);
  }
  return `M${pts.join('L')}Z`;
}

/** A limestone (karst) tower standing on `base`: its outline and the shaded right flank. */
function karstPeak(x: number, base: number, w: number, h: number, lean = 0): [string, string] {
  const pts: Pt[] = [
    [x - w / 2, base],
    [x - w * 0.44, base - h * 0.38],
    [x - w * 0.33, base - h * 0.72],
    [x - w * 0.16 + lean * 0.6, base - h * 0.95],
    [x + lean, base - h],
    [x + w * 0.17 + lean * 0.6, base - h * 0.9],
    [x + w * 0.3, base - h * 0.64],
    [x + w * 0.42, base - h * 0.32],
    [x + w / 2, base],
  ];
  const outline = smooth(pts) + 'Z';
  const shade =
    smooth(pts.slice(4)) + D`L${x + w * 0.1} ${base}Q${x + w * 0.02} ${base - h * 0.55} ${x + lean} ${base - h}Z`;
  return [outline, shade];
}
const karst = (x: number, base: number, w: number, h: number, lean = 0) => karstPeak(x, base, w, h, lean)[0];

/** Bands of terraced paddy fields from y0 downwards, back to front. */
function paddies(y0: number, colors: readonly string[], phase: number, edge = '#eef2cf'): string[] {
  const out: string[] = [];
  let y = y0;
  for (let i = 0; y < H; i++) {
    const amp = 6 + i * 3;
    const yy = y;
    const pts = sample((x) => yy + amp * Math.sin(x / 260 + phase + i * 1.3), -20, W + 20, 10);
    out.push(path(ridge(pts), colors[i % colors.length]!), stroke(smooth(pts), edge, 3, { opacity: 0.85 }));
    y += 26 + i * 13;
  }
  return out;
}

/** Random short curved strokes inside an ellipse, grouped into one path per colour. */
function scatterCurls(
  rng: Rng,
  cx: number,
  cy: number,
  rx: number,
  ry: number,
  count: number,
  colors: readonly string[],
  len: readonly [number, number],
  width: number,
): string[] {
  const byColor = new Map<string, string>();
  for (let i = 0; i < count; i++) {
    const a = rng.range(0, Math.PI * 2);
    const d = Math.sqrt(rng.next());
    const x = cx + Math.cos(a) * rx * d;
    const y = cy + Math.sin(a) * ry * d;
    const l = rng.range(len[0], len[1]);
    const dir = rng.range(0, Math.PI * 2);
    const dx = Math.cos(dir) * l;
    const dy = Math.sin(dir) * l * 0.7;
    const bend = rng.range(-0.5, 0.5) * l;
    const color = rng.pick(colors);
    byColor.set(
      color,
      (byColor.get(color) ?? '') + D`M${x} ${y}q${dx / 2 - dy * 0.3 + bend * 0.2} ${dy / 2 + bend} ${dx} ${dy}`,
    );
  }
  return [...byColor].map(([color, d]) => stroke(d, color, width));
}

// ---------------------------------------------------------------------------------------------
// Scenes
// ---------------------------------------------------------------------------------------------

type Scene = (c: Ctx, rng: Rng) => string[];

/** Rows of tea bushes following the contour of a rounded hill. */
function teaDome(c: Ctx, h: { cx: number; top: number; w: number; gap: number; s: number; fill: string }): string {
  const f = dome(h.cx, h.top, h.w);
  const shape = smooth(sample(f, h.cx - h.w, h.cx + h.w, 16)) + 'Z';
  const clip = c.clip(path(shape, '#000'));
  const rows: [string, string] = ['', ''];
  let k = 0;
  for (let off = h.gap * 0.55; h.top + off < H + h.s; off += h.gap, k++) {
    // only the part of the row that is inside the picture
    let half = h.w;
    while (half > 0 && f(h.cx + half) + off > H + h.s) half -= 4;
    const x0 = Math.max(h.cx - half - 8, -h.s);
    const x1 = Math.min(h.cx + half + 8, W + h.s);
    if (x1 <= x0) continue;
    rows[k % 2] += smooth(sample((x) => f(x) + off, x0, x1, Math.max(3, Math.round((x1 - x0) / 110))));
  }
  const layers = rows.flatMap((d, i) =>
    d === ''
      ? []
      : [
          stroke(d, '#3a7342', h.s),
          stroke(d, '#4d8f4e', h.s * 1.05, {
            'stroke-dasharray': `0 ${n(h.s * 0.85)}`,
            'stroke-dashoffset': n(i * h.s * 0.42),
            transform: `translate(0 ${n(-h.s * 0.22)})`,
          }),
          stroke(d, '#82b86a', h.s * 0.42, {
            'stroke-dasharray': `0 ${n(h.s * 0.95)}`,
            'stroke-dashoffset': n(i * h.s * 0.5),
            transform: `translate(0 ${n(-h.s * 0.5)})`,
          }),
        ],
  );
  return path(shape, h.fill) + g(layers, { 'clip-path': clip });
}

const scenes: Record<string, Scene> = {
  'tea-hills': (c) => {
    const o = [
      fullSky(c, [
        [0, '#dae6da'],
        [1, '#f8efdf'],
      ]),
    ];
    o.push(circle(1240, 240, 150, '#f6e6b8', { opacity: 0.6 }), circle(1240, 240, 88, C.goldLight));
    o.push(
      path(
        ridge([
          [0, 500],
          [220, 455],
          [430, 490],
          [650, 430],
          [900, 470],
          [1150, 420],
          [1400, 465],
          [1600, 440],
        ]),
        '#c8d6b9',
      ),
    );
    o.push(
      path(
        ridge([
          [0, 585],
          [260, 530],
          [520, 570],
          [800, 510],
          [1080, 560],
          [1350, 520],
          [1600, 555],
        ]),
        '#a4c08d',
      ),
    );
    const back = { cx: 820, top: 545, w: 520, gap: 22, s: 11, fill: '#bcbd88' };
    o.push(teaDome(c, back));
    const fb = dome(back.cx, back.top, back.w);
    for (const x of [690, 905, 980]) o.push(tree(x, fb(x) + 14, 70, 30, ['#3d6f45', '#4f8450', '#79a868']));
    o.push(teaDome(c, { cx: 230, top: 610, w: 560, gap: 28, s: 14, fill: '#b6b67f' }));
    const right = { cx: 1330, top: 630, w: 600, gap: 30, s: 15, fill: '#b6b67f' };
    o.push(teaDome(c, right));
    const fr = dome(right.cx, right.top, right.w);
    o.push(tree(1250, fr(1250) + 18, 95, 40, ['#3d6f45', '#4f8450', '#79a868']));
    const front = { cx: 760, top: 745, w: 760, gap: 40, s: 21, fill: '#b1ae78' };
    o.push(teaDome(c, front));
    const ff = dome(front.cx, front.top, front.w);
    o.push(
      figure(560, ff(560) + 70, 1.1, '#4a6e8a', 'hat', true),
      figure(1010, ff(1010) + 62, 1.05, '#8a4f3a', 'hat', true),
    );
    o.push(bird(420, 200, 16), bird(470, 230, 12), bird(380, 250, 10));
    return o;
  },

  'tea-cup': (c, rng) => {
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
  },

  'tea-buds': (c, rng) => {
    const o = [
      fullSky(c, [
        [0, '#dbe6cc'],
        [1, '#f1ead6'],
      ]),
    ];
    for (let i = 0; i < 9; i++)
      o.push(
        circle(rng.range(700, 1560), rng.range(60, 420), rng.range(40, 95), '#ffffff', {
          opacity: n(rng.range(0.12, 0.3)),
        }),
      );
    // a round bamboo tray of rolled dried tea
    o.push(ellipse(980, 712, 585, 178, '#b7955a'), ellipse(980, 700, 560, 165, '#cdac6e'));
    o.push(stroke(D`M${420} ${700}A560 165 0 0 1 ${1540} ${700}A560 165 0 0 1 ${420} ${700}Z`, '#a98648', 24));
    o.push(
      ...[0.85, 0.7, 0.55, 0.4, 0.25].map((k) =>
        ellipse(980, 704, 520 * k, 145 * k, 'none', { stroke: '#b8955a', 'stroke-width': 3, opacity: 0.7 }),
      ),
    );
    o.push(...scatterCurls(rng, 980, 704, 490, 128, 190, ['#3e5a30', '#4b6a36', '#5d7a3f', '#33502b'], [14, 24], 7));
    // one bud and two leaves
    o.push(stroke('M470 900C470 760 500 600 560 430C580 370 590 330 600 292', '#6d8f3e', 12));
    const leafFill = c.lin(
      [
        [0, '#3d8447'],
        [1, '#78b662'],
      ],
      0,
      0,
      1,
      1,
    );
    o.push(leaf(520, 600, 340, 100, -160, leafFill, '#a8d38d'), leaf(560, 450, 320, 90, -22, leafFill, '#a8d38d'));
    o.push(
      leaf(
        596,
        300,
        175,
        32,
        -82,
        c.lin(
          [
            [0, '#c8e2a6'],
            [1, '#8fbf6a'],
          ],
          0,
          0,
          1,
          0,
        ),
      ),
      stroke('M600 292q4-80 22-160', '#e8f3d8', 3, { opacity: 0.7 }),
    );
    return o;
  },

  'lake-karst': (c, rng) => {
    const waterY = 560;
    const o = [
      fullSky(c, [
        [0, '#d9e6e2'],
        [1, '#f6efde'],
      ]),
    ];
    o.push(circle(420, 240, 74, '#f4e3b5', { opacity: 0.85 }));
    const layers: { fill: string; peaks: [number, number, number, number][] }[] = [
      {
        fill: '#c4d4cb',
        peaks: [
          [60, 190, 250, 10],
          [260, 170, 200, -10],
          [520, 230, 280, 15],
          [860, 200, 250, -15],
          [1150, 190, 290, 10],
          [1420, 240, 240, 0],
          [1600, 200, 210, 0],
        ],
      },
      {
        fill: c.lin([
          [0, '#9cb6a5'],
          [1, '#86a391'],
        ]),
        peaks: [
          [170, 220, 210, 12],
          [400, 180, 170, -8],
          [1010, 240, 230, 18],
          [1280, 200, 190, -12],
          [1520, 220, 250, 5],
        ],
      },
      {
        fill: c.lin([
          [0, '#6f9a7e'],
          [1, '#58806a'],
        ]),
        peaks: [
          [-20, 260, 300, 30],
          [220, 200, 230, -20],
          [1380, 260, 280, -25],
          [1620, 240, 330, 0],
        ],
      },
    ];
    const peaks = layers.map((l, i) => {
      const shapes = l.peaks.map(([x, w, h, lean]) => karstPeak(x, waterY + 6, w, h, lean));
      return (
        path(shapes.map((s) => s[0]).join(''), l.fill) +
        path(shapes.map((s) => s[1]).join(''), '#1f3a2c', { opacity: 0.08 + i * 0.05 })
      );
    });
    o.push(...peaks);
    o.push(
      rect(
        0,
        waterY,
        W,
        H - waterY,
        c.lin([
          [0, '#b5d0c7'],
          [1, '#6e9e94'],
        ]),
      ),
    );
    o.push(g(peaks, { transform: `matrix(1 0 0 -1 0 ${2 * waterY})`, opacity: 0.28 }));
    let ripples = '';
    for (let i = 0; i < 46; i++) {
      const y = rng.range(waterY + 8, H - 10);
      const l = rng.range(30, 140) * (0.5 + (y - waterY) / 340);
      const x = rng.range(-40, W);
      ripples += D`M${x} ${y}h${l}`;
    }
    o.push(stroke(ripples, '#eef5ef', 3, { opacity: 0.45 }));
    // near shore with trees (left) and reeds (right)
    o.push(
      path(
        ridge([
          [-10, 745],
          [120, 728],
          [260, 760],
          [360, 820],
          [430, 905],
        ]),
        '#3f6b4f',
      ),
    );
    for (const [x, y, r] of [
      [40, 745, 42],
      [120, 738, 50],
      [215, 752, 40],
      [300, 790, 34],
    ] as const)
      o.push(tree(x, y, 40, r, ['#2f5a3e', '#3f6f4b', '#6c9a6b']));
    let reeds = '';
    for (let i = 0; i < 26; i++) {
      const x = 1400 + i * 8 + rng.range(-4, 4);
      const h = rng.range(70, 170);
      reeds += D`M${x} ${H}q${rng.range(-6, 10)} ${-h / 2} ${rng.range(4, 22)} ${-h}`;
    }
    o.push(stroke(reeds, '#4e7650', 4), path('M1380 900C1420 870 1560 860 1600 870V900Z', '#3f6b4f'));
    // a dugout boat with a boatman
    o.push(ellipse(1035, 724, 100, 8, '#3f5f58', { opacity: 0.25 }));
    o.push(path('M940 700Q1030 724 1130 697Q1118 716 1032 720Q962 718 940 700Z', '#5a3b28'));
    o.push(figure(1062, 708, 0.95, '#4a6e8a'), stroke('M1086 630L1112 760', '#6b5137', 4));
    o.push(stroke('M900 712q-40 6-90 4M1150 708q40 5 80 4', '#eef5ef', 3, { opacity: 0.6 }));
    o.push(bird(980, 260, 14), bird(1030, 290, 10));
    return o;
  },

  'lake-hills': (c, rng) => {
    const waterY = 560;
    const o = [
      fullSky(c, [
        [0, '#d9e6e4'],
        [1, '#f6efde'],
      ]),
    ];
    o.push(circle(1180, 230, 70, '#f4e3b5', { opacity: 0.85 }));
    const back = [
      path(
        ridge(
          [
            [0, 420],
            [180, 360],
            [380, 300],
            [560, 345],
            [760, 255],
            [980, 330],
            [1200, 295],
            [1420, 360],
            [1600, 335],
          ],
          waterY + 4,
        ),
        '#c3d3c9',
      ),
      path(
        ridge(
          [
            [0, 505],
            [260, 455],
            [520, 492],
            [800, 445],
            [1100, 482],
            [1380, 448],
            [1600, 472],
          ],
          waterY + 4,
        ),
        '#9db89f',
      ),
    ];
    o.push(
      ...back,
      rect(
        0,
        waterY,
        W,
        H - waterY,
        c.lin([
          [0, '#b5d0c7'],
          [1, '#6e9e94'],
        ]),
      ),
    );
    o.push(g(back, { transform: `matrix(1 0 0 -1 0 ${2 * waterY})`, opacity: 0.25 }));
    const isle = c.lin([
      [0, '#74a06c'],
      [1, '#55825a'],
    ]);
    for (const [x, y, w, h] of [
      [1350, 592, 190, 42],
      [700, 598, 230, 56],
      [330, 622, 320, 78],
      [1030, 646, 360, 92],
    ] as const) {
      const shape = path(
        D`M${x - w / 2} ${y}C${x - w * 0.36} ${y - h} ${x + w * 0.28} ${y - h * 1.08} ${x + w / 2} ${y}Z`,
        isle,
      );
      o.push(g(shape, { transform: `matrix(1 0 0 -1 0 ${2 * y})`, opacity: 0.25 }), shape);
      for (let i = 0; i < Math.round(w / 45); i++) {
        const t = (i + 0.5) / Math.round(w / 45);
        const cx = x - w * 0.4 + t * w * 0.8;
        o.push(
          crown(
            cx,
            y - h * (0.95 - 1.9 * (t - 0.5) ** 2) + 6,
            rng.range(12, 20) * (h / 70),
            '#3f6b4f',
            '#4f7d5c',
            '#7ea584',
          ),
        );
      }
      for (let i = 0; i < Math.round(w / 70); i++) {
        const cx = x - w * 0.3 + ((i + 0.5) / Math.round(w / 70)) * w * 0.6;
        o.push(crown(cx, y - h * 0.38, rng.range(12, 18) * (h / 70), '#365f45', '#46735a', '#6f9a78'));
      }
      o.push(stroke(D`M${x - w / 2 + 6} ${y}H${x + w / 2 - 6}`, '#55825a', 6));
    }
    let ripples = '';
    for (let i = 0; i < 44; i++) {
      const y = rng.range(waterY + 8, H - 10);
      ripples += D`M${rng.range(-40, W)} ${y}h${rng.range(30, 140) * (0.5 + (y - waterY) / 340)}`;
    }
    o.push(stroke(ripples, '#eef5ef', 3, { opacity: 0.45 }));
    // near shore with trees, a small wooden pier and a moored boat
    o.push(
      path(
        ridge([
          [-10, 770],
          [150, 750],
          [300, 790],
          [380, 850],
          [420, 905],
        ]),
        '#4a7652',
      ),
    );
    for (const [x, y, r] of [
      [50, 770, 46],
      [150, 758, 54],
      [260, 786, 40],
    ] as const)
      o.push(tree(x, y, 44, r, ['#2f5a3e', '#3f6f4b', '#6c9a6b']));
    o.push(path('M1250 905C1300 850 1480 830 1610 840V905Z', '#4a7652'));
    let piles = '';
    for (const x of [1130, 1200, 1270, 1340]) piles += D`M${x} 778V830`;
    o.push(
      stroke(piles, '#5d4330', 10),
      path('M1110 768H1400L1396 784H1114Z', '#9a7550'),
      stroke('M1140 768V784M1180 768V784M1220 768V784M1260 768V784M1300 768V784M1340 768V784', '#7d5c3f', 2),
    );
    o.push(
      ellipse(1180, 842, 110, 8, '#3f5f58', { opacity: 0.25 }),
      path('M1080 820Q1180 846 1290 818Q1276 838 1180 842Q1100 840 1080 820Z', '#6b4630'),
      stroke('M1290 820L1340 784', '#6b5137', 3),
    );
    o.push(bird(600, 220, 14), bird(648, 246, 10));
    return o;
  },

  'forest-hut': (c, rng) => {
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
  },

  'temple-gate': (c, rng) => {
    const o = [
      fullSky(c, [
        [0, '#e0e9df'],
        [1, '#f7efdf'],
      ]),
    ];
    o.push(
      path(
        ridge([
          [0, 430],
          [300, 380],
          [600, 300],
          [1000, 320],
          [1350, 360],
          [1600, 330],
        ]),
        '#bccdb6',
      ),
    );
    o.push(
      path(
        ridge([
          [0, 540],
          [200, 480],
          [450, 330],
          [700, 228],
          [860, 205],
          [1060, 260],
          [1300, 360],
          [1600, 470],
        ]),
        c.lin([
          [0, '#7fa07a'],
          [1, '#5d8560'],
        ]),
      ),
    );
    for (let i = 0; i < 34; i++) {
      const x = rng.range(-20, W + 20);
      o.push(crown(x, rng.range(540, 590), rng.range(30, 48), '#3d6a45', '#4d7d52', '#79a36c'));
    }
    // courtyard and steps
    o.push(
      rect(
        0,
        700,
        W,
        200,
        c.lin([
          [0, '#e2d2ad'],
          [1, '#cdb88e'],
        ]),
      ),
    );
    let tiles = '';
    for (let i = 0; i < 4; i++) tiles += D`M0 ${790 + i * 30 + i * i * 6}H${W}`;
    for (let i = -8; i <= 8; i++) tiles += D`M${800 + i * 60} 770L${800 + i * 190} ${H}`;
    o.push(stroke(tiles, '#c3ad82', 2, { opacity: 0.7 }));
    o.push(rect(600, 758, 400, 14, '#eadfc4'), rect(578, 772, 444, 14, '#ddcfad'), rect(556, 786, 488, 14, '#cfbd98'));
    // old trees either side
    o.push(
      tree(140, 720, 150, 130, ['#2f5a3e', '#3f6f4b', '#6c9a6b'], '#5b4736'),
      tree(1460, 720, 160, 140, ['#2f5a3e', '#3f6f4b', '#6c9a6b'], '#5b4736'),
    );
    const wall = c.lin(
      [
        [0, '#f1e2bf'],
        [1, '#e0cc9f'],
      ],
      0,
      0,
      1,
      0,
    );
    const roofFill = c.lin([
      [0, '#83493a'],
      [1, '#5c2f23'],
    ]);
    const roof = (cx: number, y: number, w: number, h: number, ov: number) => {
      const L = cx - w / 2 - ov;
      const R = cx + w / 2 + ov;
      let lines = '';
      for (let i = 1; i < 14; i++) {
        const t = i / 14;
        lines += D`M${cx - w * 0.36 + t * w * 0.72} ${y - h + 4}L${cx - w / 2 + 30 + t * (w - 60)} ${y + 2}`;
      }
      return [
        path(
          D`M${L} ${y - 26}Q${cx - w / 2} ${y + 6} ${cx - w / 2 + 40} ${y + 6}L${cx + w / 2 - 40} ${y + 6}Q${cx + w / 2} ${y + 6} ${R} ${y - 26}L${cx + w * 0.36} ${y - h}L${cx - w * 0.36} ${y - h}Z`,
          roofFill,
        ),
        stroke(lines, '#4b241a', 2, { opacity: 0.45 }),
        stroke(D`M${cx - w / 2 + 30} ${y + 5}L${cx + w / 2 - 30} ${y + 5}`, '#4b241a', 6),
        stroke(
          D`M${cx - w * 0.38} ${y - h - 2}L${cx + w * 0.38} ${y - h - 2}M${cx - w * 0.38} ${y - h - 2}q-16-2-18-22M${cx + w * 0.38} ${y - h - 2}q16-2 18-22`,
          '#4b241a',
          9,
        ),
      ];
    };
    const arch = (cx: number, w: number, h: number, fill: string) =>
      path(
        D`M${cx - w / 2} 760V${760 - h + w / 2}A${w / 2} ${w / 2} 0 0 1 ${cx + w / 2} ${760 - h + w / 2}V760Z`,
        fill,
      );
    // pillars and low walls
    for (const x of [330, 1270]) {
      o.push(
        rect(x < 800 ? x : 1200, 660, 70, 100, '#e6d4ab'),
        rect(x - 18, 470, 36, 290, wall),
        rect(x - 27, 440, 54, 32, '#e8d6ad'),
      );
      o.push(
        path(D`M${x - 24} 440L${x} 402L${x + 24} 440Z`, '#6e3b2c'),
        circle(x, 396, 8, C.gold),
        rect(x - 29, 740, 58, 22, '#d8c59c'),
      );
    }
    // side blocks
    for (const cx of [520, 1080]) {
      o.push(rect(cx - 120, 570, 240, 190, wall), arch(cx, 84, 128, '#6e1511'), arch(cx, 64, 112, C.accent));
      o.push(...roof(cx, 570, 250, 66, 40));
    }
    // central block, two tiers
    o.push(rect(640, 480, 320, 280, wall), rect(705, 380, 190, 80, wall));
    o.push(...roof(800, 480, 360, 62, 50), ...roof(800, 388, 240, 66, 40), circle(800, 300, 10, C.gold));
    o.push(arch(800, 130, 196, '#6e1511'), arch(800, 112, 184, C.accent), stroke('M800 590V760', '#6e1511', 3));
    let studs = '';
    for (let r = 0; r < 4; r++) for (const x of [765, 782, 818, 835]) studs += D`M${x} ${640 + r * 30}h0`;
    o.push(stroke(studs, C.gold, 7));
    return o;
  },

  cave: (c, rng) => {
    const o = [
      fullSky(c, [
        [0, '#dfe9df'],
        [0.3, '#f1eddd'],
      ]),
    ];
    o.push(
      path(
        ridge([
          [-10, 170],
          [200, 120],
          [420, 150],
          [700, 92],
          [950, 120],
          [1200, 80],
          [1400, 140],
          [1610, 110],
        ]),
        c.lin([
          [0, '#c7cbb9'],
          [1, '#959d8b'],
        ]),
      ),
    );
    for (let i = 0; i < 22; i++)
      o.push(crown(rng.range(-20, W + 20), rng.range(95, 150), rng.range(26, 44), '#3f6b45', '#4f7d52', '#79a36c'));
    let beds = '';
    let lights = '';
    for (let i = 0; i < 34; i++) {
      const x = rng.range(-100, W);
      const y = rng.range(190, 760);
      const l = rng.range(120, 320);
      const d = D`M${x} ${y}q${l / 2} ${rng.range(-14, 14)} ${l} ${rng.range(-6, 6)}`;
      if (i % 2) beds += d;
      else lights += D`M${x} ${y + 6}q${l / 2} ${rng.range(-14, 14)} ${l} ${rng.range(-6, 6)}`;
    }
    o.push(stroke(beds, '#858e7b', 4, { opacity: 0.4 }), stroke(lights, '#dcdccc', 3, { opacity: 0.4 }));
    let vines = '';
    for (let i = 0; i < 24; i++) {
      const x = rng.range(40, W - 40);
      const l = rng.range(60, 200);
      vines += D`M${x} 150q${rng.range(-20, 20)} ${l / 2} ${rng.range(-10, 10)} ${l}`;
    }
    o.push(stroke(vines, '#5d8a4d', 4, { opacity: 0.85 }));
    // the cave mouth, its depth and a glimpse of light far inside
    const arch = (cx: number, base: number, hw: number, h: number, wob: number, per: number) => (x: number) =>
      base - h * Math.max(0, 1 - ((x - cx) / hw) ** 2) ** 0.6 + wob * Math.sin(x / per);
    const mouthTop = arch(810, 800, 450, 490, 12, 37);
    o.push(
      path(
        smooth(sample(mouthTop, 360, 1260, 20)) + 'Z',
        c.lin([
          [0, '#262c28'],
          [1, '#3f473f'],
        ]),
      ),
    );
    o.push(path(smooth(sample(arch(820, 770, 230, 290, 7, 23), 590, 1050, 14)) + 'Z', '#394239'));
    o.push(path(smooth(sample(arch(826, 712, 64, 120, 4, 13), 762, 890, 8)) + 'Z', '#a9b59d', { opacity: 0.55 }));
    let drips = '';
    for (let i = 0; i < 17; i++) {
      const x = 540 + i * 34 + rng.range(-8, 8);
      const y = mouthTop(x);
      const w = rng.range(14, 30);
      drips += D`M${x - w / 2} ${y - 8}L${x + rng.range(-4, 4)} ${y + rng.range(26, 84)}L${x + w / 2} ${y - 8}Z`;
    }
    o.push(path(drips, '#8e9784'));
    // stream flowing out of the cave
    o.push(
      path(
        'M770 700C740 730 690 770 560 822C460 862 360 882 290 905L1310 905C1200 872 1080 842 1000 792C930 752 902 716 880 700Z',
        c.lin([
          [0, '#7fa9a1'],
          [1, '#5f948c'],
        ]),
      ),
    );
    o.push(
      stroke(
        'M700 780q40-8 80 0M640 820q60-10 120 0M880 800q50-8 90 2M560 860q80-12 160 0M900 850q70-10 140 0',
        '#e5f0ea',
        4,
        { opacity: 0.55 },
      ),
    );
    // banks and stones
    o.push(
      path('M0 905V780C120 770 260 790 360 800C420 830 470 850 290 905Z', '#6e7a62'),
      path('M1600 905V760C1460 770 1320 790 1260 800C1230 840 1230 870 1310 905Z', '#6e7a62'),
    );
    for (const [x, y, rx, ry] of [
      [300, 860, 70, 32],
      [430, 830, 40, 20],
      [1180, 860, 80, 34],
      [1330, 830, 50, 24],
      [990, 800, 28, 12],
      [660, 790, 24, 10],
    ] as const) {
      o.push(ellipse(x, y, rx, ry, '#8b937f'), ellipse(x - rx * 0.15, y - ry * 0.35, rx * 0.7, ry * 0.5, '#a9b09c'));
    }
    for (const [x, a] of [
      [30, -60],
      [80, -85],
      [1560, -120],
      [1510, -95],
    ] as const)
      o.push(leaf(x, H, 190, 30, a, '#3f6b45', '#5f8a5a'));
    return o;
  },

  museum: (c, rng) => {
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
  },

  festival: (c) => {
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
  },

  'stilt-house': (c, rng) => {
    const o = [
      fullSky(c, [
        [0, '#dee8df'],
        [1, '#f6eedd'],
      ]),
    ];
    o.push(
      path(
        karst(180, 470, 300, 260, 20) +
          karst(430, 470, 240, 200, -10) +
          karst(1450, 470, 320, 280, -20) +
          karst(1250, 470, 220, 180, 10),
        '#b6c9b6',
      ),
    );
    o.push(
      path(
        ridge([
          [0, 500],
          [300, 440],
          [620, 480],
          [900, 420],
          [1200, 470],
          [1600, 440],
        ]),
        c.lin([
          [0, '#8fae86'],
          [1, '#739a70'],
        ]),
      ),
    );
    for (let i = 0; i < 26; i++)
      o.push(crown(rng.range(-20, W + 20), rng.range(480, 530), rng.range(28, 44), '#3f6b45', '#4f7d52', '#79a36c'));
    o.push(...paddies(560, ['#c8d98e', '#b4cc7c', '#d6df9e'], 1.1));
    // bamboo behind the house
    let stalks = '';
    for (let i = 0; i < 7; i++)
      stalks += D`M${1240 + i * 10} 670Q${1250 + i * 14} 480 ${1250 + (i - 3) * 40} ${300 + rng.range(0, 60)}`;
    o.push(stroke(stalks, '#7ea352', 7));
    let bl = '';
    for (let i = 0; i < 26; i++) {
      const x = rng.range(1150, 1400);
      const y = rng.range(300, 520);
      const s = x < 1270 ? -1 : 1;
      bl += D`M${x} ${y}q${s * 20} 4 ${s * 42} 18`;
    }
    o.push(stroke(bl, '#5f8f45', 9));
    // the stilt house
    let posts = '';
    for (const x of [720, 800, 880, 960, 1040, 1120, 1180]) posts += D`M${x} 560V672`;
    o.push(
      ellipse(950, 676, 310, 22, '#8b9f6a', { opacity: 0.6 }),
      stroke(posts, '#5d3f2a', 14, { 'stroke-linecap': 'butt' }),
    );
    o.push(rect(1000, 630, 90, 40, '#a17b52'), stroke('M1000 640h90M1000 652h90', '#7d5a3b', 3));
    o.push(rect(690, 548, 520, 16, '#6b4a30'), rect(715, 438, 470, 112, '#9a6a45'));
    let planks = '';
    for (let y = 452; y < 548; y += 14) planks += D`M715 ${y}H1185`;
    o.push(stroke(planks, '#86583a', 2.5, { 'stroke-linecap': 'butt' }));
    for (const x of [780, 930, 1080])
      o.push(
        rect(x, 466, 62, 44, '#3f2c1f'),
        stroke(D`M${x + 31} 466V510M${x} 488h62`, '#b58a5c', 3),
        rect(x - 4, 462, 70, 52, 'none', { stroke: '#c49a6a', 'stroke-width': 4 }),
      );
    o.push(
      path(
        'M640 452L790 318L1110 318L1260 452Z',
        c.lin([
          [0, '#6e5f51'],
          [1, '#4d4338'],
        ]),
      ),
    );
    let tiles = '';
    for (let i = 1; i < 26; i++) {
      const t = i / 26;
      tiles += D`M${790 + t * 320} 322L${650 + t * 600} 448`;
    }
    o.push(
      stroke(tiles, '#3f362e', 2, { opacity: 0.5 }),
      path('M790 318L752 352L828 352Z', '#8a7563'),
      path('M1110 318L1072 352L1148 352Z', '#8a7563'),
      stroke('M786 316H1114', '#3a322b', 8),
    );
    o.push(rect(700, 452, 500, 10, '#3a2c22', { opacity: 0.35 }));
    // the stair
    o.push(stroke('M610 672L700 556M650 672L738 556', '#6b4a30', 6));
    let steps = '';
    for (let i = 1; i < 7; i++) {
      const t = i / 7;
      steps += D`M${610 + 90 * t} ${672 - 116 * t}L${650 + 88 * t} ${672 - 116 * t}`;
    }
    o.push(stroke(steps, '#6b4a30', 5));
    o.push(stroke('M1080 300C1070 260 1110 230 1090 190C1080 170 1100 150 1095 130', '#ffffff', 6, { opacity: 0.45 }));
    // a water wheel on the stream
    o.push(
      path(
        'M-10 905C120 840 220 760 420 740C520 732 560 760 520 800C460 850 300 870 200 905Z',
        c.lin([
          [0, '#a7c8c0'],
          [1, '#79a59d'],
        ]),
      ),
    );
    let spokes = '';
    for (let i = 0; i < 12; i++) {
      const a = (i * Math.PI) / 6;
      spokes += D`M300 720L${300 + 92 * Math.cos(a)} ${720 + 92 * Math.sin(a)}`;
    }
    let tubes = '';
    for (let i = 0; i < 12; i++) {
      const a = (i * Math.PI) / 6 + 0.26;
      const x = 300 + 96 * Math.cos(a);
      const y = 720 + 96 * Math.sin(a);
      tubes += D`M${x} ${y}l${-14 * Math.sin(a)} ${14 * Math.cos(a)}`;
    }
    o.push(
      stroke('M262 836L300 720L338 836', C.woodDark, 10),
      stroke(spokes, '#a07a4f', 4),
      circle(300, 720, 92, 'none', { stroke: '#8a6a45', 'stroke-width': 8 }),
      stroke(tubes, '#c4a46a', 9),
      circle(300, 720, 12, C.woodDark),
    );
    o.push(stroke('M200 812q50 10 100 0q50-10 100 0', '#e6f1ef', 4, { opacity: 0.7 }));
    // a banana plant
    o.push(stroke('M1380 690Q1378 600 1390 540', '#7d9a55', 16));
    for (const [a, l] of [
      [-150, 170],
      [-110, 150],
      [-60, 160],
      [-20, 150],
      [-170, 120],
    ] as const)
      o.push(leaf(1390, 545, l, 34, a, '#6fa15a', '#9cc77e'));
    return o;
  },

  noodles: (c, rng) => {
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
  },

  'sea-islands': (c, rng) => {
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
      o.push(
        stroke(D`M${x} 642Q${x + dx * 0.2} ${ty + h / 2} ${tx} ${ty}`, '#7a5a3a', 7),
        stroke(fronds, '#3f7a45', 8),
      );
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
  },

  'border-marker': (c, rng) => {
    const o = [
      fullSky(c, [
        [0, '#cadde5'],
        [1, '#f3efe2'],
      ]),
    ];
    const cloud = (x: number, y: number, s: number) =>
      g(
        [
          circle(-40, 0, 34, '#fbfaf5'),
          circle(0, -18, 46, '#fbfaf5'),
          circle(44, -2, 36, '#fbfaf5'),
          rect(-74, 0, 150, 34, '#fbfaf5', { rx: 17 }),
        ],
        { transform: at(x, y, s), opacity: 0.9 },
      );
    o.push(cloud(320, 170, 1.2), cloud(1180, 120, 1), cloud(820, 240, 0.7));
    o.push(
      path(
        ridge([
          [400, 600],
          [560, 470],
          [700, 430],
          [820, 470],
          [960, 420],
          [1120, 600],
        ]),
        '#b5c7c1',
      ),
    );
    o.push(
      path(
        ridge([
          [-10, 300],
          [200, 310],
          [420, 390],
          [640, 520],
          [800, 585],
          [900, 620],
        ]),
        c.lin([
          [0, '#82a97d'],
          [1, '#567f59'],
        ]),
      ),
    );
    o.push(
      path(
        ridge([
          [700, 620],
          [820, 580],
          [1000, 470],
          [1220, 360],
          [1420, 310],
          [1610, 300],
        ]),
        c.lin([
          [0, '#74a072'],
          [1, '#4d7752'],
        ]),
      ),
    );
    for (let i = 0; i < 26; i++) {
      const left = i % 2 === 0;
      const x = left ? rng.range(0, 560) : rng.range(1060, 1600);
      const top = left ? 300 + 0.0003 * x * x : 300 + 0.0003 * (1600 - x) ** 2;
      o.push(crown(x, top + rng.range(30, 140), rng.range(22, 36), '#335f3d', '#44744a', '#6e9c64'));
    }
    o.push(
      path(
        ridge([
          [-10, 720],
          [300, 690],
          [600, 640],
          [800, 610],
          [1000, 640],
          [1300, 680],
          [1610, 700],
        ]),
        c.lin([
          [0, '#a2bf8b'],
          [1, '#7ea270'],
        ]),
      ),
    );
    o.push(
      path(
        'M540 905C600 820 800 780 780 700C770 660 795 625 806 606L818 606C812 630 800 660 812 700C840 790 700 830 780 905Z',
        '#d8c9a6',
      ),
    );
    o.push(
      path(
        ridge([
          [-10, 820],
          [300, 800],
          [700, 830],
          [1100, 800],
          [1610, 820],
        ]),
        '#6e9a5f',
      ),
    );
    // the stone marker
    o.push(
      ellipse(1060, 812, 170, 18, '#4f7449', { opacity: 0.5 }),
      path('M940 806L1180 806L1160 776L960 776Z', '#b9b4a6'),
      rect(992, 740, 136, 38, '#d2cdc0'),
    );
    o.push(
      path(
        'M1010 740L1017 474L1103 474L1110 740Z',
        c.lin(
          [
            [0, '#f0ece1'],
            [0.55, '#e2ddd0'],
            [0.56, '#c9c3b5'],
            [1, '#bdb7a8'],
          ],
          0,
          0,
          1,
          0,
        ),
      ),
    );
    o.push(path('M1004 476L1060 432L1116 476Z', '#ddd8cb'), path('M1060 432L1116 476L1060 476Z', '#c3bdaf'));
    o.push(rect(1032, 520, 56, 160, '#dcd7ca', { stroke: '#b3ad9e', 'stroke-width': 3 }));
    let grass = '';
    for (let i = 0; i < 60; i++) {
      const x = rng.range(0, W);
      const y = rng.range(812, 890);
      grass += D`M${x} ${y}l${rng.range(-8, 8)} ${-rng.range(14, 30)}`;
    }
    o.push(stroke(grass, '#4f7d45', 3));
    for (let i = 0; i < 14; i++)
      o.push(circle(rng.range(0, W), rng.range(820, 890), 5, i % 3 ? C.goldLight : '#f6f1e4'));
    o.push(bird(560, 330, 13), bird(600, 350, 10));
    return o;
  },

  'handshake-partners': (c, rng) => {
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
  },

  'calendar-star': (c, rng) => {
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
  },

  turmeric: (c, rng) => {
    const o = [
      fullSky(c, [
        [0, '#f2e7cf'],
        [1, '#e7d3ae'],
      ]),
    ];
    for (const [x, a, l] of [
      [120, -70, 420],
      [170, -52, 440],
      [60, -86, 380],
      [230, -40, 380],
      [1500, -110, 400],
      [1560, -125, 360],
    ] as const) {
      o.push(leaf(x, 620, l, 70, a, '#5f9a55', '#8cc07a'));
    }
    o.push(
      rect(
        0,
        600,
        W,
        300,
        c.lin([
          [0, '#b4875b'],
          [1, '#8e6343'],
        ]),
      ),
      rect(0, 594, W, 10, '#c99b6c'),
    );
    // a flat basket of fresh rhizomes
    o.push(
      ellipse(560, 700, 350, 100, '#8f7240'),
      ellipse(560, 690, 330, 88, '#b39258'),
      ellipse(560, 690, 330, 88, 'none', { stroke: '#8a6c38', 'stroke-width': 18 }),
    );
    const rhizome = (x: number, y: number, rot: number, s: number) =>
      g(
        [
          ellipse(0, 0, 62, 22, '#d08a2e'),
          ellipse(52, -18, 30, 12, '#c77c26', { transform: 'rotate(-35 52 -18)' }),
          ellipse(-40, 18, 28, 11, '#c77c26', { transform: 'rotate(25 -40 18)' }),
          ellipse(20, 20, 26, 10, '#d08a2e', { transform: 'rotate(40 20 20)' }),
          ellipse(-6, -8, 40, 7, '#e6a850', { opacity: 0.6 }),
          stroke('M-30-14q4 14 0 28M-6-20q4 18 0 40M20-18q4 16 0 34', '#8a5320', 2.5, { opacity: 0.7 }),
        ],
        { transform: at(x, y, s, rot) },
      );
    const roots: [number, number][] = [];
    for (let i = 0; i < 13; i++)
      roots.push([330 + (i % 5) * 110 + rng.range(-20, 20), 640 + Math.floor(i / 5) * 36 + rng.range(-8, 8)]);
    for (const [x, y] of roots) o.push(rhizome(x, y, rng.range(-40, 40), rng.range(0.75, 0.95)));
    for (const [x, y] of [
      [420, 800],
      [500, 826],
    ] as const)
      o.push(
        ellipse(x, y, 30, 22, '#c98a3a'),
        ellipse(x + 4, y - 2, 24, 18, '#ee9620'),
        ellipse(x + 4, y - 2, 12, 9, '#f7b84a'),
      );
    // a bowl of turmeric starch and a wooden spoon
    o.push(ellipse(1110, 800, 220, 24, '#7a5238', { opacity: 0.35 }));
    o.push(
      path(
        'M910 640C920 740 1000 800 1110 800C1220 800 1300 740 1310 640Z',
        c.lin(
          [
            [0, '#faf5ea'],
            [1, '#d9cfbb'],
          ],
          0,
          0,
          1,
          0,
        ),
      ),
    );
    o.push(stroke('M918 680C1000 712 1220 712 1302 680', C.tea, 6, { opacity: 0.8 }));
    o.push(
      ellipse(1110, 640, 202, 34, '#fbf8f0'),
      path(
        'M924 640C960 560 1050 528 1110 528C1180 528 1260 560 1296 640Z',
        c.lin([
          [0, '#f8cf5a'],
          [1, '#eaa52a'],
        ]),
      ),
    );
    o.push(path('M1040 560C1070 544 1110 540 1140 546C1110 552 1070 560 1050 576Z', '#fbe39a', { opacity: 0.7 }));
    o.push(
      stroke('M1250 850L1460 760', C.woodDark, 14),
      ellipse(1212, 862, 56, 26, '#7a5034'),
      ellipse(1212, 856, 42, 16, '#f0b73a'),
    );
    let dust = '';
    for (let i = 0; i < 30; i++) dust += D`M${rng.range(1140, 1340)} ${rng.range(850, 890)}h0`;
    o.push(stroke(dust, '#f0b73a', 6));
    return o;
  },

  mushrooms: (c, rng) => {
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
  },

  'golden-camellia': (c, rng) => {
    const o = [
      fullSky(c, [
        [0, '#e2ead6'],
        [1, '#f4ecd9'],
      ]),
    ];
    for (let i = 0; i < 7; i++)
      o.push(
        circle(rng.range(0, W), rng.range(40, 500), rng.range(50, 110), '#ffffff', {
          opacity: n(rng.range(0.15, 0.3)),
        }),
      );
    o.push(
      stroke(
        'M-20 760C200 700 380 560 560 500C760 430 960 380 1180 240M560 500C600 400 640 330 720 280M860 410C930 450 1000 470 1080 470',
        '#6b4e36',
        14,
      ),
    );
    const leafFill = c.lin(
      [
        [0, '#2f6a3e'],
        [1, '#4f8a4f'],
      ],
      0,
      0,
      1,
      1,
    );
    for (const [x, y, a, l] of [
      [180, 705, -110, 170],
      [300, 650, 60, 160],
      [420, 575, -120, 180],
      [500, 520, 40, 170],
      [650, 330, -150, 150],
      [700, 300, -40, 140],
      [760, 420, 70, 160],
      [900, 370, -120, 170],
      [1000, 460, 40, 150],
      [1060, 300, -130, 150],
      [1130, 270, -20, 140],
    ] as const) {
      o.push(leaf(x, y, l, 50, a, leafFill, '#7fb46a'));
    }
    const flower = (x: number, y: number, R: number) => {
      const petals: string[] = [];
      const outer = c.lin([
        [0, '#f8dc7a'],
        [1, '#e2a92a'],
      ]);
      for (let i = 0; i < 7; i++) {
        const a = (i * 360) / 7 + 10;
        petals.push(ellipse(R * 0.5, 0, R * 0.55, R * 0.4, outer, { transform: `rotate(${n(a)})` }));
      }
      for (let i = 0; i < 5; i++)
        petals.push(ellipse(R * 0.28, 0, R * 0.34, R * 0.26, '#f6cf58', { transform: `rotate(${n(i * 72 + 40)})` }));
      let stamens = '';
      for (let i = 0; i < 14; i++) {
        const a = (i * Math.PI * 2) / 14;
        stamens += D`M0 0L${Math.cos(a) * R * 0.22} ${Math.sin(a) * R * 0.22}`;
      }
      petals.push(stroke(stamens, '#e8b23a', 3), circle(0, 0, R * 0.1, '#d98f22'));
      return g(petals, { transform: at(x, y) });
    };
    o.push(flower(560, 500, 120), flower(860, 410, 100), flower(1180, 240, 90));
    for (const [x, y, a] of [
      [720, 276, -30],
      [1080, 470, 20],
    ] as const)
      o.push(
        g([ellipse(0, 0, 26, 36, '#e9b93a'), path('M-24 10Q0 50 24 10Q10 26 0 28Q-10 26-24 10Z', '#4f8a4f')], {
          transform: at(x, y, 1, a),
        }),
      );
    // a glass of golden tea
    o.push(rect(0, 800, W, 100, '#dcc9a4'), ellipse(1340, 806, 170, 22, '#c9b48c'));
    o.push(
      path('M1220 600L1240 800L1440 800L1460 600Z', '#f0d27a', { opacity: 0.75 }),
      path('M1224 640L1240 800L1440 800L1456 640Z', '#e3b54a', { opacity: 0.6 }),
    );
    o.push(
      ellipse(1340, 640, 116, 14, '#eec45a'),
      stroke('M1220 600L1240 800L1440 800L1460 600', '#ffffff', 4, { opacity: 0.8 }),
      ellipse(1340, 600, 120, 14, 'none', { stroke: '#ffffff', 'stroke-width': 4, opacity: 0.8 }),
    );
    o.push(
      stroke('M1250 620L1262 780', '#ffffff', 6, { opacity: 0.5 }),
      g(flower(0, 0, 40), { transform: at(1360, 636, 1), opacity: 0.9 }),
    );
    return o;
  },

  'tinh-lute': (c, rng) => {
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
  },

  'memorial-stele': (c, rng) => {
    const o = [
      fullSky(c, [
        [0, '#e2eae2'],
        [1, '#f6efe0'],
      ]),
    ];
    o.push(
      path(
        ridge([
          [0, 480],
          [280, 430],
          [560, 470],
          [860, 410],
          [1180, 460],
          [1600, 420],
        ]),
        '#bccbb4',
      ),
    );
    o.push(
      path(
        ridge([
          [0, 560],
          [300, 520],
          [640, 555],
          [1000, 510],
          [1300, 545],
          [1600, 520],
        ]),
        '#96b088',
      ),
    );
    o.push(
      rect(
        0,
        640,
        W,
        260,
        c.lin([
          [0, '#d9cba6'],
          [1, '#c5b38a'],
        ]),
      ),
    );
    let tiles = '';
    for (let i = 0; i < 4; i++) tiles += D`M0 ${700 + i * 45 + i * i * 6}H${W}`;
    for (let i = -8; i <= 8; i++) tiles += D`M${800 + i * 70} 660L${800 + i * 200} ${H}`;
    o.push(stroke(tiles, '#bba97e', 2, { opacity: 0.7 }));
    // two tall conifers
    const pine = (x: number, base: number, h: number) => {
      const tiers: string[] = [stroke(D`M${x} ${base}V${base - h * 0.3}`, '#5b4736', 14)];
      for (let i = 0; i < 5; i++) {
        const y = base - h * 0.2 - i * h * 0.17;
        const w = h * (0.32 - i * 0.05);
        tiers.push(path(D`M${x - w} ${y}L${x} ${y - h * 0.3}L${x + w} ${y}Z`, i % 2 ? '#3f6b4a' : '#35603f'));
      }
      return tiers;
    };
    o.push(...pine(330, 700, 520), ...pine(1270, 700, 540));
    for (let i = 0; i < 12; i++)
      o.push(crown(rng.range(0, W), rng.range(560, 620), rng.range(22, 36), '#3d6a45', '#4d7d52', '#79a36c'));
    // the stele
    o.push(rect(640, 680, 320, 26, '#c9c1ae'), rect(670, 646, 260, 36, '#d8d1bf'));
    o.push(
      path(
        'M700 648L700 330Q800 276 900 330L900 648Z',
        c.lin(
          [
            [0, '#efebe0'],
            [0.55, '#e1dcce'],
            [0.56, '#cbc4b4'],
            [1, '#c2bba9'],
          ],
          0,
          0,
          1,
          0,
        ),
      ),
    );
    o.push(path('M726 620L726 352Q800 312 874 352L874 620Z', 'none', { stroke: '#b3ab98', 'stroke-width': 4 }));
    o.push(path(starPath(800, 420, 40, 16), C.gold));
    // incense burner and flowers
    o.push(
      path('M740 740C744 790 770 806 800 806C830 806 856 790 860 740Z', '#8a6a3a'),
      ellipse(800, 740, 62, 12, '#a4844c'),
      stroke('M760 800l-10 22M840 800l10 22', '#6b5230', 8),
    );
    o.push(
      stroke('M790 738V660M800 738V652M810 738V660', C.accent, 3),
      stroke('M800 646C790 610 815 590 800 560C790 540 810 520 802 500', '#ffffff', 4, { opacity: 0.6 }),
    );
    for (const x of [600, 1000]) {
      o.push(path(D`M${x - 40} 720L${x - 30} 800L${x + 30} 800L${x + 40} 720Z`, '#a98455'));
      o.push(leaf(x, 720, 70, 16, -140, '#4f8a45'), leaf(x, 720, 70, 16, -40, '#4f8a45'));
      for (let i = 0; i < 9; i++) {
        const fx = x + rng.range(-46, 46);
        const fy = 690 + rng.range(-24, 20);
        o.push(circle(fx, fy, 14, i % 3 === 0 ? '#f5f0e0' : '#e9b93a'), circle(fx, fy, 5, '#c98a24'));
      }
    }
    o.push(bird(1060, 240, 14), bird(1105, 262, 10));
    return o;
  },
};

// ---------------------------------------------------------------------------------------------
// Output
// ---------------------------------------------------------------------------------------------

export function render(name: string): string {
  const scene = scenes[name];
  if (!scene) throw new Error(`Unknown scene ${name}`);
  const c = makeCtx();
  const body = scene(c, prng(name)).join('');
  const defs = c.defs.length ? `<defs>${c.defs.join('')}</defs>` : '';
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}">${defs}${body}</svg>\n`;
}

/** The rules every illustration must keep; returns what is wrong with one file. */
export function problems(svg: string): string[] {
  const out: string[] = [];
  const bytes = Buffer.byteLength(svg);
  if (bytes >= MAX_BYTES) out.push(`${bytes} bytes, more than ${MAX_BYTES}`);
  for (const [re, what] of [
    [/<script/i, 'a script'],
    [/<image/i, 'an embedded image'],
    [/<text|<tspan|<font|font-family/i, 'text'],
    [/<filter|filter=/i, 'a filter'],
    [/<radialGradient|<pattern|<foreignObject/i, 'an effect heavier than a linear gradient'],
    [/(?:href|url\()\s*=?\s*["']?(?!#)[a-z]+:/i, 'an external reference'],
    [/\bNaN\b|undefined/, 'a broken number'],
  ] as const) {
    if (re.test(svg)) out.push(`contains ${what}`);
  }
  return out;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const wanted = process.argv.slice(2);
  const names = wanted.length ? wanted : Object.keys(scenes);
  mkdirSync(OUT_DIR, { recursive: true });
  let failed = false;
  for (const name of names) {
    const svg = render(name);
    const file = join(OUT_DIR, `${name}.svg`);
    writeFileSync(file, svg);
    const issues = problems(svg);
    failed ||= issues.length > 0;
    console.log(
      `${issues.length ? '✗' : '✓'} ${relative(process.cwd(), file)}  ${(Buffer.byteLength(svg) / 1024).toFixed(1)} KB${issues.length ? `  ${issues.join('; ')}` : ''}`,
    );
  }
  if (failed) process.exitCode = 1;
}
