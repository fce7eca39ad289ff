/**
 * How gate problems are shown, the same in the terminal (`npm run check:content`) and in
 * Astro's error (dev overlay, `astro build`): one line each, `✗ file:line [field] message`.
 */
import { relative } from 'node:path';
import type { Problem } from '../content-files.ts';

export function formatProblem(p: Problem, cwd = process.cwd()): string {
  const where = `${relative(cwd, p.file) || p.file}${p.line ? `:${p.line}` : ''}`;
  const field = p.field ? ` [${p.field}]` : '';
  // Messages from the YAML reader already start with the file and line.
  const message = p.message.startsWith(p.file) ? p.message.slice(p.message.indexOf(': ') + 2) : p.message;
  return `${p.severity === 'error' ? '✗' : '⚠'} ${where}${field} ${message}`;
}

export function countErrors(problems: readonly Problem[]): { errors: number; warnings: number } {
  const errors = problems.filter((p) => p.severity === 'error').length;
  return { errors, warnings: problems.length - errors };
}
