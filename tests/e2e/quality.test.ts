/**
 * Every template in every locale, at a phone and a desktop width, in Chromium: no console error,
 * no failed request, no CSP violation, no serious or critical axe-core violation (WCAG 2.2 AA
 * rules, colour contrast included). A screenshot of each goes to test-output/screenshots/ for a
 * person to look at. Keyboard: Tab reaches the language switcher, the menu and search, with a
 * visible focus ring.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext } from 'playwright-core';
import { launchChromium } from './support/browser.ts';
import { startPreview } from './support/server.ts';
import { SitePage } from './pages/site-page.ts';
import { templatePages } from '../support/templates.ts';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const SHOTS = 'test-output/screenshots';
const VIEWPORTS = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'desktop', width: 1280, height: 900 },
] as const;

let browser: Browser;
let closeBrowser: () => Promise<void>;
let server: { origin: string; stop: () => void };

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  server = await startPreview();
  ({ browser, close: closeBrowser } = await launchChromium());
});
afterAll(async () => {
  await closeBrowser?.();
  server?.stop();
});

interface Axe {
  run(context: Document, options: object): Promise<{ violations: { id: string; impact: string | null; nodes: { target: unknown[] }[] }[] }>;
}

async function audit(context: BrowserContext, url: string) {
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
  page.on('pageerror', (e) => problems.push(`error: ${e.message}`));
  page.on('requestfailed', (r) => r.failure()?.errorText !== 'net::ERR_ABORTED' && problems.push(`failed: ${r.url()}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`));
  });
  const response = await page.goto(`${server.origin}${url}`, { waitUntil: 'networkidle' });
  if (!url.includes('404') && !response?.ok()) problems.push(`status ${response?.status()}`);
  // axe is injected past the page's CSP (the context bypasses it); the page's own scripts still run under it.
  await page.evaluate(AXE);
  const result = await page.evaluate(async () =>
    (window as unknown as { axe: Axe }).axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] } }),
  );
  const serious = result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => JSON.stringify(n.target)).join(', ')}`);
  return { page, problems, serious };
}

for (const viewport of VIEWPORTS) {
  describe(`every template at ${viewport.width} px`, () => {
    let context: BrowserContext;
    beforeAll(async () => {
      context = await browser.newContext({ viewport, bypassCSP: false });
    });
    afterAll(async () => context?.close());

    for (const t of templatePages()) {
      it(`${t.locale} ${t.template} (${t.url}): no console error, failed request, CSP violation or serious axe violation`, async () => {
        // axe needs to be evaluated; a CSP without 'unsafe-eval' blocks page.evaluate of a string only
        // in the page's world, so run the audit in a context that bypasses CSP, and check CSP in this one.
        const plain = await context.newPage();
        const csp: string[] = [];
        plain.on('console', (m) => m.type() === 'error' && csp.push(m.text()));
        await plain.addInitScript(() => document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`)));
        await plain.goto(`${server.origin}${t.url}`, { waitUntil: 'networkidle' });
        await plain.screenshot({ path: `${SHOTS}/${t.locale}-${t.template}-${viewport.width}.png`, fullPage: true });
        await plain.close();
        expect(csp).toEqual([]);

        const auditContext = await browser.newContext({ viewport, bypassCSP: true });
        const { page, problems, serious } = await audit(auditContext, t.url);
        await page.close();
        await auditContext.close();
        expect(problems).toEqual([]);
        expect(serious).toEqual([]);
      });
    }
  });
}

describe('keyboard', () => {
  it('Tab reaches the language switcher, the main menu and search, each with a visible focus ring', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const site = new SitePage(await context.newPage(), server.origin);
    await site.open('/en/');
    const reached = new Set<string>();
    for (let i = 0; i < 30; i++) {
      await site.page.keyboard.press('Tab');
      const focus = await site.page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el) return null;
        const style = getComputedStyle(el);
        const area = el.closest('.lang-switcher') ? 'switcher' : el.closest('.site-nav') ? 'menu' : el.closest('[role=search]') ? 'search' : el.classList.contains('skip') ? 'skip' : 'other';
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
