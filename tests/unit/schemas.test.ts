import { describe, expect, it } from 'vitest';
import { anniversarySchema, articleSchema, heritageSchema, productSchema } from '../../src/schemas/collections.ts';
import { pathImage } from '../../src/schemas/fields.ts';

const base = { title: 'T', description: 'D', publishAt: '2025-06-01T08:00:00+07:00' };
const product = {
  ...base,
  stars: 4,
  certifiedYear: 2024,
  category: 'drinks',
  producer: { name: 'HTX' },
  commune: 'Tân Cương',
};
/** The fields zod complains about, with their messages. */
function problems(
  schema: {
    safeParse(v: unknown): { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } };
  },
  value: unknown,
) {
  const r = schema.safeParse(value);
  return r.success ? [] : r.error!.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('collection schemas', () => {
  it('accepts a valid product and turns dates into instants', () => {
    const r = productSchema(pathImage).safeParse(product);
    expect(r.success).toBe(true);
    expect(r.success && r.data.publishAt.toISOString()).toBe('2025-06-01T01:00:00.000Z');
    expect(r.success && r.data.draft).toBe(false);
  });
  it('rejects an OCOP rating outside 3–5, naming the field', () => {
    expect(problems(productSchema(pathImage), { ...product, stars: 6 })).toEqual([
      'stars: OCOP ratings are 3, 4 or 5 stars.',
    ]);
  });
  it('names a missing required field', () => {
    const { title: _title, ...untitled } = base;
    expect(problems(articleSchema(pathImage), { ...untitled, kind: 'news' }).join('\n')).toMatch(/^title: /m);
  });
  it('rejects an impossible publication date, naming the field', () => {
    expect(
      problems(articleSchema(pathImage), { ...base, kind: 'news', publishAt: '2025-02-30T08:00:00+07:00' }),
    ).toEqual(['publishAt: 2025-02-30 does not exist in the calendar (check the day and month).']);
  });
  it('rejects unknown fields, including `slug`', () => {
    expect(problems(articleSchema(pathImage), { ...base, kind: 'news', slug: 'x' }).join()).toMatch(/slug/);
  });
  it('requires the claim of a rebuttal', () => {
    expect(problems(articleSchema(pathImage), { ...base, kind: 'rebuttal' })[0]).toMatch(/^claim: A rebuttal needs/);
  });
  it('requires alt text with a cover image', () => {
    expect(
      problems(heritageSchema(pathImage), {
        ...base,
        type: 'relic',
        location: { commune: 'X' },
        cover: { src: './a.jpg' },
      })[0],
    ).toMatch(/^cover\.alt: /);
  });
  it('requires an anniversary name in every language of the locale table', () => {
    const r = problems(anniversarySchema(), {
      date: '1945-09-02',
      category: 'national',
      name: { vi: 'Quốc khánh', en: 'National Day', zh: '国庆' },
    });
    expect(r).toEqual([expect.stringMatching(/^name\.ko: /)]);
    expect(
      problems(anniversarySchema(), { category: 'festival', name: { vi: 'a', en: 'a', zh: 'a', ko: 'a' } })[0],
    ).toMatch(/^date: Give either/);
  });
});
