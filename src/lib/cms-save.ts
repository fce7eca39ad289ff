/**
 * What the CMS is about to save, in the shape the content gate reads: the files (front matter +
 * body, or YAML) of one entry in every language it has, and its pending image uploads. Pure, so
 * the browser (to send it) and the dev server (to check it) share it.
 */
import { stringify } from 'yaml';
import { pruneEmpty } from './cms-form.ts';

/** One file of a save, by its path from the repository root (`content/articles/vi/x.md`). */
export interface SaveFile {
  path: string;
  /** Text for entries and data files, base64 for images. */
  text?: string;
  base64?: string;
}

/** A Markdown entry as the CMS writes it: YAML front matter, then the body. */
export function entrySource(data: Record<string, unknown>): string {
  const { body, ...fields } = data;
  const front = (pruneEmpty(fields) ?? {}) as Record<string, unknown>;
  return `---\n${stringify(front)}---\n${typeof body === 'string' ? body : ''}\n`;
}

/** A YAML data file (an anniversary, a year's plan). */
export function dataSource(data: Record<string, unknown>): string {
  return stringify(pruneEmpty(data) ?? {});
}

/**
 * The path of an entry's file in one language. Collections with languages live in
 * `content/<collection>/<lang>/<slug>.md`, data collections in `content/<collection>/<slug>.yaml`.
 */
export function savePath(collection: string, slug: string, locale?: string): string {
  return locale ? `content/${collection}/${locale}/${slug}.md` : `content/${collection}/${slug}.yaml`;
}

/**
 * What the CMS sends to be checked: the entry's fields per language (`''` for a data file
 * without languages) and its pending uploads. The server turns it into files (`saveFiles`).
 */
export interface SaveRequest {
  collection: string;
  slug: string;
  /** Fields by locale code; one key `''` for the language-neutral collections. */
  data: Record<string, Record<string, unknown>>;
  media: { path: string; base64: string }[];
}

export function saveFiles(request: SaveRequest): SaveFile[] {
  const files: SaveFile[] = Object.entries(request.data).map(([locale, fields]) =>
    locale === ''
      ? { path: savePath(request.collection, request.slug), text: dataSource(fields) }
      : { path: savePath(request.collection, request.slug, locale), text: entrySource(fields) },
  );
  return [...files, ...request.media];
}

/** A save is only ever files under content/ with a safe name: the check writes them to a copy. */
export function isSafeSavePath(path: string): boolean {
  return /^content\/(?:[a-z0-9-]+\/){1,2}[\w.-]+$/.test(path) && !path.split('/').some((p) => p.startsWith('.'));
}
