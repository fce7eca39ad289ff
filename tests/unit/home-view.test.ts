/** The home page's view model: entry points, the lead story, then blocks that skip it. */
import { describe, expect, it } from 'vitest';
import { useTranslations } from '../../src/i18n/ui.ts';
import { routeData } from '../../src/lib/route-data.ts';
import type { HomeView } from '../../src/lib/route-views.ts';
import { buildRoutes } from '../../src/lib/routing.ts';
import { buildSiteModel } from '../../src/lib/site-model.ts';
import { siteConfig } from '../../src/site.config.ts';
import { entry, NOW } from './fixtures.ts';

const day = (d: string) => ({ publishAt: new Date(`${d}T00:00:00Z`) });
const model = buildSiteModel(
  {
    articles: [
      entry('en/newest', { kind: 'news', ...day('2025-09-01') }),
      entry('en/middle', { kind: 'news', ...day('2025-06-01') }),
      entry('en/oldest', { kind: 'news', ...day('2025-01-01') }),
      entry('en/du-lich-thai-nguyen-2026', { kind: 'feature', ...day('2024-01-01') }),
    ],
    pages: [entry('en/about', { order: 10 })],
  },
  [],
  NOW,
);
const routes = buildRoutes(model, { notFound: false });
const home = (url: string) => {
  const route = routes.find((r) => r.url === url)!;
  return routeData(route, model, { translations: useTranslations, site: 'https://example.gov.vn', preview: false })
    .view as HomeView;
};

describe('home view', () => {
  it('leads with the newest article and leaves it out of the articles block', () => {
    const v = home('/en/');
    expect(v.lead?.url).toBe('/en/articles/newest/');
    const articles = v.blocks.find((b) => b.id === 'articles')!;
    expect(articles.cards.map((c) => c.url)).toEqual(
      ['/en/articles/middle/', '/en/articles/oldest/', '/en/articles/du-lich-thai-nguyen-2026/'].slice(
        0,
        siteConfig.home.articles,
      ),
    );
    expect(articles.allLabel).toBe(useTranslations('en')('home.allArticles'));
  });

  it('offers only the entry points published in the language, labelled in it', () => {
    expect(home('/en/').start).toEqual([
      {
        id: 'visit',
        label: 'Visit',
        url: '/en/articles/du-lich-thai-nguyen-2026/',
        title: 'Title en/du-lich-thai-nguyen-2026',
      },
      { id: 'about', label: 'About the province', url: '/en/about/', title: 'Title en/about' },
    ]);
  });

  it('has no lead and no blocks in a language without entries', () => {
    const v = home('/');
    expect(v.lead).toBeUndefined();
    expect(v.blocks).toEqual([]);
    expect(v.start).toEqual([]);
  });
});
