/**
 * The page at /admin/ that hosts the CMS. It is not an Astro page: the site's policy (hashes, no
 * eval) would stop the CMS, which needs a looser one of its own — `'unsafe-eval'` because Decap
 * compiles its configuration validator (ajv) at run time, inline styles because its components
 * are styled by emotion. Those allowances stay on this one page, which is never on the public
 * site; it still loads nothing from anywhere but the site and the forge's API.
 */
import type { AdminPageData } from '../scripts/admin/decap.ts';

export function adminCsp(connect: readonly string[] = []): string {
  return [
    "default-src 'self'",
    "script-src 'self' 'unsafe-eval'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    // blob: the CMS reads back the images an editor has picked but not yet saved.
    `connect-src ${["'self'", 'blob:', ...connect].join(' ')}`,
    "frame-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
  ].join('; ');
}

/** JSON inside a <script type="application/json">: no `</script>` or comment can close it early. */
function safeJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

export interface AdminPage {
  lang: string;
  title: string;
  script: string;
  csp: string;
  data: AdminPageData;
}

export function adminPageHtml(page: AdminPage): string {
  return `<!doctype html>
<html lang="${page.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="content-security-policy" content="${page.csp}">
<meta name="robots" content="noindex, nofollow">
<meta name="referrer" content="same-origin">
<link rel="icon" href="/emblem.svg" type="image/svg+xml">
<title>${page.title}</title>
<script type="application/json" id="cms-data">${safeJson(page.data)}</script>
<script type="module" src="${page.script}"></script>
</head>
<body></body>
</html>
`;
}
