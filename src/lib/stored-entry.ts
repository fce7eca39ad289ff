/**
 * What the content loader keeps of an entry in Astro's data store. The store is bundled into the
 * build as one JSON string, held in memory while Vite bundles it: the build's memory peak. At
 * 11,400 entries it is 67 MB with everything and 39 MB with only what a page reads:
 * - of the Markdown source (`body`), only what a page reads of it: a Vietnamese page folds the
 *   words that contain "đ" for search (route-views.ts), so those words are kept, each once; no
 *   other page reads the source (the page itself shows `rendered.html`);
 * - `rendered.metadata` without `frontmatter`, a second copy of the data as Astro's own YAML
 *   parser read it (the loader re-reads the file, see src/data/loader.ts), which nothing uses.
 */
import { getLocale, isLocaleCode } from '../i18n/locales.ts';
import { dWords, foldsD } from './search-text.ts';

/** The parts of a stored entry this touches; everything else passes through unchanged. */
export interface StoredEntry {
  id: string;
  body?: string | undefined;
  rendered?: { html: string; metadata?: Record<string, unknown> } | undefined;
}

/**
 * What pages read of the body of the entry `id` (`<locale>/<slug>`): its "đ" words in a language
 * that folds them, nothing in the others. An id without a known language keeps its whole body
 * (the content gate reports the misplaced file).
 */
export function bodyRead(id: string): 'all' | 'd-words' | 'none' {
  const code = id.split('/')[0];
  if (!isLocaleCode(code)) return 'all';
  return foldsD(getLocale(code).lang) ? 'd-words' : 'none';
}

export function slimStoredEntry<T extends StoredEntry>(entry: T): T {
  const slim = { ...entry };
  const read = bodyRead(entry.id);
  if (read === 'none') delete slim.body;
  else if (read === 'd-words' && entry.body !== undefined) slim.body = dWords(entry.body);
  if (entry.rendered?.metadata && 'frontmatter' in entry.rendered.metadata) {
    const { frontmatter: _unused, ...metadata } = entry.rendered.metadata;
    slim.rendered = { ...entry.rendered, metadata };
  }
  return slim;
}
