/**
 * Which URLs content may carry: an allowlist of schemes, judged after the parser has decoded
 * entities and after the clean-up a browser does itself (it drops tabs and newlines anywhere
 * in a URL and control characters or spaces at its ends, so `java&#9;script:` is `javascript:`).
 */
import type { GateFinding } from './finding.ts';

/** `link`: `<a href>`, Markdown links; `image`: image sources; `cite`: `cite=` of quotes. */
export type UrlUse = 'link' | 'image' | 'cite';

export type UrlVerdict =
  | { kind: 'external'; url: string }
  | { kind: 'site'; path: string }
  | { kind: 'fragment' }
  | { kind: 'file'; path: string }
  | { kind: 'refused'; finding: GateFinding };

const SCHEMES: Record<UrlUse, readonly string[]> = {
  link: ['https', 'mailto', 'tel'],
  cite: ['https'],
  image: [],
};

/** What a browser would make of the attribute value. */
export function browserUrl(raw: string): string {
  // eslint-disable-next-line no-control-regex -- browsers strip C0 controls and spaces at both ends
  return raw.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '');
}

export function judgeUrl(raw: string, use: UrlUse): UrlVerdict {
  const url = browserUrl(raw);
  const shown = url.slice(0, 60);
  const refuse = (key: GateFinding['key']): UrlVerdict => ({
    kind: 'refused',
    finding: { key, params: { url: shown } },
  });
  // Control characters have no business in a URL and hide schemes from people reading the file.
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  if (/[\u0000-\u001f\u007f]/.test(url)) return refuse('url.control');
  if (url === '') return refuse('url.empty');
  const scheme = /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(url)?.[1]?.toLowerCase();
  if (scheme !== undefined) {
    if (scheme === 'http' && use !== 'image') return refuse('url.http');
    if (!SCHEMES[use].includes(scheme)) return refuse(use === 'image' ? 'url.image-remote' : 'url.scheme');
    if (scheme === 'https') {
      try {
        if (!new URL(url).hostname) return refuse('url.malformed');
      } catch {
        return refuse('url.malformed');
      }
    }
    return { kind: 'external', url };
  }
  // `//host/x` and `/\host/x` are another site, whatever they look like.
  if (/^[/\\]{2}/.test(url)) return refuse(use === 'image' ? 'url.image-remote' : 'url.protocol-relative');
  if (url.startsWith('/')) return { kind: 'site', path: url };
  if (url.startsWith('#')) return use === 'link' ? { kind: 'fragment' } : refuse('url.relative');
  if (use === 'image') return { kind: 'file', path: url };
  return refuse('url.relative');
}
