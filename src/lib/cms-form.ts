/**
 * What a CMS form holds, made ready to check and save. Browser-safe and pure: the editor page
 * (src/scripts/admin/) and the dev server's check share it.
 */

/**
 * Drops what a form leaves behind when a field is not filled in: empty strings, empty lists and
 * objects whose fields are all empty. The schemas say "optional" by absence; `cover: { src: '' }`
 * would be refused as a missing image instead of no cover at all.
 */
export function pruneEmpty(value: unknown): unknown {
  if (typeof value === 'string') return value.trim() === '' ? undefined : value;
  if (value === null) return undefined;
  if (value instanceof Date) return value;
  if (Array.isArray(value)) {
    const items = value.map(pruneEmpty).filter((v) => v !== undefined);
    return items.length === 0 ? undefined : items;
  }
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .map(([k, v]) => [k, pruneEmpty(v)] as const)
      .filter(([, v]) => v !== undefined);
    return entries.length === 0 ? undefined : Object.fromEntries(entries);
  }
  return value;
}

type Key = string | number;

/**
 * The paths `pruneEmpty` would drop, for removing them from the CMS's own (immutable) entry in
 * place. Later list items come first, so deleting one does not move the next path's index.
 */
export function emptyPaths(value: unknown, at: Key[] = []): Key[][] {
  if (at.length > 0 && pruneEmpty(value) === undefined) return [at];
  if (Array.isArray(value)) return value.flatMap((v, i) => emptyPaths(v, [...at, i])).reverse();
  if (value !== null && typeof value === 'object')
    return Object.entries(value as Record<string, unknown>).flatMap(([k, v]) => emptyPaths(v, [...at, k]));
  return [];
}

/**
 * The file name Decap will give a new entry, for checking it before Decap has made it: the title
 * without accents (đ too), lowercase, words joined by hyphens, as the `slug` settings ask.
 */
export function draftSlug(title: string): string {
  return title
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
