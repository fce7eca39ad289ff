/**
 * The body gate against adversarial input: each row is one attempt, in Markdown or MDX, that
 * must be refused with the named rule. The attacks are grouped by class; each class has
 * several spellings (encodings, nesting, case) because a filter that knows one spelling is
 * not a filter. The last block proves the allowlist does not refuse what editors do write.
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scanBody } from '../../src/lib/gate/body.ts';
import { contentComponents } from '../../src/lib/gate/components.ts';

const FILE = resolve('content/articles/vi/bai.mdx');
const IMPORT = "import Callout from '../../../src/components/content/Callout.astro'\n\n";
const keys = (source: string, mdx: boolean) =>
  scanBody(source, { mdx, file: FILE, components: contentComponents() }).findings.map((f) => f.key);

const MDX_CODE: [string, string][] = [
  ['constructor chain through string keys', '{(()=>0)["constructor"]("return process")()}'],
  ['constructor chain, template keys', '{(()=>0)[`constructor`](`return 1`)()}'],
  ['identifier', '{process.env.HOME}'],
  ['global this', '{globalThis}'],
  ['template with substitution', '{`${1}`}'],
  ['call in array', '{[1, "a", (()=>1)()]}'],
  ['getter in object', '{{ get x() { return 1 } }}'],
  ['computed key', '{{ ["constructor"]: 1 }}'],
  ['shorthand property', '{{ process }}'],
  ['spread in array', '{[..."abc"]}'],
  ['sequence smuggling', '{1), (globalThis.x = 1), (2}'],
  ['comment then code', '{/* a */ eval("1")}'],
  ['regular expression literal', '{/a/.constructor}'],
  ['import() expression', '{import("node:fs")}'],
  ['tagged template', '{String.raw`x`}'],
  ['new expression', '{new Function("return 1")}'],
  ['arrow function', '{() => 1}'],
  ['in text', 'Chữ {"a".constructor} chữ'],
  ['JSX attribute value', `${IMPORT}<Callout title={"a".concat(1)}>x</Callout>`],
  ['__proto__ key', '{{ __proto__: { polluted: true } }}'],
  ['HTML comment opener, which is a comment only in scripts', '{1 <!-- 2\n}'],
  ['label smuggling', '{a: while(1);}'],
];

const MDX_ESM: [string, string][] = [
  ['export const', 'export const a = 1'],
  ['export function', 'export function f() { return 1 }'],
  ['import of node:fs', "import fs from 'node:fs'"],
  ['import of a package', "import x from 'astro:content'"],
  ['import from outside the folder', "import X from '../../../src/components/EntryCard.astro'"],
  ['import escaping through the folder', "import X from '../../../src/components/content/../SiteFooter.astro'"],
  ['named import', "import { Callout } from '../../../src/components/content/Callout.astro'"],
  ['namespace import', "import * as C from '../../../src/components/content/Callout.astro'"],
  ['import with attributes', "import C from '../../../src/components/content/Callout.astro' with { type: 'x' }"],
  ['import then code', "import C from '../../../src/components/content/Callout.astro'\nexport default 1"],
  ['side-effect import', "import '../../../src/components/content/Callout.astro'"],
];

const MDX_JSX: [string, string, string][] = [
  ['component that is not imported', '<EntryCard />', 'mdx.component'],
  ['member component', `${IMPORT}<Callout.x />`, 'mdx.component'],
  ['set:html', `${IMPORT}<Callout set:html="<script>1</script>" />`, 'mdx.directive-attribute'],
  ['set:text', `${IMPORT}<Callout set:text="x" />`, 'mdx.directive-attribute'],
  ['client directive', `${IMPORT}<Callout client:load />`, 'mdx.directive-attribute'],
  ['is:raw', `${IMPORT}<Callout is:raw />`, 'mdx.directive-attribute'],
  ['event handler on a component', `${IMPORT}<Callout onClick="x" />`, 'mdx.directive-attribute'],
  ['spread attributes', `${IMPORT}<Callout {...{ title: 'x' }} />`, 'mdx.spread'],
  ['script element', '<script>alert(1)</script>', 'mdx.component'],
  ['iframe element', '<iframe src="https://example.com" />', 'mdx.component'],
  ['style attribute on HTML', '<p style="color:red">x</p>', 'html.attribute'],
  ['javascript: href on HTML', '<a href="javascript:alert(1)">x</a>', 'url.scheme'],
  ['entity-free tab in href', '<a href="java\tscript:alert(1)">x</a>', 'url.scheme'],
  ['expression href on HTML', '<a href={"https://x.example"}>x</a>', 'html.attribute'],
  ['svg element', '<svg><circle r="1" /></svg>', 'mdx.component'],
];

