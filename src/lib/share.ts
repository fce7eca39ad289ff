/**
 * Share links as plain URLs (no third-party script, no tracker). Zalo and KakaoTalk offer web
 * sharing only through their JavaScript SDKs, so pages reach them through the phone's own share
 * sheet and the printed/QR code instead.
 */
export interface ShareLink {
  id: string;
  label: string;
  href: string;
}

export function shareLinks(options: { url: string; title: string; lang: string; emailLabel: string }): ShareLink[] {
  const u = encodeURIComponent(options.url);
  const t = encodeURIComponent(options.title);
  const links: ShareLink[] = [
    { id: 'facebook', label: 'Facebook', href: `https://www.facebook.com/sharer/sharer.php?u=${u}` },
    { id: 'x', label: 'X', href: `https://x.com/intent/post?url=${u}&text=${t}` },
  ];
  if (options.lang.startsWith('zh'))
    links.push({ id: 'weibo', label: '微博', href: `https://service.weibo.com/share/share.php?url=${u}&title=${t}` });
  links.push({ id: 'email', label: options.emailLabel, href: `mailto:?subject=${t}&body=${u}` });
  return links;
}
