/**
 * The heading font in Chromium (src/lib/heading-font.ts): on every template in Vietnamese and
 * English, headings are drawn from the core cut of Be Vietnam Pro and its Vietnamese slice, and
 * the full Latin slice is never fetched; a heading with a letter outside the core (ü) fetches it,
 * so that letter is still drawn in the heading font.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { localeUrl } from '../../src/i18n/locales.ts';
import { codePoints } from '../../src/lib/heading-font.ts';
import { TEMPLATE_PATHS } from '../support/templates.ts';
import { useBuiltSite } from './support/built-site.ts';

const demo = useBuiltSite();

type Face = 'core' | 'vietnamese' | 'latin rest';

/** The page's Be Vietnam Pro faces that the browser has loaded, named by a letter each covers. */
async function loadedFaces(page: Page): Promise<Face[]> {
  const faces = await page.evaluate(async () => {
    await document.fonts.ready;
    return [...document.fonts]
      .filter((f) => f.family.replace(/["']/g, '') === 'Be Vietnam Pro')
      .map((f) => ({ range: f.unicodeRange, status: f.status }));
  });
  expect(faces).toHaveLength(3);
  const name = (range: string): Face => {
    const points = codePoints(range);
    if (points.has(0x41)) return 'core';
    if (points.has(0x1ea1)) return 'vietnamese';
    expect(points.has(0xfc), range).toBe(true);
    return 'latin rest';
  };
  return faces
    .filter((f) => f.status === 'loaded')
    .map((f) => name(f.range))
    .sort();
}

describe('heading font', () => {
  for (const code of ['vi', 'en'] as const) {
    it(`draws the headings of every ${code} template without the full Latin slice`, async () => {
      const page = await demo.browser.newPage();
      for (const [template, path] of Object.entries(TEMPLATE_PATHS)) {
        await page.goto(`${demo.origin}${localeUrl(code)}${path}`);
        const faces = await loadedFaces(page);
        expect(faces, template).toContain('core');
        expect(faces, template).not.toContain('latin rest');
        if (code === 'vi') expect(faces, template).toContain('vietnamese');
      }
      await page.close();
    });
  }
  it('fetches the Latin slice for a heading letter the core lacks', async () => {
    const page = await demo.browser.newPage();
    await page.goto(`${demo.origin}/en/${TEMPLATE_PATHS.article}`);
    expect(await loadedFaces(page)).not.toContain('latin rest');
    await page.evaluate(() =>
      document
        .querySelector('main')!
        .prepend(Object.assign(document.createElement('h2'), { textContent: 'Thüringen' })),
    );
    expect(await loadedFaces(page)).toContain('latin rest');
    await page.close();
  });
});
