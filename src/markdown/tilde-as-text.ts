/**
 * Chinese and Korean write ranges with a tilde (1948~1950년). GFM reads two single tildes in
 * one paragraph as strikethrough and hides the text between them under a line. This mdast
 * plugin gives such single-tilde "strikethrough" back as plain text; `~~real strikethrough~~`
 * is left alone.
 */
import { defineMdastPlugin, type PluginFactoryContext } from 'satteri';

type Node = { type: string; value?: string; children?: Node[] };

export function tildeAsText(factory: PluginFactoryContext) {
  return defineMdastPlugin({
    name: 'tilde-as-text',
    delete(node, ctx) {
      const children = (node as Node).children ?? [];
      if (!children.every((c) => c.type === 'text')) return;
      const inner = children.map((c) => c.value ?? '').join('');
      if (factory.source.includes(`~~${inner}~~`)) return;
      ctx.replaceNode(node, { type: 'text', value: `~${inner}~` });
    },
  });
}
