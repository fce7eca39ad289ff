/** What a detail page offers to read next (src/lib/related.ts): explicit links first. */
import { describe, expect, it } from 'vitest';
import { useTranslations } from '../../src/i18n/ui.ts';
import { LOCALES } from '../../src/i18n/locales.ts';
import { upcoming } from '../../src/lib/anniversaries.ts';
import { loadContent } from '../../src/lib/content-validate.ts';
import { explicitLinks } from '../../src/lib/related-ties.ts';
import { relatedItems, relatedLinks, type RelatedItem } from '../../src/lib/related.ts';
import { buildSiteModel, type Entry, type SiteModel } from '../../src/lib/site-model.ts';
import { COLLECTIONS } from '../../src/schemas/collections.ts';
import { entry, NOW } from './fixtures.ts';

const day = (d: string) => new Date(`2025-${d}T00:00:00Z`);
const model = buildSiteModel(
  {
    heritage: [
      entry('vi/den-duom', {
        type: 'relic',
        anniversary: 'le-hoi-den-duom',
        location: { commune: 'Phú Lương', area: 'Huyện Phú Lương cũ' },
        publishAt: day('01-05'),
      }),
      entry('vi/che', { type: 'intangible', location: { commune: 'Tân Cương, Đại Phúc' }, publishAt: day('01-04') }),
      entry('vi/atk', { type: 'relic', location: { commune: 'Phú Đình' }, tags: ['ATK'], publishAt: day('01-03') }),
      entry('vi/tin-keo', { type: 'relic', location: { commune: 'Phú Đình' }, publishAt: day('01-02') }),
      // Scheduled: after NOW. Linked from an article, it must still never be offered.
      entry('vi/sap-mo', { type: 'scenic', location: { commune: 'Ba Bể' }, publishAt: new Date('2030-01-01') }),
      entry('en/den-duom', { type: 'relic', anniversary: 'le-hoi-den-duom', location: { commune: 'Phu Luong' } }),
    ],
    articles: [
      entry('vi/du-lich', { kind: 'feature', heritage: ['den-duom', 'che', 'sap-mo'], publishAt: day('03-01') }),
      entry('vi/le-hoi', { kind: 'news', anniversary: 'le-hoi-den-duom', heritage: [], publishAt: day('02-01') }),
      entry('vi/thong-cao', { kind: 'press-release', partner: 'gyeong', heritage: [], publishAt: day('01-01') }),
      entry('vi/atk-tin', { kind: 'news', tags: ['atk'], heritage: [], publishAt: day('04-01') }),
      entry('vi/moi-nhat', { kind: 'news', heritage: [], publishAt: day('08-01') }),
    ],
    products: [
      entry('vi/che-tan-cuong', { commune: 'Tân Cương', heritage: [], publishAt: day('05-01') }),
      entry('vi/che-hao-dat', { commune: 'Minh Lập', heritage: ['che'], publishAt: day('05-02') }),
    ],
    partners: [
      entry('vi/gyeong', {
        country: 'KR',
        region: 'Gyeongsangbuk-do',
        relationship: 'memorandum',
        anniversary: 'han-quoc',
      }),
    ],
    pages: [entry('vi/about'), entry('vi/contact')],
  },
  [
    {
      id: 'le-hoi-den-duom',
      data: { lunar: { month: 1, day: 6 }, category: 'festival', name: { vi: 'Lễ hội Đền Đuổm' } },
    },
    { id: 'long-tong', data: { lunar: { month: 1, day: 10 }, category: 'festival', name: { vi: 'Lồng Tồng' } } },
    { id: 'quoc-khanh', data: { date: '1945-09-02', category: 'national', name: { vi: 'Quốc khánh' } } },
    { id: 'han-quoc', data: { date: '1992-12-22', category: 'diplomatic', name: { vi: 'Việt Nam – Hàn Quốc' } } },
  ],
  NOW,
);
const keys = (list: RelatedItem[]) =>
  list.map((i) => (i.kind === 'entry' ? `${i.entry.collection}/${i.entry.slug}` : `anniversaries/${i.anniversary.id}`));
