// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { tildeAsText } from './src/markdown/tilde-as-text.ts';
import { DEFAULT_LOCALE, LOCALES } from './src/i18n/locales.ts';
import { siteConfig } from './src/site.config.ts';

export default defineConfig({
  site: siteConfig.url,
  trailingSlash: 'always',
  build: { format: 'directory' },
  // Routing derives from the one locale table: vi at `/`, the others under their prefix.
  i18n: {
    locales: LOCALES.map((l) => l.code),
    defaultLocale: DEFAULT_LOCALE,
    routing: { prefixDefaultLocale: false },
  },
  integrations: [mdx()],
  markdown: {
    // Astro's native Markdown pipeline, with `1948~1950` kept as text (see the plugin).
    processor: satteri({ mdastPlugins: [tildeAsText] }),
  },
  // Two entries claiming one URL must stop the build, not overwrite each other silently.
  prerenderConflictBehavior: 'error',
  // Every page carries a Content-Security-Policy with hashes of the styles and scripts Astro emits.
  security: { csp: true },
  devToolbar: { enabled: false },
});
