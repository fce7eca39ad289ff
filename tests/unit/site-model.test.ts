import { describe, expect, it } from 'vitest';
import { buildSiteModel, splitId } from '../../src/lib/site-model.ts';
import { isPublished, nextChange, publicationState } from '../../src/lib/publication.ts';
import { entry, NOW } from './fixtures.ts';

describe('publication rule', () => {
  const at = (iso: string) => new Date(iso);
  it('never publishes drafts, holds future entries, withdraws expired ones', () => {
    expect(publicationState({ draft: true }, NOW)).toBe('draft');
    expect(publicationState({ publishAt: at('2025-09-01T00:00:01Z') }, NOW)).toBe('scheduled');
    expect(
      publicationState({ publishAt: at('2025-01-01T00:00:00Z'), expiresAt: at('2025-09-01T00:00:00Z') }, NOW),
    ).toBe('expired');
    expect(publicationState({ publishAt: at('2025-09-01T00:00:00Z') }, NOW)).toBe('published');
  });
  it('lifts an 08:00+07:00 embargo exactly at 01:00:00Z', () => {
    const embargo = { publishAt: at('2025-06-01T01:00:00Z') };
    expect(isPublished(embargo, at('2025-06-01T00:59:59Z'))).toBe(false);
    expect(isPublished(embargo, at('2025-06-01T01:00:00Z'))).toBe(true);
  });
});

describe('site model', () => {
  const model = buildSiteModel(
    {
      articles: [
        entry('vi/old', { publishAt: new Date('2025-01-01T00:00:00Z'), anniversary: 'quoc-khanh' }),
        entry('vi/new', { publishAt: new Date('2025-08-01T00:00:00Z') }),
        entry('vi/draft', { draft: true }),
        entry('en/old', { publishAt: new Date('2025-01-01T00:00:00Z') }),
      ],
    },
    [
      { id: 'b', data: { date: '2000-01-01', category: 'local', name: {} } },
      { id: 'a', data: { date: '2000-01-01', category: 'local', name: {}, draft: true } },
    ],
    NOW,
  );
  it('lists published entries newest first', () => {
    expect(model.entries('articles', 'vi').map((e) => e.slug)).toEqual(['new', 'old']);
    expect(model.get('articles', 'vi', 'draft')).toBeUndefined();
  });
  it('groups translations by slug in locale-table order', () => {
    const en = model.get('articles', 'en', 'old')!;
    expect(model.translations(en).map((e) => e.locale)).toEqual(['vi', 'en']);
  });
  it('keeps draft anniversaries out and finds articles about an anniversary', () => {
    expect(model.anniversaries.map((a) => a.id)).toEqual(['b']);
    expect(model.articlesFor('quoc-khanh', 'vi').map((e) => e.slug)).toEqual(['old']);
  });
  it('names the file to move when an entry is not in a language folder', () => {
    expect(splitId('en/x')).toEqual({ locale: 'en', slug: 'x' });
    expect(() => splitId('x')).toThrow(
      expect.objectContaining({
        message: expect.stringMatching(/not at <language>\/<slug>/),
        hint: expect.stringMatching(/Move the file into a language folder/),
      }),
    );
    expect(() => splitId('fr/x')).toThrow(/not at <language>\/<slug>/);
  });
});

describe('next scheduled change', () => {
  const e = (id: string, data: Record<string, unknown>) => ({
    id,
    data: data as { publishAt?: Date; expiresAt?: Date; draft?: boolean },
  });
  it('finds the earliest future publishAt or expiresAt, ignoring drafts', () => {
    const entries = [
      e('a', { publishAt: new Date('2025-10-01T00:00:00Z') }),
      e('b', { publishAt: new Date('2025-01-01T00:00:00Z'), expiresAt: new Date('2025-09-15T00:00:00Z') }),
      e('c', { publishAt: new Date('2025-09-02T00:00:00Z'), draft: true }),
    ];
    const next = nextChange(entries, NOW);
    expect([next?.entry.id, next?.event, next?.at.toISOString()]).toEqual(['b', 'expire', '2025-09-15T00:00:00.000Z']);
    expect(nextChange([entries[2]!], NOW)).toBeUndefined();
  });
});
