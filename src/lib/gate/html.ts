/**
 * Raw HTML in Markdown, and HTML-like JSX in MDX, judged as the browser will read it: parsed
 * by parse5 (the WHATWG parser, which decodes entities), then kept only if every element and
 * attribute is on the allowlist below (the sanitize-schema approach). What is not listed is
 * refused, so no style, event handler, frame, form, `<base>`, `<meta>`, SVG or MathML.
 */
import { parseFragment } from 'parse5';
import type { GateFinding } from './finding.ts';
import { judgeUrl, type UrlUse } from './urls.ts';

const GLOBAL_ATTRIBUTES = ['title', 'lang', 'dir', 'translate'];

/** Elements an editor may write, with the attributes each may carry beyond the global ones. */
export const HTML_ALLOWLIST: Readonly<Record<string, readonly string[]>> = {
  a: ['href', 'hreflang'],
  abbr: [],
  b: [],
  bdi: [],
  bdo: [],
  blockquote: ['cite'],
  br: [],
  caption: [],
  cite: [],
  code: [],
  col: ['span'],
  colgroup: ['span'],
  data: ['value'],
  dd: [],
  del: ['cite', 'datetime'],
  details: ['open'],
  dfn: [],
  div: [],
  dl: [],
  dt: [],
  em: [],
  figcaption: [],
  figure: [],
  h2: [],
  h3: [],
  h4: [],
  h5: [],
  h6: [],
  hr: [],
  i: [],
  ins: ['cite', 'datetime'],
  kbd: [],
  li: ['value'],
  mark: [],
  ol: ['start', 'reversed', 'type'],
  p: [],
  pre: [],
  q: ['cite'],
  rp: [],
  rt: [],
  ruby: [],
  s: [],
  samp: [],
  small: [],
  span: [],
  strong: [],
  sub: [],
  summary: [],
  sup: [],
  table: [],
  tbody: [],
  td: ['colspan', 'rowspan', 'headers'],
  tfoot: [],
  th: ['colspan', 'rowspan', 'headers', 'scope', 'abbr'],
  thead: [],
  time: ['datetime'],
  tr: [],
  u: [],
  ul: [],
  var: [],
  wbr: [],
};

const URL_ATTRIBUTES: Readonly<Record<string, UrlUse>> = { href: 'link', cite: 'cite' };

const HTML_NS = 'http://www.w3.org/1999/xhtml';

/** An element name on the allowlist (an own key: `constructor` and `__proto__` are not elements). */
export const isAllowedElement = (name: string) => Object.hasOwn(HTML_ALLOWLIST, name);

/** Judges one attribute of an allowed element; used for HTML and for MDX's lowercase JSX. */
export function attributeFindings(element: string, name: string, value: string): GateFinding[] {
  const own = Object.hasOwn(HTML_ALLOWLIST, element) ? HTML_ALLOWLIST[element]! : [];
  const allowed = GLOBAL_ATTRIBUTES.includes(name) || own.includes(name);
  if (!allowed) return [{ key: 'html.attribute', params: { element, name } }];
  const use = Object.hasOwn(URL_ATTRIBUTES, name) ? URL_ATTRIBUTES[name] : undefined;
  if (!use) return [];
  const verdict = judgeUrl(value, use);
  return verdict.kind === 'refused' ? [verdict.finding] : [];
}

interface P5Node {
  nodeName: string;
  tagName?: string;
  namespaceURI?: string;
  attrs?: { name: string; value: string }[];
  childNodes?: P5Node[];
  content?: P5Node;
}

/**
 * Findings for one raw HTML fragment, plus the site paths its links point to (for the link
 * check). `<!--` without `-->` is refused: it would hide the rest of the page.
 */
export function htmlFindings(html: string): { findings: GateFinding[]; sitePaths: string[] } {
  const findings: GateFinding[] = [];
  const sitePaths: string[] = [];
  // A fragment that ends inside a tag, an attribute value or a comment swallows whatever the
  // page puts after it (the next paragraph, a link title) into that tag or comment.
  let unfinished: string | undefined;
  const tree = parseFragment(html, {
    onParseError: (error) => {
      if (error.code.startsWith('eof-in-')) unfinished ??= error.code;
    },
  });
  if (unfinished === 'eof-in-comment') findings.push({ key: 'html.comment-open' });
  else if (unfinished) findings.push({ key: 'html.unfinished' });
  const stack: P5Node[] = [tree];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.tagName !== undefined) {
      const name = node.tagName;
      if (node.namespaceURI !== HTML_NS) findings.push({ key: 'html.svg' });
      else if (!isAllowedElement(name)) findings.push({ key: 'html.element', params: { name } });
      else
        for (const attr of node.attrs ?? []) {
          findings.push(...attributeFindings(name, attr.name, attr.value));
          const verdict = attr.name === 'href' ? judgeUrl(attr.value, 'link') : undefined;
          if (verdict?.kind === 'site') sitePaths.push(verdict.path);
        }
      // Children of a refused element are not looked at: the element alone stops the entry.
      if (node.namespaceURI !== HTML_NS || !isAllowedElement(name)) continue;
    }
    if (node.content) stack.push(node.content);
    stack.push(...(node.childNodes ?? []));
  }
  return { findings, sitePaths };
}
