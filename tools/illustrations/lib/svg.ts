/**
 * The canvas size and the element builders every scene draws with. Each builder returns the
 * element as a string, so a scene is just an array of strings joined in paint order.
 */

/** Canvas size in user units; every scene is drawn for this 16:9 frame. */
export const W = 1600;
export const H = 900;

export type Pt = readonly [number, number];
export type Attrs = Record<string, string | number | undefined>;

/** Numbers with at most one decimal, so the files stay small and stable. */
export const n = (v: number): string => {
  const r = Math.round(v * 10) / 10;
  return Object.is(r, -0) ? '0' : String(r);
};

/** Tagged template for path data: every interpolated number is rounded. */
export const D = (strings: TemplateStringsArray, ...values: number[]): string =>
  strings.reduce((acc, s, i) => acc + s + (i < values.length ? n(values[i]!) : ''), '');

const attrs = (a: Attrs): string =>
  Object.entries(a)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => ` ${k}="${typeof v === 'number' ? n(v) : v}"`)
    .join('');

export const tag = (name: string, a: Attrs, inner?: string): string =>
  inner === undefined ? `<${name}${attrs(a)}/>` : `<${name}${attrs(a)}>${inner}</${name}>`;

export const rect = (x: number, y: number, w: number, h: number, fill: string, extra: Attrs = {}) =>
  tag('rect', { x, y, width: w, height: h, fill, ...extra });
export const circle = (cx: number, cy: number, r: number, fill: string, extra: Attrs = {}) =>
  tag('circle', { cx, cy, r, fill, ...extra });
export const ellipse = (cx: number, cy: number, rx: number, ry: number, fill: string, extra: Attrs = {}) =>
  tag('ellipse', { cx, cy, rx, ry, fill, ...extra });
export const path = (d: string, fill: string, extra: Attrs = {}) => tag('path', { d, fill, ...extra });
export const stroke = (d: string, color: string, width: number, extra: Attrs = {}) =>
  tag('path', {
    d,
    fill: 'none',
    stroke: color,
    'stroke-width': width,
    'stroke-linecap': 'round',
    'stroke-linejoin': 'round',
    ...extra,
  });
export const g = (inner: string | string[], a: Attrs = {}) =>
  tag('g', a, Array.isArray(inner) ? inner.join('') : inner);
export const at = (x: number, y: number, s = 1, rot = 0) =>
  `translate(${n(x)} ${n(y)})${rot ? ` rotate(${n(rot)})` : ''}${s !== 1 ? ` scale(${n(s)})` : ''}`;
