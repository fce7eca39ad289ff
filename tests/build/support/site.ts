/** Reads a built site: every HTML page, keyed by its site-relative URL. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { load, type CheerioAPI } from 'cheerio';

export interface BuiltPage {
  url: string;
  file: string;
  $: CheerioAPI;
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? walk(full) : [full];
  });
}

export function readSite(dist: string): Map<string, BuiltPage> {
  const pages = new Map<string, BuiltPage>();
  for (const file of walk(dist).filter((f) => f.endsWith('.html'))) {
    const rel = relative(dist, file).split(sep).join('/');
    const url = '/' + rel.replace(/(^|\/)index\.html$/, '$1').replace(/\.html$/, '');
    pages.set(url, { url, file, $: load(readFileSync(file, 'utf8')) });
  }
  return pages;
}

/** Site-relative path of an absolute URL on the site. */
export function sitePath(href: string, site: string): string {
  const u = new URL(href, site);
  return u.origin === new URL(site).origin ? u.pathname : href;
}
