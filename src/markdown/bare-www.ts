/**
 * GFM makes a bare `www.example.vn` in prose a link to `http://www.example.vn`. The site sends
 * readers to `https://` instead (the content gate refuses plain http), so the editor's bare
 * address works as written. Shared by the site's plugin and the gate, so both see one URL.
 */
import { defineMdastPlugin } from 'satteri';

type Node = { type: string; url?: string; value?: string; children?: Node[] };

const textOf = (nodes: Node[] = []): string => nodes.map((n) => n.value ?? textOf(n.children)).join('');

/** The `https://` address of a bare-www autolink, or undefined for any other link. */
export function bareWwwUrl(node: Node): string | undefined {
  const url = node.url ?? '';
  return url.startsWith('http://www.') && textOf(node.children) === url.slice('http://'.length)
    ? `https://${url.slice('http://'.length)}`
    : undefined;
}

export function bareWww() {
  return defineMdastPlugin({
    name: 'bare-www',
    link(node, ctx) {
      const url = bareWwwUrl(node);
      if (url) ctx.replaceNode(node, { ...(node as object), url } as never);
    },
  });
}
