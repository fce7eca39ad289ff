/**
 * The SVG gate. SVG originals in `content/` are rasterised by sharp/librsvg at build time
 * (image.dangerouslyProcessSVG), and content files are untrusted (issue 11): a drawing may only
 * be a bounded, self-contained picture. The file is parsed with a real XML parser and walked
 * against allowlists (svg-rules.ts), so encodings, namespaces and case tricks are judged as the
 * rasteriser would see them, not as a regular expression guesses.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { GateFinding } from './finding.ts';
import { LIMITS } from './limits.ts';
import type { EditorKey, EditorParams } from '../../i18n/editor.ts';
import * as rules from './svg-rules.ts';
import { useChainFindings } from './svg-use.ts';

type XmlNode = Record<string, unknown> & { ':@'?: Record<string, string> };
type Add = (key: EditorKey, params?: EditorParams) => void;

// Raw values (processEntities off): decodeXml decodes them strictly, so nothing a DTD declares is
// ever expanded. maxNestedTags stops a depth bomb early: the walk below reports it as too deep.
const parser = new XMLParser({
  preserveOrder: true, ignoreAttributes: false, attributeNamePrefix: '', parseTagValue: false,
  parseAttributeValue: false, trimValues: false, processEntities: false, htmlEntities: false,
  cdataPropName: '#cdata', commentPropName: '#comment', ignoreDeclaration: false,
  ignorePiTags: false, maxNestedTags: LIMITS.svgDepth,
}); // prettier-ignore

/** Attributes that are names or prose, not CSS: exempt from the url()/escape checks. */
const NOT_CSS = new Set(['id', 'class', 'lang', 'role', 'aria-label', 'aria-labelledby', 'aria-describedby']);

