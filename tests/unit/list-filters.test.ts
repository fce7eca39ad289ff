import { describe, expect, it } from 'vitest';
import { useTranslations } from '../../src/i18n/ui.ts';
import { facetGroups, facetKeys, filterEntries, filterPages, slugify } from '../../src/lib/list-filters.ts';
import { alternates, buildRoutes, switcherLinks } from '../../src/lib/routing.ts';
import { buildSiteModel } from '../../src/lib/site-model.ts';
import { entry, NOW } from './fixtures.ts';

const heritage = (id: string, type: string, area?: string) =>
  entry(id, { type, location: { commune: 'c', ...(area ? { area } : {}) } });
const product = (id: string, stars: number, category: string) =>
  entry(id, { stars, category, certifiedYear: 2024, commune: 'c', producer: { name: 'p' } });

const model = buildSiteModel(
  {
    heritage: [
      heritage('vi/den-duom', 'relic', 'Huyện Phú Lương cũ'),
      heritage('en/den-duom', 'relic', 'Former Phu Luong district'),
      heritage('vi/ho-ba-be', 'scenic', 'Huyện Ba Bể cũ (tỉnh Bắc Kạn trước ngày 1/7/2025)'),
      heritage('en/ho-ba-be', 'scenic', 'Former Ba Be district (Bac Kan province until 1 July 2025)'),
      heritage('vi/atk', 'relic', 'Huyện Định Hóa cũ'),
    ],
    products: [product('vi/a', 5, 'drinks'), product('vi/b', 5, 'food'), product('vi/c', 3, 'drinks')],
    articles: [entry('vi/news', { kind: 'news' }), entry('en/news', { kind: 'news' })],
    partners: [entry('en/kr', { country: 'KR' }), entry('en/cn', { country: 'CN' })],
  },
  [],
  NOW,
);
const vi = useTranslations('vi');
const en = useTranslations('en');

describe('slugify', () => {
  it('makes one ASCII segment of Vietnamese text, dropping the parenthesis', () => {
    expect(slugify('Huyện Định Hóa cũ')).toBe('huyen-dinh-hoa-cu');
    expect(slugify('Huyện Ba Bể cũ (tỉnh Bắc Kạn trước ngày 1/7/2025)')).toBe('huyen-ba-be-cu');
  });
});

