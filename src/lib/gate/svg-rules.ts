/**
 * What an SVG drawing from `content/` may contain: allowlists of elements and attributes, and
 * the checks on attribute values. Everything not listed is refused, so a feature a rasteriser
 * gains later (or an old one nobody remembered) does not become a way in.
 */
import type { GateFinding } from './finding.ts';
import { LIMITS } from './limits.ts';
import type { EditorKey } from '../../i18n/editor.ts';

export const SVG_NS = 'http://www.w3.org/2000/svg';
export const XLINK_NS = 'http://www.w3.org/1999/xlink';
export const XML_NS = 'http://www.w3.org/XML/1998/namespace';

/** Shapes, text, grouping and paint servers: what drawing programs and tools/illustrations/ write. */
export const ELEMENTS = new Set([
  'svg', 'g', 'defs', 'path', 'rect', 'circle', 'ellipse', 'line', 'polyline', 'polygon',
  'text', 'tspan', 'title', 'desc', 'linearGradient', 'radialGradient', 'stop',
  'clipPath', 'mask', 'pattern', 'symbol', 'use', 'filter',
]); // prettier-ignore

/**
 * Refused elements with a message of their own, so the editor learns why (lower-cased names).
 * A Map, not an object literal: `<constructor>` must not find Object.prototype's members.
 */
const REFUSED = new Map<string, EditorKey>([
  ['script', 'svg.script'],
  ['handler', 'svg.script'],
  ['listener', 'svg.script'],
  ['foreignobject', 'svg.embed'],
  ['image', 'svg.embed'],
  ['feimage', 'svg.embed'],
  ['iframe', 'svg.embed'],
  ['embed', 'svg.embed'],
  ['object', 'svg.embed'],
  ['video', 'svg.embed'],
  ['audio', 'svg.embed'],
  ['animate', 'svg.animation'],
  ['set', 'svg.animation'],
  ['animatetransform', 'svg.animation'],
  ['animatemotion', 'svg.animation'],
  ['animatecolor', 'svg.animation'],
  ['discard', 'svg.animation'],
  ['a', 'svg.link'],
  ['style', 'svg.styleElement'],
]);

export function elementKey(localName: string): EditorKey {
  return REFUSED.get(localName.toLowerCase()) ?? 'svg.element';
}

/** Geometry, presentation and accessibility attributes, on any allowed element. */
export const ATTRIBUTES = new Set([
  'id', 'class', 'lang', 'version', 'baseProfile', 'x', 'y', 'x1', 'y1', 'x2', 'y2', 'cx', 'cy',
  'r', 'rx', 'ry', 'fx', 'fy', 'fr', 'width', 'height', 'd', 'points', 'pathLength', 'transform',
  'viewBox', 'preserveAspectRatio', 'dx', 'dy', 'rotate', 'textLength', 'lengthAdjust', 'offset',
  'gradientUnits', 'gradientTransform', 'spreadMethod', 'patternUnits', 'patternContentUnits',
  'patternTransform', 'clipPathUnits', 'maskUnits', 'maskContentUnits', 'filterUnits',
  'primitiveUnits', 'refX', 'refY', 'style', 'fill', 'fill-opacity', 'fill-rule', 'stroke',
  'stroke-width', 'stroke-opacity', 'stroke-linecap', 'stroke-linejoin', 'stroke-miterlimit',
  'stroke-dasharray', 'stroke-dashoffset', 'opacity', 'clip-path', 'clip-rule', 'mask', 'filter',
  'color', 'display', 'visibility', 'overflow', 'stop-color', 'stop-opacity', 'font-family',
  'font-size', 'font-weight', 'font-style', 'font-variant', 'font-stretch', 'text-anchor',
  'dominant-baseline', 'alignment-baseline', 'baseline-shift', 'letter-spacing', 'word-spacing',
  'text-decoration', 'writing-mode', 'direction', 'unicode-bidi', 'paint-order', 'vector-effect',
  'shape-rendering', 'text-rendering', 'color-interpolation', 'color-interpolation-filters',
  'isolation', 'mix-blend-mode', 'role', 'aria-label', 'aria-labelledby', 'aria-describedby',
  'aria-hidden',
]); // prettier-ignore

/** The only elements whose `href` is followed: clones and paint-server inheritance, never a fetch. */
export const HREF_ELEMENTS = new Set(['use', 'linearGradient', 'radialGradient', 'pattern']);

/** `#id` and nothing else: no scheme, no file, no whitespace a URL parser would strip. */
export const LOCAL_REF = /^#[\p{L}_][\p{L}\p{N}_.:-]*$/u;