const HTML: [string, string, string][] = [
  ['script', '<script>alert(1)</script>', 'html.element'],
  ['SCRIPT upper case', '<SCRIPT SRC="x.js"></SCRIPT>', 'html.element'],
  ['iframe', '<iframe src="https://example.com"></iframe>', 'html.element'],
  ['object', '<object data="x.swf"></object>', 'html.element'],
  ['embed', '<embed src="x">', 'html.element'],
  ['form', '<form action="https://x.example"><button>Go</button></form>', 'html.element'],
  ['base', '<base href="https://evil.example/">', 'html.element'],
  ['meta refresh', '<meta http-equiv="refresh" content="0;url=https://evil.example">', 'html.element'],
  ['link stylesheet', '<link rel="stylesheet" href="https://evil.example/x.css">', 'html.element'],
  ['style element', '<style>body{display:none}</style>', 'html.element'],
  ['img from elsewhere', '<img src="https://tracker.example/p.gif" alt="">', 'html.element'],
  ['svg', '<svg><set attributeName="href" to="javascript:alert(1)"/></svg>', 'html.svg'],
  [
    'svg with animate',
    '<svg><a><animate attributeName="href" values="javascript:alert(1)"/><text>x</text></a></svg>',
    'html.svg',
  ],
  ['math', '<math><mi>x</mi></math>', 'html.svg'],
  ['onclick', '<p onclick="alert(1)">x</p>', 'html.attribute'],
  ['ONMOUSEOVER upper case', '<div ONMOUSEOVER="alert(1)">x</div>', 'html.attribute'],
  ['handler after a newline', '<p\nonclick="alert(1)">x</p>', 'html.attribute'],
  ['style attribute', '<span style="background:url(https://x.example/a)">x</span>', 'html.attribute'],
  ['id (DOM clobbering)', '<span id="search-form">x</span>', 'html.attribute'],
  ['decimal entity javascript:', '<a href="&#106;avascript:alert(1)">x</a>', 'url.scheme'],
  ['hex entity javascript:', '<a href="&#x6A;avascript:alert(1)">x</a>', 'url.scheme'],
  ['named entity colon', '<a href="javascript&colon;alert(1)">x</a>', 'url.scheme'],
  ['entity tab inside', '<a href="java&#9;script:alert(1)">x</a>', 'url.scheme'],
  ['leading space and control', '<a href=" &#1;javascript:alert(1)">x</a>', 'url.scheme'],
  ['vbscript', '<a href="vbscript:msgbox(1)">x</a>', 'url.scheme'],
  ['data: URL', '<a href="data:text/html;base64,PHNjcmlwdD4=">x</a>', 'url.scheme'],
  ['protocol-relative', '<a href="//evil.example/">x</a>', 'url.protocol-relative'],
  ['backslash protocol-relative', '<a href="/\\evil.example/">x</a>', 'url.protocol-relative'],
  ['javascript in cite', '<blockquote cite="javascript:alert(1)">x</blockquote>', 'url.scheme'],
  ['unclosed comment', 'Đoạn đầu.\n\n<!-- ghi chú\n\nPhần còn lại của bài.', 'html.comment-open'],
  ['textarea swallowing the page', '<textarea>\n\nPhần còn lại', 'html.element'],
  ['plaintext swallowing the page', '<plaintext>\n\nPhần còn lại', 'html.element'],
  ['title element', '<title>x</title>', 'html.element'],
  ['noscript', '<noscript><p>x</p></noscript>', 'html.element'],
  ['template hiding content', '<template><script>1</script></template>', 'html.element'],
  ['nested inside allowed element', '<div><p><span><iframe></iframe></span></p></div>', 'html.element'],
];

