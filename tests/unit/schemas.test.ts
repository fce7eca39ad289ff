import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content-checks.ts';
import { calendarSchema, planItemSchema } from '../../src/schemas/calendar.ts';
import { anniversarySchema, articleSchema, heritageSchema, productSchema } from '../../src/schemas/collections.ts';
import { pathImage } from '../../src/schemas/fields.ts';
import { contentFolders } from './support/content-folder.ts';

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

describe('plan items: deadline, assignee and review date', () => {
  const item = {
    id: 'ocop-2026',
    title: 'Quảng bá sản phẩm OCOP',
    window: { start: '2026-01-05', end: '2026-12-31' },
    lead: 'Sở Nông nghiệp và Môi trường',
    channels: ['website'],
    status: 'in-progress',
  };
  it('refuses a second item with the same id, naming the second', () => {
    const r = calendarSchema().safeParse({ year: 2026, items: [item, { ...item }] });
    expect(r.error?.issues.map((i) => i.path.join('.'))).toEqual(['items.1.id']);
  });
  it('accepts `due`, `assignee` and `reviewBy`, all optional, and keeps the dates as written', () => {
    const fields = { due: '2026-03-01', assignee: ' Sở Nông nghiệp và Môi trường ', reviewBy: '2026-12-15' };
    const r = planItemSchema().safeParse({ ...item, ...fields });
    expect(r.success && [r.data.due, r.data.assignee, r.data.reviewBy]).toEqual([
      '2026-03-01',
      'Sở Nông nghiệp và Môi trường',
      '2026-12-15',
    ]);
    expect(planItemSchema().safeParse(item).success).toBe(true);
  });
  it('rejects a due or review date that does not exist, or is not written YYYY-MM-DD', () => {
    expect(problems(planItemSchema(), { ...item, due: '2026-02-30' })).toEqual([
      'due: "2026-02-30" is not a real date written as YYYY-MM-DD.',
    ]);
    expect(problems(planItemSchema(), { ...item, reviewBy: '15/12/2026' })).toEqual([
      'reviewBy: "15/12/2026" is not a real date written as YYYY-MM-DD.',
    ]);
    expect(problems(planItemSchema(), { ...item, assignee: ' ' })).toHaveLength(1);
    expect(problems(planItemSchema(), { ...item, assignee: ' ' })[0]).toMatch(/^assignee: /);
  });

  const folders = contentFolders('plan-due');
  afterAll(folders.cleanup);
  it('stops the content gate on a bad `due`, naming the file, the field and how to write it', async () => {
    const root = folders.folder({
      'calendar/2026.yaml': [
        'year: 2026',
        'items:',
        '  - id: ocop-2026',
        '    title: Quảng bá sản phẩm OCOP',
        '    date: 2026-03-01',
        '    lead: Sở Nông nghiệp và Môi trường',
        '    channels: [website]',
        '    status: planned',
        '    due: 2026-02-30',
        '    assignee: Sở Nông nghiệp và Môi trường',
        '',
      ].join('\n'),
    });
    const { problems: found } = await checkContent(root, { now: new Date('2026-01-01T00:00:00Z') });
    expect(found.map((p) => [p.file.replace(root, ''), p.field, p.message, p.severity])).toEqual([
      ['/calendar/2026.yaml', 'items.0.due', '"2026-02-30" is not a real date written as YYYY-MM-DD.', 'error'],
    ]);
    expect(calendarSchema().safeParse({ year: 2026, items: [{ ...item, due: '2026-02-28' }] }).success).toBe(true);
  });
});
