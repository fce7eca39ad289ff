/**
 * Links from content to other pages of the site, checked against the one URL set
 * (`urlStates`, src/lib/site-urls.ts): a link must lead to a page the build writes.
 */
import type { PublicationState } from '../publication.ts';
import type { GateFinding } from './finding.ts';

/** Long enough to find the link in the file, short enough to read. */
const SHOWN = 120;

/**
 * The site URL a site-relative href leads to, as a browser and a static host resolve it: no
 * `?query` or `#fragment`, dot segments resolved, percent-decoded, and the trailing slash of a
 * page added when the last segment has no extension. `undefined` for a malformed `%` escape.
 */
export function linkTarget(href: string): string | undefined {
  const { pathname } = new URL(href, 'https://site.invalid');
  let path: string;
  try {
    path = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  const last = path.slice(path.lastIndexOf('/') + 1);
  return last === '' || /\.[a-z0-9]+$/i.test(last) ? path : `${path}/`;
}

/**
 * Findings for one link: none for a published page or a link that is not site-relative
 * (external links, `//host`, fragments and relative paths are judged elsewhere).
 */
export function internalLinkFindings(href: string, states: ReadonlyMap<string, PublicationState>): GateFinding[] {
  if (!href.startsWith('/') || /^\/[/\\]/.test(href)) return [];
  const params = { path: href.length > SHOWN ? `${href.slice(0, SHOWN)}…` : href };
  const target = linkTarget(href);
  if (target === undefined) return [{ key: 'link.malformed', params }];
  const state = states.get(target);
  if (state === undefined) return [{ key: 'link.unknown', params }];
  // One message for every state that is not 'published': the editor only needs to know the
  // page is not out yet.
  if (state !== 'published') return [{ key: 'link.unpublished', params }];
  return [];
}
