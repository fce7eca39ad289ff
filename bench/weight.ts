/**
 * Per template of the demo site (Vietnamese pages): requests and compressed bytes transferred on
 * a first load in Chromium, and Lighthouse scores with the mobile preset, offline on loopback.
 */
import type { Browser } from 'playwright-core';
import { LOCALES } from '../src/i18n/locales.ts';
import { CHROMIUM, CHROMIUM_FLAGS, launchChromium } from '../tests/e2e/support/browser.ts';
import { TEMPLATE_PATHS } from '../tests/support/templates.ts';
import { loadLighthouse } from './lighthouse.ts';
import { serveCompressed, transferred } from './serve.ts';

export interface Weight {
  template: string;
  url: string;
  requests: number;
  kb: number;
  /** Of which web fonts, and images (a cover, the map), in KB. */
  fontKb: number;
  imageKb: number;
  scores: Record<string, number>;
}

/** One first load at phone size: requests and compressed KB, in all and per kind. */
async function firstLoad(browser: Browser, url: string) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const { bytes, requests, byType } = await transferred(context, async (page) => {
    await page.goto(url, { waitUntil: 'networkidle' });
  });
  await context.close();
  const kb = (n = 0) => +(n / 1024).toFixed(1);
  return { requests, kb: kb(bytes), fontKb: kb(byType.font), imageKb: kb(byType.image) };
}

/** The content templates in every language: the first-load target holds for each. */
export async function measureLanguages(
  dir = 'dist',
): Promise<{ template: string; url: string; kb: number; fontKb: number; imageKb: number }[]> {
  const { origin, server } = await serveCompressed(dir);
  const { browser, close } = await launchChromium();
  const out = [];
  try {
    for (const template of ['article', 'heritage', 'product'] as const) {
      for (const prefix of LOCALES.map((l) => (l.path ? `${l.path}/` : ''))) {
        const url = `/${prefix}${TEMPLATE_PATHS[template]}`;
        out.push({ template, url, ...(await firstLoad(browser, origin + url)) });
      }
    }
  } finally {
    await close();
    server.close();
  }
  return out;
}

export async function measureTemplates(): Promise<Weight[]> {
  const { lighthouse, chromeLauncher } = await loadLighthouse();
  const { origin, server } = await serveCompressed();
  const { browser, close } = await launchChromium();
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM,
    chromeFlags: [...CHROMIUM_FLAGS],
  });
  const out: Weight[] = [];
  try {
    for (const [template, path] of Object.entries(TEMPLATE_PATHS)) {
      const url = template === 'notFound' ? '/404.html' : `/${path}${template === 'search' ? '?q=dinh%20hoa' : ''}`;
      const load = await firstLoad(browser, origin + url);
      const run = await lighthouse(origin + url, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
      });
      const scores = Object.fromEntries(
        Object.entries(run?.lhr.categories ?? {}).map(([k, v]) => [k, Math.round((v.score ?? 0) * 100)]),
      );
      out.push({ template, url, ...load, scores });
    }
  } finally {
    await close();
    await chrome.kill();
    server.close();
  }
  return out;
}
