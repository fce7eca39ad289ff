/**
 * Entries are a discriminated union typed from the zod schemas (src/lib/site-model.ts): checking
 * `collection` narrows `data` to that collection's fields, and a field that does not exist, or
 * a value outside an enum, is a compile error. Checked by tsc through vitest's typecheck.
 */
import { describe, expectTypeOf, it } from 'vitest';
import type { EntryData } from '../../src/schemas/collections.ts';
import type { Entry, EntryOf, SiteModel } from '../../src/lib/site-model.ts';
import type { Route } from '../../src/lib/routing.ts';
import type { ViewModel } from '../../src/lib/route-views.ts';

declare const entry: Entry;
declare const model: SiteModel;

describe('entry types', () => {
  it('narrows data by collection', () => {
    if (entry.collection === 'products') {
      expectTypeOf(entry.data.stars).toEqualTypeOf<3 | 4 | 5>();
      expectTypeOf(entry.data.category).toEqualTypeOf<EntryData<'products'>['category']>();
    }
    if (entry.collection === 'articles') {
      expectTypeOf(entry.data.kind).toEqualTypeOf<'news' | 'feature' | 'press-release' | 'rebuttal'>();
      expectTypeOf(entry.data.anniversary).toEqualTypeOf<string | undefined>();
    }
    // @ts-expect-error: `stars` exists on products only
    void entry.data.stars;
  });

  it('keeps the fields every collection shares, typed after parsing', () => {
    expectTypeOf(entry.data.title).toEqualTypeOf<string>();
    expectTypeOf(entry.data.publishAt).toEqualTypeOf<Date>();
    expectTypeOf(entry.data.tags).toEqualTypeOf<string[]>();
    // @ts-expect-error: a typo of a schema field is an error, not `undefined` at run time
    void entry.data.publishedAt;
  });

  it('returns entries of the collection asked for', () => {
    expectTypeOf(model.entries('heritage', 'vi')).toEqualTypeOf<EntryOf<'heritage'>[]>();
    expectTypeOf(model.articlesFor('quoc-khanh', 'en')[0]!.data.kind).toEqualTypeOf<EntryData<'articles'>['kind']>();
    // @ts-expect-error: there is no such collection
    model.entries('events', 'vi');
  });

  it('pairs every route kind with a view model of the same kind (a filtered list is a list)', () => {
    expectTypeOf<ViewModel['kind']>().toEqualTypeOf<Exclude<Route['kind'], 'filter'>>();
  });
});
