/**
 * The editors' workspace: the CMS at /admin/ and the staff pages at /staff/. They name scheduled
 * entries and drafts, so they exist only where the office works — `astro dev` and the preview
 * build (SITE_PREVIEW=1) — and never in the public build; tests/build/staff-area.test.ts checks.
 * In dev the CMS saves through Decap's local file proxy mounted on the dev server, after the
 * content gate has checked the save; on the preview host it saves to the forge (site.config.ts).
 */
import { copyFileSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { build } from 'vite';
import { isPreview } from '../lib/clock.ts';
import { TRANSLATIONS_JSON_URL } from '../lib/staff-pages.ts';
import { adminRequestHandler, adminPage } from '../data/admin-server.ts';

const require = createRequire(import.meta.url);
/** The prebuilt CMS: one script and the chunks it loads next to itself. */
export const DECAP_DIST = dirname(require.resolve('decap-cms/dist/decap-cms.js'));
const ADMIN_SCRIPT = 'src/scripts/admin/cms.ts';

export function editorWorkspaceIntegration(): AstroIntegration {
  let enabled = false;
  return {
    name: 'editor-workspace',
    hooks: {
      'astro:config:setup': ({ command, injectRoute, updateConfig }) => {
        enabled = command === 'dev' || isPreview();
        if (!enabled) return;
        // Bundled when the dev server starts, not discovered when /admin/ first asks for it (a
        // late discovery makes Vite reload its dependencies and fail that first page load).
        updateConfig({ vite: { optimizeDeps: { include: ['yaml'] } } });
        injectRoute({ pattern: '/staff/[...page]', entrypoint: './src/staff/StaffPage.astro' });
        injectRoute({ pattern: TRANSLATIONS_JSON_URL, entrypoint: './src/staff/translations-json.ts' });
      },
      'astro:server:setup': async ({ server }) => {
        server.middlewares.use(await adminRequestHandler({ script: `/${ADMIN_SCRIPT}`, decapDist: DECAP_DIST }));
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (!enabled) return;
        const out = join(fileURLToPath(dir), 'admin');
        mkdirSync(join(out, 'decap'), { recursive: true });
        for (const name of readdirSync(DECAP_DIST).filter((n) => /^(?:\d+\.)?decap-cms\.js$/.test(n)))
          copyFileSync(join(DECAP_DIST, name), join(out, 'decap', name));
        // The CMS's own script, bundled for the browser the way Vite bundles the site's.
        await build({
          configFile: false,
          logLevel: 'warn',
          build: {
            outDir: out,
            emptyOutDir: false,
            lib: { entry: ADMIN_SCRIPT, formats: ['es'], fileName: () => 'cms.js' },
          },
        });
        writeFileSync(join(out, 'index.html'), adminPage({ script: '/admin/cms.js', dev: false }));
        logger.info('admin/: the CMS for the preview host');
      },
    },
  };
}
