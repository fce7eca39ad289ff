/** How the gate shows a problem (terminal and Astro's error), and how it stops Astro. */
import { join } from 'node:path';
import { AstroError } from 'astro/errors';
import { describe, expect, it } from 'vitest';
import type { Problem } from '../../src/lib/content-files.ts';
import { countErrors, formatProblem } from '../../src/lib/gate/report.ts';
import { stopWithMessage } from '../../src/lib/gate/stop.ts';

const cwd = join('/', 'site');
const problem = (over: Partial<Problem>): Problem => ({
  file: join(cwd, 'content', 'articles', 'vi', 'bai.md'),
  message: 'Something is wrong.',
  severity: 'error',
  ...over,
});

describe('formatProblem', () => {
  it('writes one line: mark, file relative to the project, line, field, message', () => {
    expect(formatProblem(problem({ line: 8, field: 'title' }), cwd)).toBe(
      `✗ ${join('content', 'articles', 'vi', 'bai.md')}:8 [title] Something is wrong.`,
    );
    expect(formatProblem(problem({ severity: 'warning' }), cwd)).toBe(
      `⚠ ${join('content', 'articles', 'vi', 'bai.md')} Something is wrong.`,
    );
  });
  it('does not repeat the file a YAML message already starts with', () => {
    const file = join(cwd, 'content', 'anniversaries', 'x.yaml');
    expect(formatProblem(problem({ file, line: 3, message: `${file}:3: invalid YAML` }), cwd)).toBe(
      `✗ ${join('content', 'anniversaries', 'x.yaml')}:3 invalid YAML`,
    );
  });
  it('names the folder itself when the problem is the content folder', () => {
    expect(formatProblem(problem({ file: cwd, message: 'No content folder.' }), cwd)).toBe(
      `✗ ${cwd} No content folder.`,
    );
  });
});

describe('countErrors', () => {
  it('counts errors and warnings apart', () => {
    expect(countErrors([problem({}), problem({ severity: 'warning' }), problem({})])).toEqual({
      errors: 2,
      warnings: 1,
    });
    expect(countErrors([])).toEqual({ errors: 0, warnings: 0 });
  });
});

describe('stopWithMessage', () => {
  it("throws Astro's error with the message and hint, and no stack trace for an editor to read", () => {
    let thrown: unknown;
    try {
      stopWithMessage('2 errors in the content', 'Fix them and build again.');
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(AstroError);
    expect(thrown).toMatchObject({ message: '2 errors in the content', hint: 'Fix them and build again.', stack: '' });
  });
});
