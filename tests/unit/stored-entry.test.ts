import { describe, expect, it } from 'vitest';
import { foldedDWords } from '../../src/lib/search-text.ts';
import { bodyRead, slimStoredEntry } from '../../src/lib/stored-entry.ts';

const rendered = () => ({
  html: '<p>Đền Đuổm</p>',
  metadata: { headings: [{ depth: 2, slug: 'a', text: 'A' }], frontmatter: { title: 'Đền Đuổm' }, imagePaths: [] },
});

describe('slimStoredEntry', () => {
  it('keeps of a Vietnamese body the words with "đ", each once: all its page folds for search', () => {
    const body =
      '## Lễ hội\n\nĐền **Đuổm** ở Phú Lương; lễ hội đền Đuổm mở vào [tháng Giêng](/le-hoi/). Đền thờ Dương Tự Minh, người Định Hóa.';
    const slim = slimStoredEntry({ id: 'vi/den-duom', body, digest: 'x', rendered: rendered() });
    expect(slim.body).toBe('Đền Đuổm đền Định');
    // What the page indexes (route-views.ts: title, description, body) is the same either way.
    const page = (text: string) => foldedDWords(`Chè Tân Cương ${text}`);
    expect(page(slim.body)).toBe('den dinh duom');
    expect(page(slim.body)).toBe(page(body));
  });

  it('keeps a Vietnamese body without "đ" as an empty string, and a missing body missing', () => {
    expect(slimStoredEntry({ id: 'vi/che', body: 'Chè Tân Cương' }).body).toBe('');
    expect('body' in slimStoredEntry({ id: 'vi/che' })).toBe(false);
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
    expect(bodyRead('den-duom')).toBe('all');
    expect(bodyRead('fr/den-duom')).toBe('all');
    expect(slimStoredEntry({ id: 'fr/x', body: 'b' }).body).toBe('b');
  });
});