/**
 * CSS in `style` and in presentation attributes (librsvg parses both as CSS values). `url()` may
 * only name an element of the same drawing; other resource functions, at-rules (`@import`),
 * `expression()` and backslash escapes (which could spell `url` in disguise) are never needed.
 */
export function cssValueKey(value: string): 'svg.url' | 'svg.css' | undefined {
  if (/[\\@]|expression\s*\(/i.test(value)) return 'svg.css';
  if (/(?:image|image-set|cross-fade|element|src|paint)\s*\(/i.test(value)) return 'svg.url';
  // Any url( not followed by a quoted or bare #id and its closing parenthesis.
  return /url\s*\((?!\s*(["']?)#[\p{L}_][\p{L}\p{N}_.:-]*\1\s*\))/iu.test(value) ? 'svg.url' : undefined;
}

const PREDEFINED = new Map([
  ['lt', '<'],
  ['gt', '>'],
  ['amp', '&'],
  ['quot', '"'],
  ['apos', "'"],
]);

/**
 * Attribute values and text as the rasteriser will read them: the five predefined entities and
 * character references decoded, so `&#106;avascript:` is judged as `javascript:`. Any other
 * reference could only come from a DTD, which is refused, so it is returned as an error (its
 * name, made safe to print) instead of being expanded.
 */
export function decodeXml(raw: string): { value: string } | { entity: string } {
  let bad: string | undefined;
  const value = raw.replace(/&([^;&\s]{0,32});?/g, (whole, ref: string) => {
    const code = /^#x[0-9a-f]{1,6}$/i.test(ref)
      ? parseInt(ref.slice(2), 16)
      : /^#[0-9]{1,7}$/.test(ref)
        ? Number(ref.slice(1))
        : undefined;
    if (whole.endsWith(';') && PREDEFINED.has(ref)) return PREDEFINED.get(ref)!;
    if (whole.endsWith(';') && code !== undefined && validCodePoint(code)) return String.fromCodePoint(code);
    bad ??= `&${ref.replace(/[^\w#.:-]/g, '?')};`;
    return whole;
  });
  return bad === undefined ? { value } : { entity: bad };
}

/** XML 1.0 Char: no NUL or other C0 controls besides tab/LF/CR, no surrogates, no U+FFFE/FFFF. */
function validCodePoint(c: number): boolean {
  if (c === 0x9 || c === 0xa || c === 0xd) return true;
  return (c >= 0x20 && c <= 0xd7ff) || (c >= 0xe000 && c <= 0xfffd) || (c >= 0x10000 && c <= 0x10ffff);
}

/** A length as librsvg sizes the canvas: plain or px numbers, or absolute units at 96 dpi. */
const UNIT_PX: Record<string, number> = { '': 1, px: 1, in: 96, cm: 96 / 2.54, mm: 96 / 25.4, pt: 4 / 3, pc: 16 };

export function lengthPx(value: string | undefined): number | undefined {
  const m = /^\s*([0-9]*\.?[0-9]+(?:e[+-]?\d+)?)\s*(px|in|cm|mm|pt|pc)?\s*$/i.exec(value ?? '');
  return m ? Number(m[1]) * UNIT_PX[(m[2] ?? '').toLowerCase()]! : undefined;
}

/**
 * libxml2 honours the declared encoding: `encoding="UTF-7"` would turn `+ADw-script+AD4-`, plain
 * text to this gate, into a `<script>` element for the rasteriser. Only what we parse is allowed.
 */
export function declarationFindings(attrs: Record<string, string>): GateFinding[] {
  const findings: GateFinding[] = [];
  if (attrs.version !== undefined && attrs.version !== '1.0')
    findings.push({ key: 'svg.declaration', params: { name: 'version' } });
  if (attrs.encoding !== undefined && !/^utf-8$/i.test(attrs.encoding))
    findings.push({ key: 'svg.declaration', params: { name: 'encoding' } });
  return findings;
}

/** The canvas librsvg allocates: width/height on the root, else its viewBox. Same bounds as rasters. */
export function canvasFindings(attr: (name: string) => string): GateFinding[] {
  const box = attr('viewBox')
    .trim()
    .split(/[\s,]+/);
  const width = lengthPx(attr('width')) ?? lengthPx(box[2]);
  const height = lengthPx(attr('height')) ?? lengthPx(box[3]);
  if (width === undefined || height === undefined) return [];
  if (Math.max(width, height) <= LIMITS.side && width * height <= LIMITS.pixels) return [];
  const [w, h] = [Math.round(width), Math.round(height)];
  const params = { width: w, height: h, maxSide: LIMITS.side, maxMegapixels: LIMITS.pixels / 1e6 };
  return [{ key: 'svg.dimensions', params }];
}