describe('facets', () => {
  it('keys the area of every language by the Vietnamese version, so URLs match across languages', () => {
    const en = model.get('heritage', 'en', 'den-duom')!;
    expect(facetKeys(en, 'area', model)).toEqual(['huyen-phu-luong-cu']);
  });

  it('puts an entry naming two known areas in both, and keeps an unknown compound area whole', () => {
    const two = buildSiteModel(
      {
        heritage: [
          heritage('vi/a', 'relic', 'Huyện Đại Từ cũ'),
          heritage('vi/b', 'relic', 'Thành phố Thái Nguyên cũ'),
          heritage('vi/c', 'scenic', 'Huyện Đại Từ cũ và thành phố Thái Nguyên cũ'),
          heritage('en/c', 'scenic', 'Former Dai Tu district and former Thai Nguyen city'),
          heritage('en/a', 'relic', 'Former Dai Tu district'),
          heritage('vi/d', 'scenic', 'Vùng A và vùng B'),
        ],
      },
      [],
      NOW,
    );
    expect(facetKeys(two.get('heritage', 'en', 'c')!, 'area', two)).toEqual([
      'huyen-dai-tu-cu',
      'thanh-pho-thai-nguyen-cu',
    ]);
    expect(facetKeys(two.get('heritage', 'vi', 'd')!, 'area', two)).toEqual(['vung-a-va-vung-b']);
    // An area is named by an entry that has it alone: in English only Đại Từ has one, so the
    // city is not offered there (and one value is no filter); in Vietnamese all three are.
    expect(facetGroups(two, 'heritage', 'en', en).map((g) => g.facet)).toEqual(['type']);
    const [, area] = facetGroups(two, 'heritage', 'vi', vi);
    expect(area!.values).toEqual([
      { value: 'huyen-dai-tu-cu', label: 'Huyện Đại Từ cũ', count: 2 },
      { value: 'thanh-pho-thai-nguyen-cu', label: 'Thành phố Thái Nguyên cũ', count: 2 },
      { value: 'vung-a-va-vung-b', label: 'Vùng A và vùng B', count: 1 },
    ]);
  });

  it('counts values, labels them in the page language, and drops facets with one value', () => {
    const groups = facetGroups(model, 'heritage', 'en', en);
    expect(groups.map((g) => g.facet)).toEqual(['type', 'area']);
    expect(groups[0]!.values).toEqual([
      { value: 'relic', label: 'Historic site', count: 1 },
      { value: 'scenic', label: 'Scenic site', count: 1 },
    ]);
    // The free-text area comes from the English entry, without its parenthesis.
    expect(groups[1]!.values.map((v) => v.label)).toEqual(['Former Ba Be district', 'Former Phu Luong district']);
    // Only news in English: no kind filter. Products: stars from 5 down.
    expect(facetGroups(model, 'articles', 'en', en)).toEqual([]);
    const stars = facetGroups(model, 'products', 'vi', vi)[0]!;
    expect(stars.facet).toBe('stars');
    expect(stars.values.map((v) => [v.value, v.count])).toEqual([
      ['5', 2],
      ['3', 1],
    ]);
  });

  it('labels countries with their names in the page language', () => {
    const [country] = facetGroups(model, 'partners', 'en', en);
    expect(country!.values.map((v) => v.label)).toEqual(['China', 'South Korea']);
  });

  it('filters entries by value and makes no page for a value nobody has', () => {
    expect(filterEntries(model, 'heritage', 'vi', 'type', 'relic').map((e) => e.slug)).toEqual(['atk', 'den-duom']);
    expect(filterEntries(model, 'heritage', 'vi', 'type', 'intangible')).toEqual([]);
    const pages = filterPages(model, 'heritage', 'vi').map((p) => `${p.facet}/${p.value}`);
    expect(pages).toContain('type/relic');
    expect(pages).not.toContain('type/intangible');
    expect(filterPages(model, 'articles', 'vi')).toEqual([]);
  });
});

describe('filter routes', () => {
  const routes = buildRoutes(model);
  const byUrl = new Map(routes.map((r) => [r.url, r]));

  it('builds a page per value in each language that has it', () => {
    expect(byUrl.get('/heritage/type/relic/')?.kind).toBe('filter');
    expect(byUrl.get('/en/heritage/area/huyen-ba-be-cu/')?.kind).toBe('filter');
    expect(byUrl.get('/products/stars/5/')?.kind).toBe('filter');
    expect(byUrl.has('/zh/heritage/type/relic/')).toBe(false);
    // Two values in vi, but only one entry (atk) in Định Hóa: still a page there, none in en.
    expect(byUrl.has('/heritage/area/huyen-dinh-hoa-cu/')).toBe(true);
    expect(byUrl.has('/en/heritage/area/huyen-dinh-hoa-cu/')).toBe(false);
  });

  it('gives hreflang alternates and switcher links only to languages with the same page', () => {
    const relic = byUrl.get('/heritage/type/relic/')!;
    expect(alternates(relic, model).map((a) => `${a.hreflang} ${a.url}`)).toEqual([
      'vi /heritage/type/relic/',
      'en /en/heritage/type/relic/',
      'x-default /heritage/type/relic/',
    ]);
    const dinhHoa = byUrl.get('/heritage/area/huyen-dinh-hoa-cu/')!;
    expect(alternates(dinhHoa, model)).toEqual([]);
    const en = switcherLinks(dinhHoa, model).find((l) => l.locale.code === 'en')!;
    expect(en).toMatchObject({ available: false, url: '/en/' });
  });
});
