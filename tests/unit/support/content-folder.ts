/**
 * Small content folders for gate tests: a copy of `tests/fixtures/content-valid` with some files
 * added. They live three levels deep in the project (under node_modules/.cache), like the
 * fixture, so its MDX import path still resolves; `cleanup` removes every folder made.
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** A file's text, or a function that makes the file at `path` (a symlink, a FIFO…). */
export type MakeFile = string | ((root: string, path: string) => void);

export function contentFolders(prefix: string) {
  const made: string[] = [];
  return {
    folder: (files: Record<string, MakeFile>): string => {
      mkdirSync('node_modules/.cache', { recursive: true });
      const root = mkdtempSync(join('node_modules/.cache', `${prefix}-`));
      made.push(root);
      cpSync('tests/fixtures/content-valid', root, { recursive: true });
      for (const [path, make] of Object.entries(files)) {
        mkdirSync(join(root, path, '..'), { recursive: true });
        if (typeof make === 'string') writeFileSync(join(root, path), make);
        else make(root, join(root, path));
      }
      return root;
    },
    cleanup: () => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })),
  };
}
