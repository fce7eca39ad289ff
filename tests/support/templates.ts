/** One page of every template in every locale of the built demo site, for the quality gates. */
import { existsSync } from 'node:fs';
import { LOCALES } from '../../src/i18n/locales.ts';
import { demoDist } from './built-demo.ts';

export const TEMPLATE_PATHS: Record<string, string> = {
  home: '',
  list: 'heritage/',
  article: 'articles/ky-niem-80-nam-quoc-khanh/',
  rebuttal: 'articles/bac-bo-tin-sai-hoang-sa-truong-sa/',
  heritage: 'heritage/atk-dinh-hoa/',
  product: 'products/che-tom-non-hao-dat/',
  sovereignty: 'sovereignty/hoang-sa-truong-sa/',
  partner: 'partners/gyeongsangbuk-do/',
  page: 'press-guide/',
  anniversaries: 'anniversaries/',
  anniversary: 'anniversaries/quoc-khanh/',
  calendar: 'calendar/',
  search: 'search/',
  notFound: '404/',
};

export interface TemplatePage {
  template: string;
  locale: string;
  url: string;
  /** The built file behind the URL. */
  file: string;
}

export function templatePages(dist = demoDist()): TemplatePage[] {
  return LOCALES.flatMap((l) =>
    Object.entries(TEMPLATE_PATHS).map(([template, path]) => {
      const prefix = l.path ? `/${l.path}/` : '/';
      const url = template === 'notFound' && !l.path ? '/404.html' : `${prefix}${path}`;
      const file = url.endsWith('.html') ? `${dist}${url}` : `${dist}${url}index.html`;
      if (!existsSync(file))
        throw new Error(
          `Template page ${url} (${template}, ${l.code}) is missing from ${dist}/: update tests/support/templates.ts.`,
        );
      return { template, locale: l.code, url, file };
    }),
  );
}
