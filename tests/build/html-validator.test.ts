/** The W3C Nu HTML checker (vnu-jar, on Java) reports no error on any template in any locale. */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { templatePages } from '../support/templates.ts';

const JAR = 'node_modules/vnu-jar/build/dist/vnu.jar';

describe('W3C Nu HTML checker', () => {
  it('finds no error on one page of every template in every locale', () => {
    const java = spawnSync('java', ['-version'], { encoding: 'utf8' });
    if (java.status !== 0)
      throw new Error(
        'Java is missing: apt-get install -y default-jre-headless (the HTML checker runs on it). Tests never skip.',
      );
    const files = templatePages().map((p) => p.file);
    // One JVM for all files: starting Java per file would cost seconds each.
    const run = spawnSync('java', ['-Xss4m', '-jar', JAR, '--errors-only', '--format', 'json', ...files], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    // The checker exits 0 (no error) or 1 (errors found) and always prints its JSON report; a
    // JVM that could not start, crashed or was killed does neither, and must not pass for "no error".
    if (run.error) throw new Error(`The HTML checker did not run: ${run.error.message}`);
    const died = `The HTML checker died (status ${run.status}, signal ${run.signal}):\n${run.stderr.slice(-2000)}`;
    if (run.status !== 0 && run.status !== 1) throw new Error(died);
    let report: { messages: { type: string; url?: string; lastLine?: number; message: string }[] };
    try {
      report = JSON.parse(run.stderr) as typeof report;
    } catch {
      throw new Error(died);
    }
    if (!Array.isArray(report.messages)) throw new Error(died);
    // A file the checker could not read is a `non-document-error`, not a pass.
    const errors = report.messages
      .filter((m) => m.type === 'error' || m.type === 'non-document-error')
      .map((m) => `${(m.url ?? '?').replace(/^.*\/dist\//, '')}:${m.lastLine ?? '?'} ${m.message}`);
    expect(files.length).toBeGreaterThanOrEqual(56);
    expect(errors).toEqual([]);
    // Status 1 with nothing in the report would be a failure the report does not describe.
    expect(run.status, died).toBe(0);
  });
});
