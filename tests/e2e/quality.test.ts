/**
 * Every template in every locale, at a phone and a desktop width, in Chromium: no console error,
 * no failed request, no CSP violation, no serious or critical axe-core violation (WCAG 2.2 AA
 * rules, colour contrast included). A screenshot of each goes to test-output/screenshots/ for a
 * person to look at. Keyboard: Tab reaches the language switcher, the menu and search, with a
 * visible focus ring.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import { useBuiltSite } from './support/built-site.ts';
import { SitePage } from './pages/site-page.ts';
import { templatePages } from '../support/templates.ts';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const SHOTS = 'test-output/screenshots';
const VIEWPORTS = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'desktop', width: 1280, height: 900 },
] as const;

const demo = useBuiltSite();

beforeAll(() => {
  mkdirSync(SHOTS, { recursive: true });
});

interface Axe {
  run(
    context: Document,
    options: object,
  ): Promise<{ violations: { id: string; impact: string | null; nodes: { target: unknown[] }[] }[] }>;
}

async function audit(context: BrowserContext, url: string) {
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
  page.on('pageerror', (e) => problems.push(`error: ${e.message}`));
  page.on('requestfailed', (r) => r.failure()?.errorText !== 'net::ERR_ABORTED' && problems.push(`failed: ${r.url()}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  const response = await page.goto(`${demo.origin}${url}`, { waitUntil: 'load' });
  if (url.includes('/search/')) await page.waitForLoadState('networkidle');
  if (!url.includes('404') && !response?.ok()) problems.push(`status ${response?.status()}`);
  await page.evaluate(AXE);
  const result = await page.evaluate(async () =>
    (window as unknown as { axe: Axe }).axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
    }),
  );
  const serious = result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.nodes
          .slice(0, 3)
          .map((n) => JSON.stringify(n.target))
          .join(', ')}`,
    );
  return { page, problems, serious };
}

// The CSP does not depend on the width: checked once per page, at the desktop width.
describe('Content-Security-Policy', () => {
  it('is never violated on any template in any locale, and no request leaves the site', async () => {
    const context = await demo.browser.newContext({ viewport: VIEWPORTS[1] });
    const page = await context.newPage();
    const violations: string[] = [];
    const offOrigin: string[] = [];
    page.on('console', (m) => m.type() === 'error' && violations.push(`${page.url()}: ${m.text()}`));
    // Nothing a page asks for may come from anywhere but the site itself.
    page.on('request', (r) => {
      const url = r.url();
      if (!url.startsWith(`${demo.origin}/`) && !url.startsWith('data:')) offOrigin.push(`${page.url()}: ${url}`);
    });
    await page.addInitScript(() =>
      document.addEventListener('securitypolicyviolation', (e) =>
        console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`),
      ),
    );
    for (const t of templatePages()) await page.goto(`${demo.origin}${t.url}`, { waitUntil: 'load' });
    await context.close();
    expect(violations).toEqual([]);
    expect(offOrigin).toEqual([]);
  });
});

for (const viewport of VIEWPORTS) {
  describe(`every template at ${viewport.width} px`, () => {
    let context: BrowserContext;
    // axe is injected past the page's CSP (this context bypasses it; the CSP has its own test above).
    // A context per test, from the Chromium of that moment (a new one after a crash).
    beforeEach(async () => {
      context = await demo.browser.newContext({ viewport, bypassCSP: true });
    });
    afterEach(async () => context?.close());

    for (const t of templatePages()) {
      it(`${t.locale} ${t.template} (${t.url}): no console error, failed request or serious axe violation`, async () => {
        const { page, problems, serious } = await audit(context, t.url);
        await page.screenshot({ path: `${SHOTS}/${t.locale}-${t.template}-${viewport.width}.png`, fullPage: true });
        await page.close();
        expect(problems).toEqual([]);
        expect(serious).toEqual([]);
      });
    }
  });
}

describe('keyboard', () => {
  it('Tab reaches the language switcher, the main menu and search, each with a visible focus ring', async () => {
    const context = await demo.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const site = new SitePage(await context.newPage(), demo.origin);
    await site.open('/en/');
    const reached = new Set<string>();
    for (let i = 0; i < 30; i++) {
      await site.page.keyboard.press('Tab');
      const focus = await site.page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el) return null;
        const style = getComputedStyle(el);
        const area = el.closest('.lang-switcher')
          ? 'switcher'
          : el.closest('.site-nav')
            ? 'menu'
            : el.closest('[role=search]')
              ? 'search'
              : el.classList.contains('skip')
                ? 'skip'
                : 'other';
        return { area, outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2 };
      });
      if (!focus) continue;
      expect(focus.outline, `focus ring in ${focus.area}`).toBe(true);
      reached.add(focus.area);
    }
    expect([...reached]).toEqual(expect.arrayContaining(['skip', 'switcher', 'menu', 'search']));
    await context.close();
  });
});
