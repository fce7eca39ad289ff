import { describe, expect, it } from 'vitest';
import { bodyIsRead, slimStoredEntry } from '../../src/lib/stored-entry.ts';

const rendered = () => ({
  html: '<p>Đền Đuổm</p>',
  metadata: { headings: [{ depth: 2, slug: 'a', text: 'A' }], frontmatter: { title: 'Đền Đuổm' }, imagePaths: [] },
});

describe('slimStoredEntry', () => {
  it('keeps the body of a Vietnamese entry, which its page folds for search', () => {
    const entry = { id: 'vi/den-duom', body: 'Đền Đuổm', digest: 'x', rendered: rendered() };
    expect(slimStoredEntry(entry).body).toBe('Đền Đuổm');
  });

  it.each(['en', 'zh', 'ko'])('drops the body of a %s entry, which no page reads', (code) => {
    const slim = slimStoredEntry({ id: `${code}/den-duom`, body: 'Duom Temple', rendered: rendered() });
    expect('body' in slim).toBe(false);
    expect(slim.rendered?.html).toBe('<p>Đền Đuổm</p>');
  });

  it('drops the second copy of the frontmatter and keeps the headings the contents list needs', () => {
    const slim = slimStoredEntry({ id: 'en/den-duom', rendered: rendered() });
    expect(slim.rendered?.metadata).toEqual({ headings: [{ depth: 2, slug: 'a', text: 'A' }], imagePaths: [] });
  });

  it('passes everything else through and does not change the entry it was given', () => {
    const entry = { id: 'en/x', body: 'b', digest: 'd', filePath: 'content/articles/en/x.md', rendered: rendered() };
    const slim = slimStoredEntry(entry);
    expect(slim).toMatchObject({ id: 'en/x', digest: 'd', filePath: 'content/articles/en/x.md' });
    expect(entry.body).toBe('b');
    expect(entry.rendered.metadata.frontmatter).toEqual({ title: 'Đền Đuổm' });
  });

  it('keeps the body when the id names no language (the content gate reports the misplaced file)', () => {
    expect(bodyIsRead('den-duom')).toBe(true);
    expect(bodyIsRead('fr/den-duom')).toBe(true);
    expect(slimStoredEntry({ id: 'fr/x', body: 'b' }).body).toBe('b');
  });
});
