/**
 * No broken internal link anywhere in dist/: every href, src, srcset, feed, alternate, manifest
 * and social-card reference of every page, plus the links inside the feeds, resolves to a file,
 * and every #fragment to an element id.
 */
import { existsSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { siteConfig } from '../../src/site.config.ts';
import { demoDist } from '../support/built-demo.ts';
import { readSite, type BuiltPage } from './support/site.ts';

const DIST = demoDist();
let pages: Map<string, BuiltPage>;
beforeAll(() => {
  pages = readSite(DIST);
});

/** The file a site path resolves to, as a static host would serve it. */
function fileFor(path: string): string | undefined {
  const clean = decodeURIComponent(path.split(/[?#]/)[0]!);
  for (const candidate of [clean, `${clean}index.html`, `${clean}.html`]) {
    if (candidate.endsWith('/')) continue;
    if (existsSync(`${DIST}${candidate}`)) return `${DIST}${candidate}`;
  }
  return undefined;
}

function internal(ref: string): string | undefined {
  if (/^(mailto:|tel:|data:|javascript:)/.test(ref)) return undefined;
  const url = new URL(ref, `${siteConfig.url}/x/`);
  return url.origin === new URL(siteConfig.url).origin ? url.pathname + url.hash : undefined;
}

describe('internal links', () => {
  it('every reference in every page resolves', () => {
    const broken: string[] = [];
    let checked = 0;
    for (const page of pages.values()) {
      const refs = [
        ...page
          .$('[href]')
          .toArray()
          .map((el) => page.$(el).attr('href')!),
        ...page
          .$('[src]')
          .toArray()
          .map((el) => page.$(el).attr('src')!),
        ...page
          .$('[srcset]')
          .toArray()
          .flatMap((el) =>
            page
              .$(el)
              .attr('srcset')!
              .split(',')
              .map((s) => s.trim().split(/\s+/)[0]!),
          ),
        ...page
          .$('meta[property="og:image"], meta[name="twitter:image"], meta[property="og:url"]')
          .toArray()
          .map((el) => page.$(el).attr('content')!),
      ];
      for (const ref of refs) {
        const path = internal(new URL(ref, `${siteConfig.url}${page.url}`).href);
        if (!path) continue;
        checked++;
        const [pathname, hash] = path.split('#') as [string, string | undefined];
        const file = fileFor(pathname);
        if (!file) broken.push(`${page.url} → ${path}`);
        // A browser matches the percent-decoded fragment against the ids ("#m%E1%BB%99t" → id="một").
        else if (
          hash &&
          file.endsWith('.html') &&
          !readFileSync(file, 'utf8').includes(`id="${decodeURIComponent(hash)}"`)
        )
          broken.push(`${page.url} → ${path} (no #${hash})`);
      }
    }
    expect(broken).toEqual([]);
    expect(checked).toBeGreaterThan(10_000);
  });
  it('every link inside the feeds and the sitemap resolves', () => {
    const files = [
      'rss.xml',
      'en/rss.xml',
      'zh/rss.xml',
      'ko/rss.xml',
      'sitemap-0.xml',
      'calendar.ics',
      'en/calendar.ics',
    ];
    const broken = files.flatMap((f) =>
      [
        ...readFileSync(`${DIST}/${f}`, 'utf8')
          .replace(/\r\n /g, '')
          .matchAll(new RegExp(`${siteConfig.url.replace(/\./g, '\\.')}(/[^<"\\s]*)`, 'g')),
      ]
        .map((m) => m[1]!)
        .filter((p) => !fileFor(p))
        .map((p) => `${f} → ${p}`),
    );
    expect(broken).toEqual([]);
  });
});
