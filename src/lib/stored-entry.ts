/**
 * What the content loader keeps of an entry in Astro's data store. The store is bundled into the
 * build as one JSON string, held in memory while Vite bundles it: the build's memory peak. At
 * 11,400 entries it is 67 MB with everything and 44 MB with only what a page reads:
 * - the Markdown source (`body`) of Vietnamese entries only, the one language whose pages read
 *   it (the search's folded "đ" words, route-views.ts); the page itself shows `rendered.html`;
 * - `rendered.metadata` without `frontmatter`, a second copy of the data as Astro's own YAML
 *   parser read it (the loader re-reads the file, see src/data/loader.ts), which nothing uses.
 */
import { getLocale, isLocaleCode } from '../i18n/locales.ts';
import { foldsD } from './search-text.ts';

/** The parts of a stored entry this touches; everything else passes through unchanged. */
export interface StoredEntry {
  id: string;
  body?: string | undefined;
  rendered?: { html: string; metadata?: Record<string, unknown> } | undefined;
}

/** Whether pages read the body of the entry `id` (`<locale>/<slug>`). Unknown: kept. */
export function bodyIsRead(id: string): boolean {
  const code = id.split('/')[0];
  return !isLocaleCode(code) || foldsD(getLocale(code).lang);
}

export function slimStoredEntry<T extends StoredEntry>(entry: T): T {
  const slim = { ...entry };
  if (!bodyIsRead(entry.id)) delete slim.body;
  if (entry.rendered?.metadata && 'frontmatter' in entry.rendered.metadata) {
    const { frontmatter: _unused, ...metadata } = entry.rendered.metadata;
    slim.rendered = { ...entry.rendered, metadata };
  }
  return slim;
}
