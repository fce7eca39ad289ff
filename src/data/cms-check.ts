/**
 * The content gate on what the CMS is about to save, before it is saved: the files are written
 * into a throwaway copy of the content folder, the whole gate runs on that copy (cross-file
 * checks included: a link to a missing entry, a slug taken twice), and the problems of the saved
 * files come back as the lines `npm run check:content` prints. Nothing touches the real content.
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { checkContent } from '../lib/content-checks.ts';
import { isSafeSavePath, type SaveFile } from '../lib/cms-save.ts';
import { imageFileProblems } from '../lib/gate/images.ts';
import { formatProblem } from '../lib/gate/report.ts';
import { editorText } from '../i18n/editor.ts';

export interface SaveCheck {
  errors: string[];
  warnings: string[];
}

export async function checkSave(files: readonly SaveFile[], contentRoot: string, now: Date): Promise<SaveCheck> {
  const unsafe = files.find((f) => !isSafeSavePath(f.path));
  if (unsafe) return { errors: [`✗ ${unsafe.path}: not a content file`], warnings: [] };
  const base = mkdtempSync(join(tmpdir(), 'cms-check-'));
  try {
    const copy = join(base, 'content');
    cpSync(contentRoot, copy, { recursive: true });
    const written = new Set<string>();
    for (const f of files) {
      const target = join(base, f.path);
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, f.base64 !== undefined ? Buffer.from(f.base64, 'base64') : (f.text ?? ''));
      written.add(resolve(target));
    }
    const { problems } = await checkContent(copy, { now });
    const mine = problems.filter((p) => written.has(resolve(p.file)));
    const lines = (severity: 'error' | 'warning') =>
      mine.filter((p) => p.severity === severity).map((p) => formatProblem(p, base));
    return { errors: lines('error'), warnings: lines('warning') };
  } finally {
    rmSync(base, { recursive: true, force: true });
  }
}

/**
 * The gate's image checks on an upload made from the CMS's media page, which saves a file without
 * an entry (so no entry check sees it): same limits, same messages. Empty when the file is fine.
 */
export async function checkUpload(path: string, base64: string): Promise<string[]> {
  if (!isSafeSavePath(path)) return [`✗ ${path}: not a content file`];
  const dir = mkdtempSync(join(tmpdir(), 'cms-upload-'));
  try {
    const file = join(dir, basename(path));
    writeFileSync(file, Buffer.from(base64, 'base64'));
    const findings = await imageFileProblems(file);
    return findings.map((f) => `✗ ${path} ${editorText(f.key, f.params as never)}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
