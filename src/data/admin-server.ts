/**
 * /admin/ on the dev server: the CMS page, the CMS's files, Decap's local file proxy (the real
 * backend that writes into the project's content/ folder, from the `decap-server` package) and
 * the content gate's check of a save. The page itself is the same in the preview build.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createRequire } from 'node:module';
import express from 'express';
import sirv from 'sirv';
import { cmsText, DECAP_LOCALE } from '../i18n/cms-text.ts';
import { editorLang } from '../i18n/editor.ts';
import { DEFAULT_LOCALE, LOCALE_CODES } from '../i18n/locales.ts';
import { adminCsp, adminPageHtml } from '../lib/admin-page.ts';
import { cmsConfig, type CmsBackend } from '../lib/cms-config.ts';
import { saveFiles, type SaveRequest } from '../lib/cms-save.ts';
import { siteNow } from '../lib/clock.ts';
import { CMS_URL, TRANSLATIONS_JSON_URL } from '../lib/staff-pages.ts';
import { contentDir } from '../lib/paths.ts';
import type { AdminPageData } from '../scripts/admin/decap.ts';
import { siteConfig } from '../site.config.ts';

// Trailing slashes: Astro's dev server answers a path without one (trailingSlash: 'always') first.
const require = createRequire(import.meta.url);
const PROXY_URL = '/admin/api/v1/';
const CHECK_URL = '/admin/api/check/';
/** A save with its images: the gate's raster limit, base64, with room for the text. */
const MAX_CHECK_BYTES = 32 * 1024 * 1024;

export function adminPage(o: { script: string; dev: boolean }): string {
  const lang = editorLang();
  const text = cmsText(lang);
  const { cms } = siteConfig;
  const backend: CmsBackend = o.dev
    ? { name: 'proxy', proxy_url: PROXY_URL, branch: 'main' }
    : {
        name: cms.backend,
        repo: cms.repo,
        branch: cms.branch,
        api_root: cms.apiRoot,
        base_url: cms.baseUrl,
        ...(cms.appId ? { app_id: cms.appId } : {}),
        // GitLab signs in with PKCE; without it Decap would try Netlify's login.
        ...(cms.backend === 'gitlab' ? { auth_type: 'pkce' as const } : {}),
      };
  const config = cmsConfig({
    locales: LOCALE_CODES,
    defaultLocale: DEFAULT_LOCALE,
    uiLocale: DECAP_LOCALE[lang],
    backend,
    editorialWorkflow: !o.dev,
    text,
  });
  const data = {
    config,
    ui: text.ui,
    decap: `${CMS_URL}decap/decap-cms.js`,
    checkUrl: CHECK_URL,
    translationsUrl: TRANSLATIONS_JSON_URL,
  } as AdminPageData;
  return adminPageHtml({
    lang,
    title: text.ui['staff-link'],
    script: o.script,
    csp: adminCsp(o.dev ? [] : [new URL(cms.apiRoot).origin, new URL(cms.baseUrl).origin]),
    data,
  });
}

async function readJson(req: IncomingMessage): Promise<unknown> {
  let size = 0;
  const chunks: Buffer[] = [];
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_CHECK_BYTES) throw new Error('too large');
    chunks.push(chunk as Buffer);
  }
  return JSON.parse(Buffer.concat(chunks).toString('utf8'));
}

function send(res: ServerResponse, status: number, type: string, body: string): void {
  res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
  res.end(body);
}

type Next = (err?: unknown) => void;
/** The parts of a proxy request this server looks at (decap-server validates the rest). */
interface ProxyParams {
  dataFiles?: { raw?: unknown }[];
  asset?: { path: string; content: string };
}

export async function adminRequestHandler(o: { script: string; decapDist: string }) {
  const assets = sirv(o.decapDist, { dev: true });
  // Decap's own proxy (decap-server) in its file mode: reads and writes the working tree.
  const proxy = express();
  // CommonJS, loaded with require: the config's module runner is closed by the time this runs.
  const { registerLocalFs } = require('decap-server/dist/middlewares.js') as {
    registerLocalFs: (app: express.Express, options?: { logLevel?: string }) => Promise<void>;
  };
  // Decap writes a file for every language of a new entry, blank where nobody wrote (the gate
  // ignores those, see isBlankFile); here they are simply not written. An image uploaded from the
  // media page, with no entry to check it, meets the gate's image checks here.
  proxy.use(express.json({ limit: '50mb' }), (req, res, next) => {
    const body = req.body as { action?: string; params?: ProxyParams } | undefined;
    const params = body?.params;
    if (Array.isArray(params?.dataFiles))
      params.dataFiles = params.dataFiles.filter((f) => typeof f.raw !== 'string' || f.raw.trim() !== '');
    if (body?.action !== 'persistMedia' || !params?.asset) return next();
    const { checkUpload } = require('./cms-check.ts') as typeof import('./cms-check.ts');
    checkUpload(params.asset.path, params.asset.content)
      .then((errors) => (errors.length > 0 ? res.status(422).json({ error: errors.join('\n') }) : next()))
      .catch(next);
  });
  await registerLocalFs(proxy, { logLevel: 'warn' });
  return (req: IncomingMessage, res: ServerResponse, next: Next) => {
    const path = (req.url ?? '').split('?')[0] ?? '';
    if (path === '/admin') {
      res.writeHead(301, { location: '/admin/' });
      return res.end();
    }
    if (path === '/admin/' || path === '/admin/index.html')
      return send(res, 200, 'text/html; charset=utf-8', adminPage({ script: o.script, dev: true }));
    if (path.startsWith('/admin/decap/')) {
      req.url = path.slice('/admin/decap'.length);
      return assets(req, res, next);
    }
    if (path === CHECK_URL && req.method === 'POST') {
      // Node loads the gate itself: the module runner that loaded this file (Astro's config
      // loader) is closed by now, and the gate imports sharp lazily.
      const { checkSave } = require('./cms-check.ts') as typeof import('./cms-check.ts');
      readJson(req)
        .then((body) => checkSave(saveFiles(body as SaveRequest), contentDir(), siteNow()))
        .then((result) => send(res, 200, 'application/json', JSON.stringify(result)))
        .catch((error: unknown) => send(res, 400, 'application/json', JSON.stringify({ error: String(error) })));
      return;
    }
    if (path === PROXY_URL) {
      req.url = '/api/v1';
      return proxy(req as express.Request, res as express.Response, next);
    }
    next();
  };
}
