/**
 * What the site makes of Markdown directives (see src/markdown/features.ts):
 * - `:::note` and `:::important` (with an optional `{title="…"}`) become the callout box that
 *   `src/components/content/Callout.astro` draws in MDX, with the same classes;
 * - anything that only looks like a directive in ordinary text (`Email:info`, `::x`) is given
 *   back as the text it was, so prose never loses words. The content gate refuses other `:::`
 *   boxes before the build gets here.
 */
import { defineMdastPlugin } from 'satteri';
import { CALLOUT_DIRECTIVES } from './features.ts';

type Node = {
  type: string;
  name?: string;
  value?: string;
  attributes?: Record<string, string | null> | null;
  children?: Node[];
};

const textOf = (nodes: Node[] = []): string => nodes.map((n) => n.value ?? textOf(n.children)).join('');

function asText(node: Node, colons: string): Node {
  const label = node.children?.length ? `[${textOf(node.children)}]` : '';
  const attributes = Object.entries(node.attributes ?? {});
  const braces = attributes.length ? `{${attributes.map(([k, v]) => (v ? `${k}="${v}"` : k)).join(' ')}}` : '';
  return { type: 'text', value: `${colons}${node.name ?? ''}${label}${braces}` };
}

export function directives() {
  return defineMdastPlugin({
    name: 'directives',
    containerDirective(node, ctx) {
      const n = node as Node;
      if (!(CALLOUT_DIRECTIVES as readonly string[]).includes(n.name ?? '')) return;
      const title = n.attributes?.['title'];
      const heading: Node[] = title
        ? [
            {
              type: 'paragraph',
              data: { hProperties: { className: ['callout-title'] } },
              children: [{ type: 'text', value: title }],
            } as Node,
          ]
        : [];
      ctx.replaceNode(node, {
        type: 'blockquote',
        data: { hName: 'aside', hProperties: { className: ['callout', n.name!] } },
        children: [...heading, ...(n.children ?? [])],
      });
    },
    leafDirective(node, ctx) {
      ctx.replaceNode(node, { type: 'paragraph', children: [asText(node as Node, '::')] });
    },
    textDirective(node, ctx) {
      ctx.replaceNode(node, asText(node as Node, ':'));
    },
  });
}