const of = (collection: 'heritage' | 'articles' | 'products' | 'partners' | 'pages', slug: string, count?: number) =>
  keys(relatedItems({ kind: 'entry', entry: model.get(collection, 'vi', slug)! }, model, 'vi', count));

describe('related items', () => {
  it('links a heritage site to the articles about it and its festival, both ways, before anything else', () => {
    const related = of('heritage', 'den-duom');
    // Explicit both ways (the article names the site, the site names its festival), then the
    // article marking the same festival, then the rest of the section.
    expect(related.slice(0, 3)).toEqual(['articles/du-lich', 'anniversaries/le-hoi-den-duom', 'articles/le-hoi']);
    expect(related.slice(3)).toEqual(['heritage/che', 'heritage/atk', 'heritage/tin-keo']);
  });
  it('links an anniversary to the articles that mark it and the sites that keep it, then its kind', () => {
    const a = model.anniversary('le-hoi-den-duom')!;
    expect(keys(relatedItems({ kind: 'anniversary', anniversary: a }, model, 'vi'))).toEqual([
      'articles/le-hoi',
      'heritage/den-duom',
      'anniversaries/long-tong',
      // Then the soonest of the others (NOW is 1 September 2025).
      'anniversaries/quoc-khanh',
      'anniversaries/han-quoc',
    ]);
  });
  it('links a product to the heritage of its commune, a partner to its press release and relations day', () => {
    expect(of('products', 'che-tan-cuong')[0]).toBe('heritage/che'); // same place, no explicit link
    expect(of('products', 'che-hao-dat').slice(0, 2)).toEqual(['heritage/che', 'articles/du-lich']);
    expect(of('partners', 'gyeong').slice(0, 2)).toEqual(['articles/thong-cao', 'anniversaries/han-quoc']);
    const relations = model.anniversary('han-quoc')!;
    expect(keys(relatedItems({ kind: 'anniversary', anniversary: relations }, model, 'vi'))[0]).toBe('partners/gyeong');
  });
  it('ranks shared tags (any case) and shared places above the newest of the section', () => {
    expect(of('heritage', 'atk').slice(0, 2)).toEqual(['heritage/tin-keo', 'articles/atk-tin']);
  });
  it('never offers the entry itself, another language, or an entry not yet published', () => {
    const related = of('articles', 'du-lich', 50);
    expect(related).not.toContain('articles/du-lich');
    expect(related).not.toContain('heritage/sap-mo');
    const items = relatedItems({ kind: 'entry', entry: model.get('heritage', 'vi', 'den-duom')! }, model, 'vi', 50);
    expect(items.every((i) => i.kind === 'anniversary' || i.entry.locale === 'vi')).toBe(true);
  });
  it('fills a page with no ties from its own section, then the newest articles, up to the count', () => {
    expect(of('pages', 'contact')).toEqual([
      'pages/about',
      'articles/moi-nhat',
      'articles/atk-tin',
      'articles/du-lich',
      'articles/le-hoi',
      'articles/thong-cao',
    ]);
    expect(of('pages', 'contact', 2)).toHaveLength(2);
  });
  it('gives each link its page URL in the same language, its section and a detail', () => {
    const t = useTranslations('vi');
    const items = relatedItems({ kind: 'entry', entry: model.get('heritage', 'vi', 'den-duom')! }, model, 'vi', 2);
    expect(relatedLinks(items, 'vi', t)).toEqual([
      {
        url: '/articles/du-lich/',
        title: 'Title vi/du-lich',
        section: t('collection.articles'),
        detail: t('kind.feature'),
      },
      {
        url: '/anniversaries/le-hoi-den-duom/',
        title: 'Lễ hội Đền Đuổm',
        section: t('collection.anniversaries'),
        detail: t('anniversary.lunar', { day: 6, month: 1 }),
      },
    ]);
  });
});

/**
 * The ranking as first written, scoring every candidate for every page (quadratic at 4,000
 * entries): the indexed version must give the same list for every page of the demo site.
 */
