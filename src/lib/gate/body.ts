/**
 * The body of an entry, judged on the syntax tree that the site itself renders: satteri with
 * the site's Markdown features (src/markdown/features.ts). Every node type, directive, URL,
 * raw HTML fragment and MDX node is checked against an allowlist; links to site pages and
 * local images are collected for the checks that need the whole site or the file system.
 */
import { markdownToMdast, mdxToMdast } from 'satteri';
import { bareWwwUrl } from '../../markdown/bare-www.ts';
import { CALLOUT_DIRECTIVES, MARKDOWN_FEATURES } from '../../markdown/features.ts';
import type { GateFinding } from './finding.ts';
import { siteConfig } from '../../site.config.ts';
import { htmlFindings } from './html.ts';
import { isLiteralExpression } from './js-literal.ts';
import { esmFindings, jsxFindings } from './mdx-nodes.ts';
import { LIMITS } from './limits.ts';
import { judgeUrl } from './urls.ts';

interface MdNode {
  type: string;
  name?: string | null;
  value?: string;
  url?: string;
  alt?: string | null;
  identifier?: string;
  attributes?: unknown;
  children?: MdNode[];
  position?: { start?: { line?: number } };
}

export interface BodyScan {
  findings: GateFinding[];
  /** Site paths that links point to (`/en/heritage/den-duom/`), for the link check. */
  links: { path: string; line?: number | undefined }[];
  /** Local image files, relative to the entry, for the image checks. */
  images: { src: string; line?: number | undefined }[];
}

const MARKDOWN_NODES = new Set(
  'root paragraph heading thematicBreak blockquote list listItem table tableRow tableCell html code inlineCode emphasis strong delete break link image linkReference imageReference definition footnoteDefinition footnoteReference text containerDirective leafDirective textDirective yaml'.split(
    ' ',
  ),
);
const MDX_NODES = new Set([
  'mdxjsEsm',
  'mdxFlowExpression',
  'mdxTextExpression',
  'mdxJsxFlowElement',
  'mdxJsxTextElement',
]);

export interface BodyOptions {
  mdx: boolean;
  /** The entry's file, to resolve MDX imports. */
  file: string;
  /** Allowed content components: import name → absolute path of the `.astro` file. */
  components: ReadonlyMap<string, string>;
}

