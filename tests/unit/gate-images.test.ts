/**
 * The image gate against adversarial input (issue 11: content files are untrusted): every
 * attack class is refused with its own catalogue key, fast and without expanding or decoding
 * anything unbounded, and every demo drawing under content/ passes untouched.
 */
import {
  closeSync,
  ftruncateSync,
  globSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32, deflateSync } from 'node:zlib';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { imageFileProblems, LIMITS } from '../../src/lib/gate/images.ts';
import { CATALOGUES, editorText, type EditorKey } from '../../src/i18n/editor.ts';
import { svgProblems } from '../../src/lib/gate/svg.ts';
import type { GateFinding } from '../../src/lib/gate/finding.ts';

const NS = 'xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"';
const svg = (inner: string, attrs = '') => `<svg ${NS} viewBox="0 0 100 100"${attrs}>${inner}</svg>`;
const keys = (findings: GateFinding[]) => findings.map((f) => f.key);
const repeat = (n: number, f: (i: number) => string) => Array.from({ length: n }, (_, i) => f(i)).join('');

const laughs =
  '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">' +
  repeat(9, (i) => `<!ENTITY lol${i + 1} "${`&lol${i || ''};`.repeat(10)}">`) +
  `]><svg ${NS}><text>&lol9;</text></svg>`;

