/**
 * The history of every content file, from git, for the translation status
 * (src/lib/translation-status.ts, which is pure). Shared by `npm run i18n:status` and the staff
 * pages, so the git reading exists once. One `git log` pass and one `git status`, both run in the
 * content folder, which may be a repository of its own or none at all.
 */
import { execFileSync } from 'node:child_process';
import { realpathSync } from 'node:fs';
import { findContentFiles } from '../lib/content-files.ts';
import { posixRelative } from '../lib/paths.ts';
import { gitHistory, type FileChange } from '../lib/translation-status.ts';

export interface TranslationHistory {
  /** `collection/locale/slug` → the file's changes, newest first. */
  files: Map<string, FileChange[]>;
  /** False when the content is not in a git repository (or git is missing): every file counts as changed now. */
  fromGit: boolean;
}

/** git's output, or undefined when git cannot answer (no repository, no commits yet, no git at all). */
function git(cwd: string, ...args: string[]): string | undefined {
  try {
    return execFileSync('git', args, {
      cwd,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
      stdio: ['ignore', 'pipe', 'ignore'],
    });
  } catch {
    return undefined;
  }
}

/**
 * Each entry file's changes under `root`. Uncommitted edits count as made `now` (the build's one
 * clock, ISO), after every commit; so does every file when there is no history to read, which
 * leaves all translations up to date relative to each other rather than failing the page.
 */
export function translationHistory(root: string, now: string): TranslationHistory {
  const dir = realpathSync(root);
  const top = git(dir, 'rev-parse', '--show-toplevel')?.trim();
  // A repository without commits makes `git log` fail; its files are all uncommitted.
  const log = top
    ? (git(dir, '-c', 'core.quotePath=false', 'log', '--format=%x00%cI %s', '--name-only', '--', '.') ?? '')
    : '';
  const status = top ? (git(dir, 'status', '--porcelain', '-z', '--untracked-files=all', '--', '.') ?? '') : '';
  const changesOf = gitHistory(log, status, now);
  // git names files from the repository root with '/', on Windows too; so do the keys looked up.
  const base = top ? realpathSync(top) : dir;
  const files = new Map<string, FileChange[]>();
  for (const f of findContentFiles(root).files) {
    if (!f.locale) continue;
    files.set(`${f.collection}/${f.locale}/${f.slug}`, changesOf(posixRelative(base, realpathSync(f.file))));
  }
  return { files, fromGit: top !== undefined };
}
