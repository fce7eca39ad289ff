import { describe, expect, it } from 'vitest';
import { markdownToHtml } from 'satteri';
import { tildeAsText } from '../../src/markdown/tilde-as-text.ts';
import { bareWww } from '../../src/markdown/bare-www.ts';
import { directives } from '../../src/markdown/directives.ts';
import { MARKDOWN_FEATURES } from '../../src/markdown/features.ts';
import { securityTxt } from '../../src/lib/security-txt.ts';

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

describe('the site dialect: callouts, text that looks like a directive, bare www addresses', () => {
  const site = (src: string) =>
    markdownToHtml(src, { features: MARKDOWN_FEATURES, mdastPlugins: [directives, bareWww] }).html.trim();
  it('draws :::note and :::important as the callout box, with its title', () => {
    expect(site(':::note{title="Lưu ý"}\nMở cửa **7:30**.\n:::')).toBe(
      '<aside class="callout note">\n<p class="callout-title">Lưu ý</p>\n<p>Mở cửa <strong>7:30</strong>.</p>\n</aside>',
    );
    expect(site(':::important\nx\n:::')).toBe('<aside class="callout important">\n<p>x</p>\n</aside>');
  });
  it('gives back prose that only looks like a directive, word for word', () => {
    expect(site('Email:info và vi:du, ::x')).toBe('<p>Email:info và vi:du, ::x</p>');
  });
  it('sends a bare www address to https, and leaves a written http link as written', () => {
    expect(site('Xem www.thainguyen.gov.vn.')).toContain('href="https://www.thainguyen.gov.vn"');
    expect(site('[cổng](http://www.example.vn/)')).toContain('href="http://www.example.vn/"');
  });
});

describe('security.txt', () => {
  it('expires a year after the build clock and names its canonical address', () => {
    const text = securityTxt({
      contacts: ['mailto:a@b.vn'],
      now: new Date('2026-01-01T00:00:00Z'),
      site: 'https://x.example',
    });
    expect(text).toContain('Expires: 2027-01-01T00:00:00Z');
    expect(text).toContain('Canonical: https://x.example/.well-known/security.txt');
  });
});
