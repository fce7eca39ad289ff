/**
 * Compile-time guarantees of the UI-string keys, checked by `tsc` through vitest's typecheck
 * (vitest.config.ts, unit project). Each `@ts-expect-error` must be an error, or the run fails.
 */
import { describe, expectTypeOf, it } from 'vitest';
import {
  enumLabel,
  pluralTemplates,
  type CardinalKey,
  type KeyOf,
  type LabelValue,
  type OrdinalKey,
  type PlainKey,
  type Translate,
  type UIKey,
} from '../../src/i18n/ui.ts';

declare const t: Translate;

describe('UI keys', () => {
  it('accepts known keys and refuses unknown ones', () => {
    expectTypeOf(t('site.home')).toEqualTypeOf<string>();
    expectTypeOf<'site.home'>().toExtend<UIKey>();
    // @ts-expect-error: no such key
    t('site.hmoe');
    expectTypeOf<'site.hmoe'>().not.toExtend<UIKey>();
  });

  it('takes plural keys by their base key, with a numeric count', () => {
    expectTypeOf<'search.results'>().toExtend<CardinalKey>();
    expectTypeOf<'anniversary.ordinal'>().toExtend<OrdinalKey>();
    expectTypeOf<'anniversary.ordinal'>().not.toExtend<CardinalKey>();
    t('search.results', { count: 2, query: 'trà' });
    t('anniversary.ordinal', { count: 80 });
    t('anniversary.ordinal', { count: 80, ordinal: true });
    // @ts-expect-error: a plural key needs its count
    t('search.results');
    // @ts-expect-error: a plural key needs its count
    t('anniversary.ordinal', {});
    // @ts-expect-error: the count is a number
    t('search.results', { count: '2', query: 'trà' });
    // @ts-expect-error: a cardinal key has no ordinal forms
    t('search.results', { count: 2, query: 'trà', ordinal: true });
  });

  it('does not let callers name a plural form', () => {
    expectTypeOf<'search.results_other'>().not.toExtend<UIKey>();
    expectTypeOf<'anniversary.ordinal_ordinal_other'>().not.toExtend<UIKey>();
    // @ts-expect-error: callers write the base key
    t('search.results_other', { count: 2, query: 'trà' });
    // @ts-expect-error: callers write the base key
    t('anniversary.ordinal_ordinal_one', { count: 1 });
  });

  it('keeps plain keys plain, values optional', () => {
    expectTypeOf<'search.results' | 'anniversary.ordinal'>().not.toExtend<PlainKey>();
    t('heritage.rankedIn', { year: 2024 });
    t('product.stars', { count: 5 });
    // A key cast to UIKey (the old call sites) still compiles.
    t('site.home' as UIKey);
  });

  it('types enum labels: a value without a UI string does not compile', () => {
    type Collection = 'articles' | 'heritage' | 'products';
    expectTypeOf<KeyOf<'collection.', Collection>>().toExtend<UIKey>();
    expectTypeOf<'articles'>().toExtend<LabelValue<'collection.'>>();
    expectTypeOf<'articles'>().toExtend<LabelValue<'list.', '.intro'>>();
    const c = 'heritage' as Collection;
    expectTypeOf(enumLabel(t, 'collection.', c)).toEqualTypeOf<string>();
    enumLabel(t, 'list.', c, '.intro');
    enumLabel(t, 'calendar.weight.', 'greatest' as 'greatest' | 'major' | 'round');

    type WithNewValue = Collection | 'recipes';
    expectTypeOf<KeyOf<'collection.', WithNewValue>>().not.toExtend<UIKey>();
    // @ts-expect-error: collection.recipes has no UI string
    enumLabel(t, 'collection.', 'recipes' as WithNewValue);
    // @ts-expect-error: list.calendar.intro has no UI string
    enumLabel(t, 'list.', 'calendar', '.intro');
    // @ts-expect-error: a plain string is not an enum
    enumLabel(t, 'collection.', 'heritage' as string);
    // @ts-expect-error: plural keys are not labels
    enumLabel(t, 'search.', 'results');
  });

  it('gives client scripts the plural forms of cardinal keys only', () => {
    expectTypeOf(pluralTemplates('en', 'search.results', { query: '{query}' }).other).toEqualTypeOf<string>();
    // @ts-expect-error: not a cardinal key
    pluralTemplates('en', 'anniversary.ordinal');
    // @ts-expect-error: not a cardinal key
    pluralTemplates('en', 'site.home');
  });
});
