/** Previous and next within a section (src/lib/prev-next.ts). */
import { describe, expect, it } from 'vitest';
import { neighbours, prevNext } from '../../src/lib/prev-next.ts';

const list = ['/a/', '/b/', '/c/'].map((url) => ({ url, label: url.slice(1, 2) }));

describe('previous and next', () => {
  it('gives the neighbours in list order', () => {
    expect(prevNext(list, '/b/')).toEqual({ prev: list[0], next: list[2] });
  });
  it('has no previous on the first item and no next on the last', () => {
    expect(prevNext(list, '/a/')).toEqual({ prev: undefined, next: list[1] });
    expect(prevNext(list, '/c/')).toEqual({ prev: list[1], next: undefined });
  });
  it('gives nothing for a page that is not in the list, or a list of one', () => {
    expect(prevNext(list, '/x/')).toEqual({});
    expect(prevNext([list[0]!], '/a/')).toEqual({ prev: undefined, next: undefined });
  });
  it('links only the two neighbours of an item, by identity, with the same answer as the URL lookup', () => {
    const entries = ['a', 'b', 'c', 'd'].map((slug) => ({ slug }));
    const linked: string[] = [];
    const link = (e: { slug: string }) => (linked.push(e.slug), { url: `/${e.slug}/`, label: e.slug });
    expect(neighbours(entries, entries[1]!, link)).toEqual(prevNext(list, '/b/'));
    expect(linked).toEqual(['a', 'c']);
    expect(neighbours(entries, entries[3]!, link)).toEqual({ prev: { url: '/c/', label: 'c' }, next: undefined });
    expect(neighbours(entries, { slug: 'b' }, link)).toEqual({});
  });
});