function bruteForce(subject: RelatedItem, site: SiteModel, locale: (typeof LOCALES)[number]['code'], count: number) {
  const key = (item: RelatedItem) => keys([item])[0]!;
  const lower = (entry: Entry, s: string | undefined) => (s ? [s.toLocaleLowerCase(entry.locale)] : []);
  const placesOf = (e: Entry) =>
    e.collection === 'heritage'
      ? [...lower(e, e.data.location.commune), ...lower(e, e.data.location.area)]
      : e.collection === 'products'
        ? lower(e, e.data.commune)
        : [];
  const tagsOf = (e: Entry) => e.data.tags.map((t) => t.toLocaleLowerCase(e.locale));
  const near = (a: string[], b: string[]) =>
    a.some((x) => b.some((y) => x === y || (x.length > 3 && y.includes(x)) || (y.length > 3 && x.includes(y))));
  const self = key(subject);
  const own = subject.kind === 'entry' ? subject.entry : undefined;
  const ownLinks = new Set(own ? explicitLinks(own) : []);
  const ownTags = new Set(own ? tagsOf(own) : []);
  const ownPlaces = own ? placesOf(own) : [];
  const section = own ? own.collection : 'anniversaries';
  const category = subject.kind === 'anniversary' ? subject.anniversary.data.category : undefined;
  const soonest = upcoming(site.anniversaries, site.now, site.anniversaries.length).map((o) => o.id);
  const rank = (id: string) => (soonest.includes(id) ? soonest.indexOf(id) : soonest.length);
  const candidates: RelatedItem[] = [
    ...COLLECTIONS.flatMap((c) => site.entries(c, locale).map((entry): RelatedItem => ({ kind: 'entry', entry }))),
    ...[...site.anniversaries]
      .sort((a, b) => rank(a.id) - rank(b.id))
      .map((anniversary): RelatedItem => ({ kind: 'anniversary', anniversary })),
  ].filter((i) => key(i) !== self);
  const score = (item: RelatedItem) => {
    const links = item.kind === 'entry' ? explicitLinks(item.entry) : [];
    let total = 0;
    if (ownLinks.has(key(item)) || links.includes(self)) total += 1000;
    total += links.filter((l) => ownLinks.has(l)).length * 300;
    if (item.kind === 'entry') {
      if (ownPlaces.length > 0 && near(ownPlaces, placesOf(item.entry))) total += 50;
      total += tagsOf(item.entry).filter((t) => ownTags.has(t)).length * 20;
      if (item.entry.collection === section) total += 1;
    } else if (item.anniversary.data.category === category) total += 1;
    return total;
  };
  const scored = candidates.map((item) => ({ item, score: score(item) }));
  const best = scored.filter((s) => s.score > 0).sort((a, b) => b.score - a.score);
  const fill = scored.filter(
    (s) =>
      s.score === 0 &&
      (subject.kind === 'anniversary'
        ? s.item.kind === 'anniversary'
        : s.item.kind === 'entry' && s.item.entry.collection === 'articles'),
  );
  return keys([...best, ...fill].slice(0, count).map((s) => s.item));
}

describe('related items on the demo site', () => {
  const content = loadContent('content');
  const site = buildSiteModel(
    Object.fromEntries(COLLECTIONS.map((c) => [c, content.entries.filter((e) => e.collection === c)])),
    content.anniversaries,
    NOW,
  );
  it.each(LOCALES.map((l) => l.code))('%s: every page gets what scoring every candidate gives', (locale) => {
    const subjects: RelatedItem[] = [
      ...COLLECTIONS.flatMap((c) => site.entries(c, locale).map((entry): RelatedItem => ({ kind: 'entry', entry }))),
      ...site.anniversaries.map((anniversary): RelatedItem => ({ kind: 'anniversary', anniversary })),
    ];
    expect(subjects.length).toBeGreaterThan(20);
    for (const subject of subjects)
      for (const count of [1, 6, 40]) {
        const got = keys(relatedItems(subject, site, locale, count));
        expect(got, `${keys([subject])[0]} (${count})`).toEqual(bruteForce(subject, site, locale, count));
      }
  });
});
