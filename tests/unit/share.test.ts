/** Share links: plain URLs that carry the page address and title, encoded, and nothing else. */
import { describe, expect, it } from 'vitest';
import { shareLinks } from '../../src/lib/share.ts';

const page = {
  url: 'https://thainguyen.example/en/heritage/atk-dinh-hoa/?a=1&b=2',
  title: 'ATK Định Hóa & the "safe zone"',
  emailLabel: 'Email',
};

describe('shareLinks', () => {
  it('gives Facebook, X and e-mail links with the URL and title encoded', () => {
    const links = shareLinks({ ...page, lang: 'en' });
    expect(links.map((l) => l.id)).toEqual(['facebook', 'x', 'email']);
    for (const link of links) {
      const href = new URL(link.href);
      const values = [...href.searchParams.values()];
      expect(values, link.id).toContain(page.url);
      // The ampersand in the page URL must not split it into parameters of the share URL.
      expect(href.searchParams.has('b'), link.id).toBe(false);
    }
    const x = new URL(links[1]!.href);
    expect(x.origin + x.pathname).toBe('https://x.com/intent/post');
    expect(x.searchParams.get('text')).toBe(page.title);
    const mail = new URL(links[2]!.href);
    expect(mail.protocol).toBe('mailto:');
    expect(mail.searchParams.get('subject')).toBe(page.title);
    expect(links[2]!.label).toBe('Email');
  });
  it('adds Weibo for Chinese pages only, before e-mail', () => {
    expect(shareLinks({ ...page, lang: 'zh-Hans' }).map((l) => l.id)).toEqual(['facebook', 'x', 'weibo', 'email']);
    for (const lang of ['vi', 'en', 'ko'])
      expect(
        shareLinks({ ...page, lang }).some((l) => l.id === 'weibo'),
        lang,
      ).toBe(false);
    const weibo = shareLinks({ ...page, lang: 'zh-Hans' }).find((l) => l.id === 'weibo')!;
    expect(new URL(weibo.href).searchParams.get('url')).toBe(page.url);
  });
  it('uses only https and mailto links (no script, no tracker)', () => {
    for (const l of shareLinks({ ...page, lang: 'zh-Hans' })) expect(l.href).toMatch(/^(https:\/\/|mailto:\?)/);
  });
});
