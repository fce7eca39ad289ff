/**
 * Per template of the demo site (Vietnamese pages): requests and compressed bytes transferred on
 * a first load in Chromium, and Lighthouse scores with the mobile preset, offline on loopback.
 */
import { CHROMIUM, CHROMIUM_FLAGS, launchChromium } from '../tests/e2e/support/browser.ts';
import { TEMPLATE_PATHS } from '../tests/support/templates.ts';
import { loadLighthouse } from './lighthouse.ts';
import { serveCompressed, transferred } from './serve.ts';

export interface Weight {
  template: string;
  url: string;
  requests: number;
  kb: number;
  scores: Record<string, number>;
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
      const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
      const { bytes, requests } = await transferred(context, async (page) => {
        await page.goto(origin + url, { waitUntil: 'networkidle' });
      });
      await context.close();
      const run = await lighthouse(origin + url, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
      });
      const scores = Object.fromEntries(
        Object.entries(run?.lhr.categories ?? {}).map(([k, v]) => [k, Math.round((v.score ?? 0) * 100)]),
      );
      out.push({ template, url, requests, kb: +(bytes / 1024).toFixed(1), scores });
    }
  } finally {
    await close();
    await chrome.kill();
    server.close();
  }
  return out;
}
