/** The table of contents of long pages (src/lib/toc.ts). */
import { describe, expect, it } from 'vitest';
import { tableOfContents } from '../../src/lib/toc.ts';

const h = (depth: number, slug: string) => ({ depth, slug, text: ` ${slug} ` });

describe('table of contents', () => {
  it('lists the h2 headings of a page with three or more, linked to their ids', () => {
    expect(tableOfContents([h(2, 'a'), h(3, 'a-1'), h(2, 'b'), h(2, 'c')])).toEqual([
      { url: '#a', label: 'a' },
      { url: '#b', label: 'b' },
      { url: '#c', label: 'c' },
    ]);
  });
  it('gives nothing under three h2 headings, however many h3 there are', () => {
    expect(tableOfContents([h(2, 'a'), h(3, 'b'), h(3, 'c'), h(3, 'd'), h(2, 'e')])).toEqual([]);
    expect(tableOfContents([])).toEqual([]);
  });
  it('skips headings without an id or text', () => {
    expect(tableOfContents([h(2, 'a'), h(2, 'b'), { depth: 2, slug: '', text: 'x' }])).toEqual([]);
  });
});