const MARKDOWN_URLS: [string, string, string][] = [
  ['javascript: link', '[x](javascript:alert(1))', 'url.scheme'],
  ['entity-encoded link', '[x](&#106;avascript:alert(1))', 'url.scheme'],
  ['upper-case scheme', '[x](JAVASCRIPT:alert(1))', 'url.scheme'],
  ['reference definition', '[x][a]\n\n[a]: javascript:alert(1)', 'url.scheme'],
  ['autolink', '<javascript:alert(1)>', 'url.scheme'],
  ['data: link', '[x](data:text/html,<script>alert(1)</script>)', 'url.scheme'],
  ['file: link', '[x](file:///etc/passwd)', 'url.scheme'],
  ['plain http', '[x](http://example.com/)', 'url.http'],
  ['relative link', '[x](../heritage/den-duom/)', 'url.relative'],
  ['remote image', '![a](https://tracker.example/pixel.gif)', 'url.image-remote'],
  ['data: image', '![a](data:image/png;base64,iVBORw0KGgo=)', 'url.image-remote'],
  ['image without alt', '![](./anh.jpg)', 'body.image-alt'],
];

const STRUCTURE: [string, string, string][] = [
  ['unknown box', ':::danger\nx\n:::', 'body.directive'],
  ['box with a class', ':::note{.x}\nx\n:::', 'body.directive-attribute'],
  ['box with a handler', ':::note{onclick="x"}\nx\n:::', 'body.directive-attribute'],
  ['nesting bomb of quotes', `${'> '.repeat(200)}x`, 'body.depth'],
  ['nesting bomb of lists', Array.from({ length: 120 }, (_, i) => `${'  '.repeat(i)}- x`).join('\n'), 'body.depth'],
];

describe('the body gate refuses', () => {
  // Code that does not even parse as MDX is refused as unreadable: it never reaches the compiler.
  it.each(MDX_CODE)('MDX code: %s', (_what, source) =>
    expect(keys(source, true).some((k) => k === 'mdx.expression' || k === 'mdx.parse')).toBe(true),
  );
  it.each(MDX_ESM)('MDX ESM: %s', (_what, source) =>
    expect(keys(source, true).some((k) => /^mdx\.(esm|import-source|import-shape)$/.test(k))).toBe(true),
  );
  it.each(MDX_JSX)('MDX JSX: %s', (_what, source, key) => expect(keys(source, true)).toContain(key));
  it.each(HTML)('raw HTML: %s', (_what, source, key) => expect(keys(source, false)).toContain(key));
  it.each(MARKDOWN_URLS)('Markdown URL: %s', (_what, source, key) => {
    expect(keys(source, false)).toContain(key);
    // MDX has no autolinks (`<` opens JSX): there the same text does not parse, and is refused.
    expect(keys(source, true).some((k) => k === key || k === 'mdx.parse')).toBe(true);
  });
  it.each(STRUCTURE)('structure: %s', (_what, source, key) => expect(keys(source, false)).toContain(key));
});

describe('the body gate lets through what editors write', () => {
  const OK: [string, string, boolean][] = [
    ['prose with links', 'Xem [Đền Đuổm](/heritage/den-duom/) và [UNESCO](https://whc.unesco.org/).', false],
    ['mail and phone', '[Viết thư](mailto:so@thainguyen.gov.vn), [gọi](tel:+842083855688)', false],
    ['an image beside the entry', '![Đền Đuổm](./den-duom.jpg)', false],
    ['a callout box', ':::note{title="Lưu ý"}\nGiờ mở cửa: 7:30–17:00.\n:::', false],
    ['text that looks like a directive', 'Email:info, vi:du và ::x', false],
    ['simple HTML', '<abbr title="Thông tin đối ngoại">TTĐN</abbr> <sup>1</sup> <kbd>x</kbd>', false],
    ['a closed comment', '<!-- ghi chú của biên tập viên -->\n\nNội dung.', false],
    [
      'MDX callout with literal props',
      `${IMPORT}<Callout title="Lưu ý" tone="important">Nội dung {"chữ"} {12}</Callout>`,
      true,
    ],
    ['MDX comment', '{/* ghi chú */}\n\nNội dung.', true],
    ['MDX object and array props', `${IMPORT}<Callout title={"x"} tone={'note'} />`, true],
  ];
  it.each(OK)('%s', (_what, source, mdx) => expect(keys(source, mdx)).toEqual([]));
});
