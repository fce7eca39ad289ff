import { describe, expect, it } from 'vitest';
import { validateContent } from '../../src/lib/content-files.ts';

describe('content validation outside Astro', () => {
  it('reports every problem with its file and field, not only the first', () => {
    const { problems } = validateContent('tests/fixtures/content-invalid');
    const lines = problems.map((p) => `${p.file.replace(/^.*content-invalid\//, '')} ${p.field ?? '-'} ${p.message}`);
    expect(lines).toEqual([
      expect.stringMatching(/^heritage\/en\/no-source\.md - This translation has no vi source/),
      expect.stringMatching(/^heritage\/vi\/bad-date\.md publishAt 2025-02-30 does not exist/),
    ]);
  });
  it('passes the demo content', () => {
    const { files, problems } = validateContent('content');
    expect(problems).toEqual([]);
    expect(files.length).toBeGreaterThan(0);
  });
});
