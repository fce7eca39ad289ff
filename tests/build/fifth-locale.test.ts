/**
 * Adding a language takes one entry in the locale table, one UI-strings file and the content,
 * nothing else. Proved by building a copy of the project with Japanese added exactly that way.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSite, type BuiltPage } from './support/site.ts';

const ROOT = resolve('.');
const JA =
  "  { code: 'ja', path: 'ja', lang: 'ja', label: '日本語', ogLocale: 'ja_JP', dir: 'ltr', script: 'Jpan' },\n";
let dir: string;
let pages: Map<string, BuiltPage>;

/** A copy of the project's own files; node_modules linked entry by entry so caches stay apart. */
function copyProject(): string {
  const target = mkdtempSync(join(tmpdir(), 'fifth-locale-'));
  for (const name of ['src', 'public', 'scripts', 'astro.config.mjs', 'package.json', 'tsconfig.json']) {
    cpSync(join(ROOT, name), join(target, name), { recursive: true });
  }
  mkdirSync(join(target, 'node_modules'));
  for (const name of readdirSync(join(ROOT, 'node_modules'))) {
    if (name === '.astro' || name === '.vite') continue;
    symlinkSync(join(ROOT, 'node_modules', name), join(target, 'node_modules', name));
  }
  return target;
}

beforeAll(() => {
  dir = copyProject();
  // 1. One entry in the locale table.
  const table = join(dir, 'src/i18n/locales.ts');
  const source = readFileSync(table, 'utf8');
  if (!source.includes('] as const satisfies')) throw new Error('locales.ts changed shape: update this test.');
  writeFileSync(table, source.replace('] as const satisfies', `${JA}] as const satisfies`));
  // 2. One UI-strings file (generated from English so it never falls behind the keys).
  const en = JSON.parse(readFileSync(join(dir, 'src/i18n/ui/en.json'), 'utf8')) as Record<string, string>;
  const ja = Object.fromEntries(Object.entries(en).map(([k, v]) => [k, `［日本語］${v}`]));
  writeFileSync(join(dir, 'src/i18n/ui/ja.json'), JSON.stringify(ja, null, 2));
  // 3. The content.
  const env = {
    ...process.env,
    CONTENT_DIR: resolve('tests/fixtures/content-fifth-locale'),
    ASTRO_TELEMETRY_DISABLED: '1',
  };
  execFileSync(process.execPath, ['scripts/check-content.ts'], { cwd: dir, env, stdio: 'pipe' });
  execFileSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], { cwd: dir, env, stdio: 'pipe' });
  pages = readSite(join(dir, 'dist'));
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('a fifth locale added through the locale table', () => {
  it('gets its home, lists and entries under /ja/ with lang="ja"', () => {
    for (const url of [
      '/ja/',
      '/ja/heritage/',
      '/ja/heritage/den-duom/',
      '/ja/about/',
      '/ja/anniversaries/quoc-khanh/',
      '/ja/404/',
    ]) {
      expect(pages.get(url)?.$('html').attr('lang'), url).toBe('ja');
    }
    expect(pages.get('/ja/anniversaries/quoc-khanh/')!.$('h1').text()).toBe('建国記念日');
  });
  it('appears in the hreflang links and the switcher of the other languages', () => {
    const vi = pages.get('/heritage/den-duom/')!;
    expect(vi.$('link[hreflang=ja]').attr('href')).toMatch(/\/ja\/heritage\/den-duom\/$/);
    expect(vi.$('nav.lang-switcher a[hreflang=ja]').attr('href')).toBe('/ja/heritage/den-duom/');
    expect(vi.$('nav.lang-switcher').text()).toContain('日本語');
  });
  it('says plainly, in Japanese, when a page has no Japanese version', () => {
    const viOnly = pages.get('/heritage/chi-tieng-viet/')!;
    const link = viOnly.$('nav.lang-switcher a[hreflang=ja]');
    expect(link.hasClass('missing')).toBe(true);
    expect(link.attr('href')).toBe('/ja/');
    expect(link.text()).toContain('［日本語］This page is not available in English');
    expect(pages.has('/ja/heritage/chi-tieng-viet/')).toBe(false);
    expect(viOnly.$('link[rel=alternate][hreflang]').length).toBe(0);
  });
  it('is a language of the CMS: side by side in the forms, with its own name in language-neutral fields', () => {
    // The generated CMS configuration, read in the copy with Japanese added (no other change).
    const script = `
      import { cmsConfig } from './src/lib/cms-config.ts';
      import { DEFAULT_LOCALE, LOCALE_CODES } from './src/i18n/locales.ts';
      const text = { label: (p) => p.join('.'), hint: () => undefined, option: (_p, v) => v, pattern: () => '',
        collection: (n) => n, body: () => 'body', ui: {} };
      const c = cmsConfig({ locales: LOCALE_CODES, defaultLocale: DEFAULT_LOCALE, uiLocale: 'vi',
        backend: { name: 'proxy', proxy_url: '/x/' }, editorialWorkflow: false, text });
      const name = c.collections.find((x) => x.name === 'anniversaries').fields.find((f) => f.name === 'name');
      console.log(JSON.stringify({ locales: c.i18n.locales, name: name.fields.map((f) => f.name) }));`;
    const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: dir, encoding: 'utf8' });
    expect(JSON.parse(out)).toEqual({ locales: ['vi', 'en', 'zh', 'ko', 'ja'], name: ['vi', 'en', 'zh', 'ko', 'ja'] });
  });
});