export function scanBody(source: string, options: BodyOptions): BodyScan {
  const scan: BodyScan = { findings: [], links: [], images: [] };
  let tree: MdNode;
  // Some Markdown costs the parser quadratic time: the size limit keeps the worst in seconds,
  // here as well as in the content check, since the renderer's guard calls this too.
  const bytes = Buffer.byteLength(source);
  if (bytes > LIMITS.entryBytes) {
    scan.findings.push({
      key: 'file.too-large',
      params: { size: Math.ceil(bytes / 1024), max: LIMITS.entryBytes / 1024 },
    });
    return scan;
  }
  // satteri's MDX parser recurses on nested brackets and overflows the native stack (the process
  // dies, no message) near ten thousand levels: nobody writes more than a few.
  if (options.mdx && bracketDepth(source) > LIMITS.bodyDepth) {
    scan.findings.push({ key: 'body.depth', params: { max: LIMITS.bodyDepth } });
    return scan;
  }
  try {
    tree = (options.mdx ? mdxToMdast : markdownToMdast)(source, { features: MARKDOWN_FEATURES });
  } catch (error) {
    const detail = (error as Error).message.split('\n')[0] ?? '';
    scan.findings.push({ key: options.mdx ? 'mdx.parse' : 'body.parse', params: { detail } });
    return scan;
  }
  const imported = new Set<string>();
  const allowedNames = [...options.components.keys()].join(', ');
  const add = (node: MdNode, finding: GateFinding) =>
    scan.findings.push({ ...finding, line: node.position?.start?.line });

  // Imports are hoisted in MDX, so collect them before judging the elements that use them.
  for (const node of tree.children ?? [])
    if (node.type === 'mdxjsEsm')
      for (const f of esmFindings(node.value ?? '', options.file, options.components, imported)) add(node, f);

  const jsxElement = (node: MdNode) => {
    const { findings, href } = jsxFindings(node, imported, allowedNames);
    for (const f of findings) add(node, f);
    if (href !== undefined) link(node, href, false);
  };

  const site = new URL(siteConfig.url);
  function link(node: MdNode, url: string, report = true) {
    const verdict = judgeUrl(url, 'link');
    if (verdict.kind === 'refused' && report) add(node, verdict.finding);
    if (verdict.kind === 'site') scan.links.push({ path: verdict.path, line: node.position?.start?.line });
    // The site's own address written in full is a link to one of its pages all the same.
    if (verdict.kind === 'external' && new URL(verdict.url).host === site.host)
      scan.links.push({ path: new URL(verdict.url).pathname, line: node.position?.start?.line });
  }
  // `![alt][ref]` takes its source from a definition that may come anywhere in the text.
  const definitions = new Map<string, string>();
  const imageReferences: MdNode[] = [];

  function image(node: MdNode, url: string) {
    const verdict = judgeUrl(url, 'image');
    if (verdict.kind === 'refused') add(node, verdict.finding);
    else if (verdict.kind === 'file') scan.images.push({ src: verdict.path, line: node.position?.start?.line });
    else add(node, { key: 'url.image-remote', params: { url: url.slice(0, 60) } });
  }

  const stack: [MdNode, number][] = [[tree, 0]];
  let count = 0;
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (++count > LIMITS.bodyNodes) {
      add(node, { key: 'body.nodes', params: { max: LIMITS.bodyNodes } });
      break;
    }
    if (depth > LIMITS.bodyDepth) {
      add(node, { key: 'body.depth', params: { max: LIMITS.bodyDepth } });
      break;
    }
    const known = MARKDOWN_NODES.has(node.type) || (options.mdx && MDX_NODES.has(node.type));
    if (!known) {
      add(node, { key: 'body.node', params: { type: node.type } });
      continue;
    }
    switch (node.type) {
      case 'link':
        link(node, bareWwwUrl(node) ?? node.url ?? '');
        break;
      case 'definition':
        link(node, node.url ?? '');
        definitions.set(node.identifier ?? '', node.url ?? '');
        break;
      case 'image':
        if (!node.alt?.trim()) add(node, { key: 'body.image-alt' });
        image(node, node.url ?? '');
        break;
      case 'imageReference':
        if (!node.alt?.trim()) add(node, { key: 'body.image-alt' });
        imageReferences.push(node);
        break;
      case 'html': {
        const { findings, sitePaths } = htmlFindings(node.value ?? '');
        for (const f of findings) add(node, f);
        for (const path of sitePaths) scan.links.push({ path, line: node.position?.start?.line });
        break;
      }
      case 'containerDirective': {
        const name = node.name ?? '';
        if (!(CALLOUT_DIRECTIVES as readonly string[]).includes(name))
          add(node, {
            key: 'body.directive',
            params: { name, allowed: CALLOUT_DIRECTIVES.map((d) => `:::${d}`).join(', ') },
          });
        for (const attribute of Object.keys(node.attributes ?? {}).filter((a) => a !== 'title'))
          add(node, { key: 'body.directive-attribute', params: { name, attribute } });
        break;
      }
      case 'leafDirective':
      case 'textDirective':
        // Given back as plain text by src/markdown/directives.ts: nothing inside is rendered.
        continue;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        if (!isLiteralExpression(node.value ?? ''))
          add(node, { key: 'mdx.expression', params: { code: (node.value ?? '').slice(0, 40) } });
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        jsxElement(node);
        break;
    }
    for (const child of node.children ?? []) stack.push([child, depth + 1]);
  }
  for (const node of imageReferences) {
    const url = definitions.get(node.identifier ?? '');
    if (url !== undefined) image(node, url);
  }
  scan.findings.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  return scan;
}

/** The deepest nesting of (), [] and {} in a text, counted without parsing (linear, no recursion). */
function bracketDepth(text: string): number {
  let depth = 0;
  let max = 0;
  for (const ch of text) {
    if (ch === '(' || ch === '[' || ch === '{') max = Math.max(max, ++depth);
    else if ((ch === ')' || ch === ']' || ch === '}') && depth > 0) depth--;
  }
  return max;
}