/** [class, description, input, key it must be refused with] */
const SVG_CASES: [string, string, string, EditorKey][] = [
  ['script', 'plain', svg('<script>alert(1)</script>'), 'svg.script'],
  ['script', 'namespaced svg:script', svg(`<svg:script xmlns:svg="http://www.w3.org/2000/svg">alert(1)</svg:script>`), 'svg.script'],
  ['script', 'uppercase', svg('<SCRIPT>alert(1)</SCRIPT>'), 'svg.script'],
  ['script', 'inside defs', svg('<defs><script type="text/ecmascript">alert(1)</script></defs>'), 'svg.script'],
  ['script', 'external src', svg('<script xlink:href="https://evil.example/x.js"/>'), 'svg.script'],
  ['script', 'XHTML namespace', svg('<script xmlns="http://www.w3.org/1999/xhtml">alert(1)</script>'), 'svg.script'],
  ['script', 'in CDATA', svg('<script><![CDATA[alert(1)]]></script>'), 'svg.cdata'],
  ['event handler', 'onload on the root', svg('<rect/>', ' onload="alert(1)"'), 'svg.eventHandler'],
  ['event handler', 'ONLOAD uppercase', svg('<rect ONLOAD="alert(1)"/>'), 'svg.eventHandler'],
  ['event handler', 'newlines around =', svg('<rect\nonclick\n=\n"alert(1)"/>'), 'svg.eventHandler'],
  ['event handler', 'spaces, single quotes', svg(`<circle r="1" onmouseover = 'alert(1)'/>`), 'svg.eventHandler'],
  ['event handler', 'tab before the name', svg('<g\tonfocusin="alert(1)"/>'), 'svg.eventHandler'],
  ['event handler', 'namespaced', svg('<rect xlink:onclick="alert(1)"/>'), 'svg.eventHandler'],
  ['javascript: href', 'plain on use', svg('<use href="javascript:alert(1)"/>'), 'svg.href'],
  ['javascript: href', 'decimal &#106;', svg('<use href="&#106;avascript:alert(1)"/>'), 'svg.href'],
  ['javascript: href', 'hex &#x6A; in xlink:href', svg('<use xlink:href="&#x6A;avascript:alert(1)"/>'), 'svg.href'],
  ['javascript: href', 'encoded tab inside', svg('<use href="java&#9;script:alert(1)"/>'), 'svg.href'],
  ['javascript: href', 'newline inside', svg('<use href="java\nscript:alert(1)"/>'), 'svg.href'],
  ['javascript: href', 'leading space on gradient', svg('<linearGradient id="g" href=" javascript:x"/>'), 'svg.href'],
  ['javascript: href', 'on <a>', svg('<a href="javascript:alert(1)"><rect/></a>'), 'svg.link'],
  ['javascript: href', 'xlink:href on <a>', svg('<a xlink:href="javascript:alert(1)"><rect/></a>'), 'svg.link'],
  ['javascript: href', 'href on a shape', svg('<rect href="#a"/>'), 'svg.attribute'],
  ['external reference', 'http sprite in use', svg('<use href="http://evil.example/s.svg#a"/>'), 'svg.href'],
  ['external reference', 'relative file in use', svg('<use xlink:href="other.svg#a"/>'), 'svg.href'],
  ['external reference', 'pattern inheritance', svg('<pattern id="p" href="https://evil.example/p.svg#p"/>'), 'svg.href'],
  ['external reference', 'url(http) in fill', svg('<rect fill="url(http://evil.example/p.svg#g)"/>'), 'svg.url'],
  ['external reference', 'quoted url in filter', svg(`<rect filter="url('https://evil.example/f.svg#f')"/>`), 'svg.url'],
  ['external reference', 'entity-encoded url', svg('<rect fill="url(&#104;ttp://evil.example/x)"/>'), 'svg.url'],
  ['external reference', 'url(http) in style', svg('<rect style="fill:url(http://evil.example/x)"/>'), 'svg.url'],
  ['external reference', 'image-set in style', svg(`<rect style="fill:image-set('http://x' 1x)"/>`), 'svg.url'],
  ['external reference', '@import in style', svg('<rect style="@import url(http://evil.example/a.css)"/>'), 'svg.css'],
  ['external reference', 'CSS escape spelling url', svg('<rect style="fill:u\\72l(http://evil.example/x)"/>'), 'svg.css'],
  ['external reference', 'expression()', svg('<rect style="width:expression(alert(1))"/>'), 'svg.css'],
  ['external reference', '<image> of a local file', svg('<image href="file:///etc/passwd"/>'), 'svg.embed'],
  ['external reference', '<feImage>', svg('<filter id="f"><feImage href="http://evil.example/x.png"/></filter>'), 'svg.embed'],
  ['external reference', 'XInclude', svg('<xi:include xmlns:xi="http://www.w3.org/2001/XInclude" href="/etc/passwd" parse="text"/>'), 'svg.namespace'],
  ['external reference', 'xml-stylesheet', `<?xml version="1.0"?><?xml-stylesheet href="http://evil.example/a.css"?>${svg('')}`, 'svg.instruction'],
  ['external reference', '<style> block', svg('<style>@import url(http://evil.example/a.css);</style>'), 'svg.styleElement'],
  ['external reference', 'xml:base', svg('<g xml:base="http://evil.example/"><rect/></g>'), 'svg.attribute'],
  ['animated href', '<set> to javascript:', svg('<use href="#r"><set attributeName="href" to="javascript:alert(1)"/></use>'), 'svg.animation'],
  ['animated href', '<animate> xlink:href values', svg('<a><animate attributeName="xlink:href" values="javascript:alert(1)"/></a>'), 'svg.animation'],
  ['animated href', '<SET> uppercase', svg('<SET attributeName="href" to="javascript:alert(1)"/>'), 'svg.animation'],
  ['animated href', '<animateTransform>', svg('<g><animateTransform attributeName="transform" type="rotate"/></g>'), 'svg.animation'],
  ['animated href', '<animateMotion>', svg('<rect><animateMotion path="M0 0"/></rect>'), 'svg.animation'],
  ['entities', 'billion laughs', laughs, 'svg.doctype'],
  ['entities', 'external entity (XXE)', `<!DOCTYPE svg [<!ENTITY x SYSTEM "file:///etc/passwd">]>${svg('<text>&x;</text>')}`, 'svg.doctype'],
  ['entities', 'parameter entity', `<!DOCTYPE svg [<!ENTITY % p SYSTEM "http://evil.example/x.dtd"> %p;]>${svg('')}`, 'svg.doctype'],
  ['entities', 'public DTD', `<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">${svg('')}`, 'svg.doctype'],
  ['entities', 'ATTLIST default onload', `<!ATTLIST svg onload CDATA "alert(1)">${svg('')}`, 'svg.doctype'],
  ['entities', 'lower-case doctype', `<!doctype svg>${svg('')}`, 'svg.doctype'],
  ['entities', 'undeclared entity in text', svg('<text>&lol;</text>'), 'svg.entity'],
  ['entities', 'HTML entity in attribute', svg('<text aria-label="a&nbsp;b">x</text>'), 'svg.entity'],
  ['entities', 'NUL character reference', svg('<text x="&#0;">x</text>'), 'svg.entity'],
  ['entities', 'UTF-7 declaration hiding <script>', `<?xml version="1.0" encoding="UTF-7"?>${svg('+ADw-script+AD4-alert(1)+ADw-/script+AD4-')}`, 'svg.declaration'],
  ['entities', 'XML 1.1 declaration', `<?xml version="1.1"?>${svg('')}`, 'svg.declaration'],
  ['prototype names', 'entity &constructor;', svg('<text>&constructor;</text>'), 'svg.entity'],
  ['foreignObject', 'HTML with script', svg('<foreignObject><body xmlns="http://www.w3.org/1999/xhtml"><script>alert(1)</script></body></foreignObject>'), 'svg.embed'],
  ['foreignObject', 'lower-case name', svg('<foreignobject><p>x</p></foreignobject>'), 'svg.embed'],
  ['foreignObject', 'namespaced', svg(`<s:foreignObject xmlns:s="http://www.w3.org/2000/svg"/>`), 'svg.embed'],
  ['foreignObject', '<iframe>', svg('<iframe src="https://evil.example/"/>'), 'svg.embed'],
  ['use bomb', 'fan-out 10^6', svg(`<g id="a0"><rect/></g>${repeat(6, (l) => `<g id="a${l + 1}">${`<use href="#a${l}"/>`.repeat(10)}</g>`)}<use href="#a6"/>`), 'svg.useDepth'],
  ['use bomb', 'chain of three', svg('<g id="a"><rect/></g><g id="b"><use href="#a"/></g><g id="c"><use href="#b"/></g><use href="#c"/>'), 'svg.useDepth'],
  ['use bomb', 'self reference', svg('<use id="u" href="#u"/>'), 'svg.useCycle'],
  ['use bomb', 'ancestor reference', svg('<g id="g"><rect/><use href="#g"/></g>'), 'svg.useCycle'],
  ['use bomb', 'two-element loop', svg('<g id="a"><use href="#b"/></g><g id="b"><use xlink:href="#a"/></g><use href="#a"/>'), 'svg.useCycle'],
  ['use bomb', 'loop hidden in a second href', svg('<rect id="r"/><g id="a"><use href="#r" xlink:href="#a"/></g>'), 'svg.useCycle'],
  ['use bomb', 'too many uses', svg(`<rect id="r"/>${'<use href="#r"/>'.repeat(LIMITS.svgUses + 1)}`), 'svg.useCount'],
  ['depth bomb', 'one level too deep', svg(`${'<g>'.repeat(LIMITS.svgDepth)}${'</g>'.repeat(LIMITS.svgDepth)}`), 'svg.depth'],
  ['depth bomb', '40 000 levels', svg(`${'<g>'.repeat(40_000)}${'</g>'.repeat(40_000)}`), 'svg.depth'],
  ['depth bomb', 'mixed elements', svg(`${'<g><defs><mask>'.repeat(25)}${'</mask></defs></g>'.repeat(25)}`), 'svg.depth'],
  ['depth bomb', 'too many elements', svg('<rect/>'.repeat(LIMITS.svgElements)), 'svg.elementCount'],
  ['prototype names', 'element toString', svg('<toString/><hasOwnProperty/>'), 'svg.element'],
  ['prototype names', 'element constructor (the parser refuses it)', svg('<constructor/>'), 'svg.malformed'],
  ['malformed', 'unclosed tag', `<svg ${NS}><g><rect/></svg>`, 'svg.malformed'],
  ['malformed', 'mismatched close', svg('<g></rect>'), 'svg.malformed'],
  ['malformed', 'unquoted attribute', svg('<rect x=1/>'), 'svg.malformed'],
  ['malformed', 'duplicate attribute', svg('<rect x="1" x="2"/>'), 'svg.malformed'],
  ['malformed', 'content after the root', `${svg('')}<script>alert(1)</script>`, 'svg.malformed'],
  ['malformed', 'raw < in a value', svg('<rect aria-label="<script>"/>'), 'svg.malformed'],
  ['malformed', 'empty text', '', 'svg.malformed'],
  ['malformed', 'not XML', 'hello', 'svg.malformed'],
  ['root', 'HTML document', '<html xmlns="http://www.w3.org/1999/xhtml"><body/></html>', 'svg.root'],
  ['root', 'no namespace', '<svg viewBox="0 0 1 1"><rect/></svg>', 'svg.namespace'],
  ['root', 'XHTML default namespace inside', svg('<g xmlns="http://www.w3.org/1999/xhtml"><rect/></g>'), 'svg.namespace'],
  ['root', 'editor attributes', svg('<g xmlns:inkscape="http://www.inkscape.org/namespaces/inkscape" inkscape:label="x"/>'), 'svg.attribute'],
  ['size', 'over 300 KB', svg(`<!--${'x'.repeat(LIMITS.svgBytes)}-->`), 'svg.tooLarge'],
  ['size', '100 000 px canvas', svg('', ' width="100000" height="100000"'), 'svg.dimensions'],
  ['size', 'huge viewBox only', `<svg ${NS} viewBox="0 0 20000 10"/>`, 'svg.dimensions'],
  ['size', 'inches', svg('', ' width="200in" height="200in"'), 'svg.dimensions'],
]; // prettier-ignore

