/**
 * Where content may come from: files inside the content folder (or the site's public/ folder),
 * reached without symlinks that lead elsewhere. Absolute paths, `..` escapes, symlinks out of
 * the tree and symlink loops are messages, never a read of a system file or a crashed build.
 */
import { lstatSync, readdirSync, realpathSync, statSync, type Dirent } from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { GateFinding } from './finding.ts';

const inside = (root: string, path: string) => {
  const rel = relative(root, path);
  return rel !== '' && !rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel);
};

/** Real paths of the folders content may reference files in. */
export function contentRoots(contentDir: string, publicDir = 'public'): string[] {
  return [contentDir, publicDir].flatMap((dir) => {
    try {
      return [realpathSync(dir)];
    } catch {
      return [];
    }
  });
}

/**
 * A file an entry references (`./anh.jpg`, `../images/x.svg`), resolved from the entry's folder
 * and followed through symlinks; refused when it is absolute, missing or outside `roots`.
 */
export function resolveReferenced(
  fromDir: string,
  ref: string,
  roots: readonly string[],
): { path: string } | { finding: GateFinding } {
  const params = { path: ref.slice(0, 80) };
  if (isAbsolute(ref) || /^[a-zA-Z]:[\\/]/.test(ref) || ref.includes('\0'))
    return { finding: { key: 'file.absolute', params } };
  let real: string;
  try {
    real = realpathSync(resolve(fromDir, ref));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { finding: { key: code === 'ELOOP' ? 'file.loop' : 'file.missing', params } };
  }
  if (!roots.some((root) => inside(root, real))) return { finding: { key: 'file.outside', params } };
  if (!statSync(real).isFile()) return { finding: { key: 'file.missing', params } };
  return { path: real };
}

export interface ListedFile {
  path: string;
  /** Set when the file is a symlink or sits in a way the site will not read. */
  finding?: GateFinding;
}

/**
 * Every file under `dir`, sorted, without following symlinks: a symlinked file or folder is
 * listed with a finding (an editor's upload is never a link into the build machine).
 */
export function listContentFiles(dir: string, maxDepth = 4): ListedFile[] {
  const out: ListedFile[] = [];
  const walk = (current: string, depth: number) => {
    let entries: Dirent[];
    try {
      entries = readdirSync(current, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      const full = join(current, entry.name);
      if (entry.isSymbolicLink()) out.push({ path: full, finding: { key: 'file.symlink', params: { path: full } } });
      else if (entry.isDirectory()) {
        if (depth < maxDepth) walk(full, depth + 1);
        else out.push({ path: full, finding: { key: 'file.too-deep', params: { path: full } } });
      } else if (!entry.isFile()) {
        // A FIFO or device named like an entry would hang or feed the build whatever it likes.
        out.push({ path: full, finding: { key: 'file.special', params: { path: full } } });
      } else if (lstatSync(full).nlink > 1) {
        // Git never checks out hard links: one here shares its bytes with a file elsewhere.
        out.push({ path: full, finding: { key: 'file.hardlink', params: { path: full } } });
      } else out.push({ path: full });
    }
  };
  walk(dir, 0);
  return out;
}

/** True when `dir` exists and is a folder (not a symlink to one elsewhere). */
export function isFolder(dir: string): boolean {
  try {
    return lstatSync(dir).isDirectory();
  } catch {
    return false;
  }
}