export function svgProblems(text: string): GateFinding[] {
  const found = new Map<string, GateFinding>();
  // Deduplicated and capped: a bad file gets a readable list, not ten thousand lines.
  const add: Add = (key, params) => {
    if (found.size < 20) found.set(key + JSON.stringify(params ?? {}), params ? { key, params } : { key });
  };
  const bytes = Buffer.byteLength(text);
  if (bytes > LIMITS.svgBytes) {
    return [{ key: 'svg.tooLarge', params: { size: Math.ceil(bytes / 1000), max: LIMITS.svgBytes / 1000 } }];
  }
  // A DTD is the only way to declare entities (billion laughs, external files) or default
  // attributes; markup cannot be encoded, so the literal text is a complete test, made before
  // any parser reads the DTD.
  if (/<!(?:DOCTYPE|ENTITY|ELEMENT|ATTLIST|NOTATION)/i.test(text)) return [{ key: 'svg.doctype' }];
  const xml = text.replace(/^\uFEFF/, '');
  const valid = XMLValidator.validate(xml);
  if (valid !== true) return [{ key: 'svg.malformed', params: { line: valid.err.line } }];
  let doc: XmlNode[];
  try {
    doc = parser.parse(xml) as XmlNode[];
  } catch (error) {
    // The parser's nesting limit: past it the parser would slow down quadratically (40 000 levels: 50 s).
    if (/nested tags/i.test((error as Error).message)) return [{ key: 'svg.depth', params: { max: LIMITS.svgDepth } }];
    return [{ key: 'svg.malformed', params: { line: 1 } }];
  }

  // Element ids, the `<use>` targets found inside each of them, and every `<use>` target.
  const edges = new Map<string, Set<string>>();
  const useTargets: string[] = [];
  let elements = 0;

  // Masks, clip paths, patterns and filters are rendered once per element that uses them: one
  // inside another multiplies (four levels of ten masked shapes took the rasteriser minutes).
  const EFFECTS = new Set(['mask', 'clipPath', 'pattern', 'filter']);
  const EFFECT_ATTRIBUTES = ['mask', 'clip-path', 'filter'];

  function walk(nodes: XmlNode[], depth: number, scope: Map<string, string>, idPath: string[], inEffect = false): void {
    for (const node of nodes) {
      const name = Object.keys(node).find((k) => k !== ':@')!;
      const raw = node[name];
      if (name === '#text') {
        const text = rules.decodeXml(String(raw));
        if ('entity' in text) add('svg.entity', { name: text.entity });
        continue;
      }
      if (name === '#comment') continue;
      if (name === '#cdata') {
        add('svg.cdata');
        continue;
      }
      if (name.startsWith('?')) {
        if (name !== '?xml' || depth > 0) add('svg.instruction', { name: name.slice(1).replace(/[^\w.:-]/g, '?') });
        else for (const f of rules.declarationFindings(node[':@'] ?? {})) add(f.key, f.params);
        continue;
      }
      if (++elements > LIMITS.svgElements) return add('svg.elementCount', { max: LIMITS.svgElements });
      if (depth >= LIMITS.svgDepth) return add('svg.depth', { max: LIMITS.svgDepth });
      const attrs = node[':@'] ?? {};
      // Namespace declarations apply to the element that carries them and everything inside.
      const inner = new Map(scope);
      for (const [a, v] of Object.entries(attrs)) {
        if (a === 'xmlns') inner.set('', v);
        else if (a.startsWith('xmlns:')) inner.set(a.slice(6), v);
      }
      const [prefix, local] = name.includes(':') ? name.split(':', 2) : ['', name];
      if (depth === 0 && local !== 'svg') add('svg.root', { name });
      const key = rules.elementKey(local!);
      if (key !== 'svg.element') add(key, { name });
      else if (inner.get(prefix!) !== rules.SVG_NS) add('svg.namespace', { name });
      else if (!rules.ELEMENTS.has(local!)) add('svg.element', { name });
      const { id, hrefs } = checkAttributes(name, local!, attrs, inner);
      if (inEffect && EFFECT_ATTRIBUTES.some((a) => a in attrs)) add('svg.nestedEffect', { name });
      const path = id === undefined ? idPath : [...idPath, id];
      if (local === 'use') {
        useTargets.push(...(hrefs.length ? hrefs : ['']));
        // The clone belongs to every enclosing element with an id: using one of them clones it too.
        for (const owner of path) for (const href of hrefs) edges.get(owner)!.add(href);
      }
      if (Array.isArray(raw)) walk(raw as XmlNode[], depth + 1, inner, path, inEffect || EFFECTS.has(local!));
    }
  }

  /** Judges every attribute of one element; returns its id (registered) and local href target. */
  function checkAttributes(element: string, local: string, attrs: Record<string, string>, ns: Map<string, string>) {
    let id: string | undefined;
    const hrefs: string[] = [];
    for (const [name, raw] of Object.entries(attrs)) {
      // XML forbids a raw < in a value; the rasteriser's parser would reject the whole file.
      if (raw.includes('<')) add('svg.malformed', { line: text.slice(0, text.indexOf(raw)).split('\n').length });
      const decoded = rules.decodeXml(raw);
      if ('entity' in decoded) {
        add('svg.entity', { name: decoded.entity });
        continue;
      }
      const value = decoded.value;
      if (name === 'xmlns' || name.startsWith('xmlns:')) continue; // judged through element names
      const [prefix, attr] = name.includes(':') ? name.split(':', 2) : ['', name];
      const uri = prefix === 'xml' ? rules.XML_NS : prefix ? ns.get(prefix) : '';
      if (/^on/i.test(attr!)) add('svg.eventHandler', { name, element });
      else if (attr === 'href' && (uri === '' || uri === rules.XLINK_NS)) {
        if (!rules.HREF_ELEMENTS.has(local)) add('svg.attribute', { name, element });
        else if (!rules.LOCAL_REF.test(value)) add('svg.href', { name, element });
        else hrefs.push(value.slice(1));
      } else if (uri === rules.XML_NS && (attr === 'space' || attr === 'lang')) continue;
      else if (uri !== '' || !rules.ATTRIBUTES.has(attr!)) add('svg.attribute', { name, element });
      else if (attr === 'id') id = value;
      else if (!NOT_CSS.has(attr!)) {
        const bad = rules.cssValueKey(value);
        if (bad) add(bad, { name, element });
      }
    }
    if (id !== undefined && !edges.has(id)) edges.set(id, new Set());
    return { id, hrefs };
  }

  walk(doc, 0, new Map([['xml', rules.XML_NS]]), []);
  if (useTargets.length > LIMITS.svgUses) add('svg.useCount', { count: useTargets.length, max: LIMITS.svgUses });
  const root = doc.find((n) => Object.keys(n).some((k) => k !== ':@' && !/^[?#]/.test(k)));
  const rootAttr = (name: string) => {
    const decoded = rules.decodeXml(root?.[':@']?.[name] ?? '');
    return 'value' in decoded ? decoded.value : '';
  };
  for (const f of [...useChainFindings(edges, useTargets), ...rules.canvasFindings(rootAttr)]) add(f.key, f.params);
  return [...found.values()];
}
