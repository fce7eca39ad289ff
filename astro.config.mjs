// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import { tildeAsText } from './src/markdown/tilde-as-text.ts';
import { directives } from './src/markdown/directives.ts';
import { bareWww } from './src/markdown/bare-www.ts';
import { contentGuard } from './src/markdown/content-guard.ts';
import { MARKDOWN_FEATURES } from './src/markdown/features.ts';
import { contentGateIntegration } from './src/integrations/content-gate.ts';
import { editorWorkspaceIntegration } from './src/integrations/editor-workspace.ts';
import { previewHeadersIntegration } from './src/integrations/preview-headers.ts';
import { pruneOrphanAssetsIntegration } from './src/integrations/prune-orphan-assets.ts';
import { siteThemeIntegration } from './src/integrations/site-theme.ts';
import { socialCardsIntegration } from './src/integrations/social-cards.ts';
import { withXDefault } from './src/integrations/sitemap-x-default.ts';
import { DEFAULT_LOCALE, LOCALES } from './src/i18n/locales.ts';
import { isIndexableUrl } from './src/lib/site-urls.ts';
import { siteConfig } from './src/site.config.ts';

// A preview build shows the site as of SITE_NOW, in its own folder (see src/lib/clock.ts).
const preview = process.env.SITE_PREVIEW === '1';
if (preview && !process.env.SITE_NOW) {
  throw new Error('A preview needs a moment: SITE_NOW=2026-12-20T08:00:00+07:00 npm run build:preview');
}

export default defineConfig({
  outDir: preview ? './dist-preview' : './dist',
  // Tests give each fixture build its own cache, so no build reads another's content.
  cacheDir: process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro',
  site: siteConfig.url,
  trailingSlash: 'always',
  // Two pages at a time: image encoding uses both cores of the build machine.
  build: { format: 'directory', concurrency: Number(process.env.BUILD_CONCURRENCY ?? 2) },
  // Routing derives from the one locale table: vi at `/`, the others under their prefix.
  i18n: {
    locales: LOCALES.map((l) => l.code),
    defaultLocale: DEFAULT_LOCALE,
    routing: { prefixDefaultLocale: false },
  },
  integrations: [
    // First: no content reaches Astro before the gate has read all of it.
    contentGateIntegration(),
    mdx(),
    // Every built page is a published page; search, 404 and preview builds stay out.
    sitemap({
      filter: (page) => !preview && isIndexableUrl(new URL(page).pathname),
      i18n: {
        defaultLocale: DEFAULT_LOCALE,
        locales: Object.fromEntries(LOCALES.map((l) => [l.path || DEFAULT_LOCALE, l.lang])),
      },
      serialize: (item) => withXDefault(item),
    }),
    siteThemeIntegration(siteConfig.colors, siteConfig.colors.dark),
    pruneOrphanAssetsIntegration(),
    // The social cards the pages list, rendered on every core once the pages are written.
    socialCardsIntegration(),
    // A preview build's _headers say noindex to any host that reads them.
    previewHeadersIntegration(),
    // The CMS and the staff pages: dev server and preview build only, never the public site.
    editorWorkspaceIntegration(),
  ],
  vite: {
    // Emitted files are named by their content hash only: a file name must not carry the
    // name an editor gave an image of an unpublished entry.
    build: { rollupOptions: { output: { assetFileNames: '_astro/[hash][extname]' } } },
  },
  markdown: {
    // Code blocks stay plain <pre><code>: Shiki colours them with style attributes, which the
    // site's Content-Security-Policy (no 'unsafe-inline' styles) would block anyway.
    syntaxHighlight: false,
    // Astro's native Markdown pipeline (also used for MDX), in the dialect the content gate
    // parses: the guard refuses an unsafe body before anything is compiled, `:::note` becomes a
    // callout, and `1948~1950` stays text (see each plugin).
    processor: satteri({ features: MARKDOWN_FEATURES, mdastPlugins: [contentGuard, directives, bareWww, tildeAsText] }),
  },
  // A rebuild renders only the pages whose cache key (src/data/site-data.ts) or code changed.
  experimental: { incrementalBuild: true },
  // Two entries claiming one URL must stop the build, not overwrite each other silently.
  prerenderConflictBehavior: 'error',
  // Every page carries a Content-Security-Policy with hashes of the styles and scripts Astro
  // emits, and nothing but this site as a source: whatever slipped into content could not load
  // a third-party image, frame, font or script, nor send a form anywhere else. `public/_headers`
  // and docs/nginx.conf send the same policy as a header (plus frame-ancestors, which a <meta>
  // cannot carry); tests/e2e/quality.test.ts checks every template for violations.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "media-src 'self'",
        "connect-src 'self'",
        "manifest-src 'self'",
        "worker-src 'self'",
        "frame-src 'none'",
        "object-src 'none'",
        "base-uri 'none'",
        "form-action 'self'",
      ],
    },
  },
  devToolbar: { enabled: false },
  image: {
    // The demo illustrations are SVG originals written for the project; sharp rasterises them.
    // The content check only accepts small, self-contained SVGs (no scripts, entities or links).
    dangerouslyProcessSVG: true,
  },
});
