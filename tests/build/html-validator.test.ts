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
    const report = JSON.parse(run.stderr || '{"messages":[]}') as {
      messages: { type: string; url: string; lastLine?: number; message: string }[];
    };
    const errors = report.messages
      .filter((m) => m.type === 'error')
      .map((m) => `${m.url.replace(/^.*\/dist\//, '')}:${m.lastLine ?? '?'} ${m.message}`);
    expect(files.length).toBeGreaterThanOrEqual(56);
    expect(errors).toEqual([]);
  });
});
