/** What a detail page offers to read next (src/lib/related.ts). */
import { describe, expect, it } from 'vitest';
import { relatedEntries } from '../../src/lib/related.ts';
import { buildSiteModel, type Entry } from '../../src/lib/site-model.ts';
import { entry, NOW } from './fixtures.ts';

const day = (d: string) => new Date(`2025-${d}T00:00:00Z`);
const model = buildSiteModel(
  {
    articles: [
      entry('vi/a', { kind: 'news', anniversary: 'quoc-khanh', tags: ['ATK'], publishAt: day('08-01') }),
      entry('vi/b', { kind: 'news', anniversary: 'quoc-khanh', publishAt: day('01-01') }),
      entry('vi/c', { kind: 'news', tags: ['atk', 'Định Hóa'], publishAt: day('02-01') }),
      entry('vi/d', { kind: 'news', tags: ['Định Hóa'], publishAt: day('07-01') }),
      entry('vi/e', { kind: 'news', publishAt: day('06-01') }),
      entry('en/f', { kind: 'news', anniversary: 'quoc-khanh', publishAt: day('03-01') }),
      entry('vi/draft', { kind: 'news', anniversary: 'quoc-khanh', draft: true }),
    ],
    pages: [entry('vi/about'), entry('vi/contact')],
  },
  [],
  NOW,
);
const slugs = (list: Entry[]) => list.map((e) => e.slug);
const get = (slug: string) => model.get('articles', 'vi', slug)!;

describe('related entries', () => {
  it('puts articles marking the same anniversary first, then shared tags (any case), then the newest', () => {
    expect(slugs(relatedEntries(get('a'), model))).toEqual(['b', 'c', 'd']);
    expect(slugs(relatedEntries(get('c'), model))).toEqual(['a', 'd', 'e']);
  });
  it('never offers the entry itself, another language, a draft, or more than asked', () => {
    const related = relatedEntries(get('b'), model, 10);
    expect(slugs(related)).toEqual(['a', 'd', 'e', 'c']);
    expect(related.every((e) => e.locale === 'vi')).toBe(true);
  });
  it('offers nothing under the site’s own pages', () => {
    expect(relatedEntries(model.get('pages', 'vi', 'about')!, model)).toEqual([]);
  });
});
