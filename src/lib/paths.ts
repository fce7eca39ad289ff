/** Where the content lives, and paths written the same way on every OS. */
import nodePath from 'node:path';

/** Where the content lives. Tests point `CONTENT_DIR` at small fixture folders. */
export function contentDir(env: Record<string, string | undefined> = process.env): string {
  return (env.CONTENT_DIR ?? './content').replace(/[\\/]$/, '');
}

/** The parts of node:path used here; tests pass `path.win32` to run the code as on Windows. */
export type PathApi = Pick<typeof nodePath, 'relative' | 'sep'>;

/**
 * The folders and file name of `file` below `dir`, the same on every OS: `['vi', 'x.md']`.
 * (`relative` gives `vi\x.md` on Windows: splitting it on '/' would misplace every entry.)
 */
export function segmentsBelow(dir: string, file: string, path: PathApi = nodePath): string[] {
  const rel = path.relative(dir, file);
  return rel === '' ? [] : rel.split(path.sep);
}

/** `file` relative to `dir`, written with '/' as git and URLs write paths. */
export function posixRelative(dir: string, file: string, path: PathApi = nodePath): string {
  return segmentsBelow(dir, file, path).join('/');
}