describe('svgProblems refuses adversarial drawings', () => {
  it.each(SVG_CASES)('%s: %s', (_class, _what, input, key) => {
    const started = performance.now();
    const findings = svgProblems(input);
    expect(keys(findings)).toContain(key);
    expect(performance.now() - started).toBeLessThan(1000);
    for (const f of findings) {
      // Every finding has a message in both languages with all its placeholders filled.
      expect(CATALOGUES.vi[f.key], f.key).toBeDefined();
      expect(CATALOGUES.en[f.key], f.key).toBeDefined();
      expect(editorText(f.key, f.params, 'vi')).not.toMatch(/\{\{/);
      expect(editorText(f.key, f.params, 'en')).not.toMatch(/\{\{/);
    }
  });

  it('refuses billion laughs before any parsing, in well under a millisecond per KB', () => {
    const started = performance.now();
    expect(svgProblems(laughs)).toEqual([{ key: 'svg.doctype' }]);
    expect(performance.now() - started).toBeLessThan(50);
  });

  it('names the element or attribute so the editor knows what to remove', () => {
    expect(svgProblems(svg('<defs><svg:script xmlns:svg="http://www.w3.org/2000/svg"/></defs>'))).toContainEqual({
      key: 'svg.script',
      params: { name: 'svg:script' },
    });
    expect(svgProblems(svg('<rect ONLOAD="x"/>'))).toContainEqual({
      key: 'svg.eventHandler',
      params: { name: 'ONLOAD', element: 'rect' },
    });
  });

  it('accepts local references, two levels of <use> and plain drawing', () => {
    const ok = svg(
      '<defs><linearGradient id="g"><stop offset="0" stop-color="#fff"/></linearGradient>' +
        '<linearGradient id="h" xlink:href="#g"/><clipPath id="c"><rect width="5" height="5"/></clipPath></defs>' +
        '<g id="a"><rect fill="url(#g)" clip-path="url( \'#c\' )" style="stroke:url(#h);opacity:.5"/></g>' +
        '<g id="b"><use href="#a" x="10"/></g><use xlink:href="#b" y="10"/>' +
        '<text x="1" y="2" font-family="Be Vietnam Pro">Đền Đuổm &amp; &#233; &#x1F600;<tspan>!</tspan></text>',
    );
    expect(svgProblems(`<?xml version="1.0" encoding="UTF-8"?>\n<!-- drawn by hand -->\n${ok}`)).toEqual([]);
  });
});

describe('svgProblems and imageFileProblems pass every demo drawing', () => {
  const files = globSync('content/**/*.svg');
  it('finds the demo drawings', () => expect(files.length).toBeGreaterThan(10));
  it.each(files)('%s', async (file) => {
    expect(svgProblems(readFileSync(file, 'utf8'))).toEqual([]);
    expect(await imageFileProblems(file)).toEqual([]);
  });
});

/** A PNG made of chunks with correct CRCs: IHDR declares any size, a tiny IDAT of zeros follows. */
function pngHeader(width: number, height: number): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const out = Buffer.alloc(body.length + 8);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc32(body), body.length + 4);
    return out;
  };
  const ihdr = Buffer.from([0, 0, 0, 0, 0, 0, 0, 0, 8, 6, 0, 0, 0]);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const idat = deflateSync(Buffer.alloc(1024));
  return Buffer.concat([signature, chunk('IHDR', ihdr), chunk('IDAT', idat), chunk('IEND', Buffer.alloc(0))]);
}

describe('imageFileProblems on raster files', () => {
  let dir: string;
  const at = (name: string) => join(dir, name);
  const RASTER_CASES: [string, string, string, EditorKey][] = [];
  const files: Record<string, Buffer> = {};
  const put = (cls: string, what: string, name: string, data: Buffer, key: EditorKey) => {
    files[name] = data;
    RASTER_CASES.push([cls, what, name, key]);
  };

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'gate-images-'));
    const noise = Buffer.alloc(64 * 64 * 3).map((_, i) => (i * 2654435761) >>> 24);
    const image = () => sharp(noise, { raw: { width: 64, height: 64, channels: 3 } });
    const png = await image().png().toBuffer();
    const jpeg = await image().jpeg().toBuffer();
    for (const [name, data] of Object.entries({
      'ok.png': png,
      'ok.jpg': jpeg,
      'ok.gif': await image().gif().toBuffer(),
      'ok.webp': await image().webp().toBuffer(),
      'ok.avif': await image().avif().toBuffer(),
    }))
      files[name] = data;
    const heic = Buffer.concat([Buffer.from([0, 0, 0, 24]), Buffer.from('ftypheic\0\0\0\0mif1heic', 'latin1')]);
    put('wrong extension', 'PNG named .jpg', 'png.jpg', png, 'image.wrongFormat');
    put('wrong extension', 'JPEG named .png', 'jpeg.png', jpeg, 'image.wrongFormat');
    put(
      'wrong extension',
      'HEIC named .jpeg',
      'phone.jpeg',
      Buffer.concat([heic, Buffer.alloc(64)]),
      'image.wrongFormat',
    );
    put('wrong extension', 'SVG named .png', 'drawing.png', Buffer.from(svg('<rect/>')), 'image.wrongFormat');
    put('wrong extension', 'PNG named .svg', 'png.svg', png, 'image.wrongFormat');
    put(
      'wrong extension',
      'random bytes named .gif',
      'noise.gif',
      Buffer.from('not an image at all, honest'),
      'image.signature',
    );
    put('wrong extension', 'unsupported .bmp', 'old.bmp', Buffer.from('BM'), 'image.extension');
    put('truncated', 'PNG cut in half', 'half.png', png.subarray(0, png.length >> 1), 'image.corrupt');
    put('truncated', 'PNG cut inside IHDR', 'ihdr.png', png.subarray(0, 20), 'image.corrupt');
    put('truncated', 'JPEG cut in half', 'half.jpg', jpeg.subarray(0, jpeg.length >> 1), 'image.corrupt');
    put(
      'truncated',
      'PNG with broken IDAT',
      'crc.png',
      Buffer.concat([png.subarray(0, 40), Buffer.alloc(200, 0xaa)]),
      'image.corrupt',
    );
    put('empty', 'empty PNG', 'empty.png', Buffer.alloc(0), 'image.empty');
    put('empty', 'empty SVG', 'empty.svg', Buffer.alloc(0), 'image.empty');
    put('decompression bomb', '100 000 × 100 000 PNG header', 'bomb.png', pngHeader(100_000, 100_000), 'image.side');
    put('decompression bomb', '12 001 px wide', 'wide.png', pngHeader(12_001, 10), 'image.side');
    put('decompression bomb', '7 000 × 7 000 = 49 MP', 'square.png', pngHeader(7_000, 7_000), 'image.pixels');
    put(
      'decompression bomb',
      'SVG file declaring 100 000 px',
      'big.svg',
      Buffer.from(svg('', ' width="1e5" height="1e5"')),
      'svg.dimensions',
    );
    put('unreadable', 'folder named .png', 'folder.png', Buffer.alloc(0), 'image.unreadable');
    put('unreadable', 'missing file', 'missing.png', Buffer.alloc(0), 'image.unreadable');
    put('oversized', '21 MB PNG', 'huge.png', png, 'image.tooLarge');
    put('oversized', '400 KB SVG', 'huge.svg', Buffer.from(svg('')), 'svg.tooLarge');
    for (const [name, data] of Object.entries(files)) {
      if (name === 'folder.png') mkdirSync(at(name));
      else if (name !== 'missing.png') writeFileSync(at(name), data);
    }
    // Sparse files: past the limit on disk without writing megabytes.
    for (const [name, size] of [
      ['huge.png', LIMITS.rasterBytes + 1_000_000],
      ['huge.svg', 400_000],
    ] as const) {
      const fd = openSync(at(name), 'r+');
      ftruncateSync(fd, size);
      closeSync(fd);
    }
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('accepts a small valid image of every supported format', async () => {
    for (const name of ['ok.png', 'ok.jpg', 'ok.gif', 'ok.webp', 'ok.avif']) {
      expect(await imageFileProblems(at(name)), name).toEqual([]);
    }
  });

  it('refuses every adversarial file with its key, without throwing', async () => {
    expect(RASTER_CASES.length).toBeGreaterThan(15);
    for (const [cls, what, name, key] of RASTER_CASES) {
      const findings = await imageFileProblems(at(name));
      expect(keys(findings), `${cls}: ${what}`).toContain(key);
      for (const f of findings) expect(editorText(f.key, f.params, 'vi')).not.toMatch(/\{\{/);
    }
  });

  it('reads a 100 000 × 100 000 header quickly, without allocating its pixels', async () => {
    const rss = process.memoryUsage().rss;
    const started = performance.now();
    const meta = await sharp(at('bomb.png'), { limitInputPixels: false }).metadata();
    expect([meta.width, meta.height]).toEqual([100_000, 100_000]);
    expect(await imageFileProblems(at('bomb.png'))).toEqual([
      { key: 'image.side', params: { width: 100_000, height: 100_000, max: LIMITS.side } },
    ]);
    expect(performance.now() - started).toBeLessThan(500);
    // 10^10 RGBA pixels would be 40 GB; allow generous noise for the test runner itself.
    expect(process.memoryUsage().rss - rss).toBeLessThan(100 * 1024 * 1024);
  });

  it('names the real format of a misnamed file', async () => {
    expect(await imageFileProblems(at('phone.jpeg'))).toEqual([
      { key: 'image.wrongFormat', params: { ext: '.jpeg', format: 'HEIC' } },
    ]);
  });
});
