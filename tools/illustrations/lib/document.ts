/** Wraps a scene into a complete SVG file and checks it against the illustration rules. */
import { W, H } from './svg.ts';
import { makeCtx, type Scene } from './context.ts';
import { prng } from './prng.ts';

/** Keeps each file light enough to commit and to rasterise quickly at build time. */
export const MAX_BYTES = 40 * 1024;

/** The finished SVG for one scene; the PRNG is seeded from `name`, so the output is stable. */
export function renderSvg(name: string, scene: Scene): string {
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
