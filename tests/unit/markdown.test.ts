import { describe, expect, it } from 'vitest';
import { markdownToHtml } from 'satteri';
import { tildeAsText } from '../../src/markdown/tilde-as-text.ts';

const html = (src: string) => markdownToHtml(src, { mdastPlugins: [tildeAsText] }).html.trim();

describe('tilde ranges in Chinese and Korean text', () => {
  it('keeps 1948~1950 as text instead of strikethrough', () => {
    expect(html('1948~1950년, (1949~1954)')).toBe('<p>1948~1950년, (1949~1954)</p>');
    expect(html('1947年~1954年期间')).not.toContain('<del>');
  });
  it('leaves deliberate ~~strikethrough~~ alone', () => {
    expect(html('a ~~b~~ c')).toBe('<p>a <del>b</del> c</p>');
  });
});
