/**
 * MDX's own nodes, judged for the body gate: ESM may only import the content components under
 * their own names, and JSX elements are those components (literal props) or allowlisted HTML
 * elements (the HTML attribute rules, literal string values only).
 */
import { dirname, resolve } from 'node:path';
import type { GateFinding } from './finding.ts';
import { attributeFindings, isAllowedElement } from './html.ts';
import { esmImports, isLiteralExpression } from './js-literal.ts';

type JsxAttribute = { type: string; name?: string; value?: string | null | { value?: string } };
type JsxNode = { name?: string | null; attributes?: unknown };

/** Findings for one ESM block; the imports it may make are added to `imported`. */
export function esmFindings(
  code: string,
  file: string,
  components: ReadonlyMap<string, string>,
  imported: Set<string>,
): GateFinding[] {
  const allowed = [...components.keys()].join(', ');
  const result = esmImports(code);
  if ('refused' in result)
    return [
      result.refused === 'parse'
        ? { key: 'mdx.parse', params: { detail: result.detail ?? '' } }
        : { key: result.refused === 'esm' ? 'mdx.esm' : 'mdx.import-shape' },
    ];
  const findings: GateFinding[] = [];
  for (const { local, source } of result.imports) {
    const target = resolve(dirname(file), source);
    // The local name must be the component's own (PascalCase): `import a from …Callout.astro`
    // would make every <a> a "component" and skip the HTML rules.
    if (components.get(local) === target) imported.add(local);
    else if ([...components.values()].includes(target)) findings.push({ key: 'mdx.import-shape', params: { source } });
    else findings.push({ key: 'mdx.import-source', params: { source, allowed } });
  }
  return findings;
}

/** Findings for one JSX element, and its `href` when it is an HTML link (for the link check). */
export function jsxFindings(
  node: JsxNode,
  imported: ReadonlySet<string>,
  allowed: string,
): { findings: GateFinding[]; href?: string } {
  const name = node.name;
  if (name === null || name === undefined) return { findings: [] }; // a fragment <>…</>
  const isComponent = imported.has(name);
  const isHtml = !isComponent && isAllowedElement(name);
  if (!isComponent && !isHtml) return { findings: [{ key: 'mdx.component', params: { name, allowed } }] };
  const findings: GateFinding[] = [];
  let href: string | undefined;
  for (const attribute of (node.attributes ?? []) as JsxAttribute[]) {
    if (attribute.type !== 'mdxJsxAttribute' || !attribute.name)
      findings.push({ key: 'mdx.spread', params: { element: name } });
    else if (/[:.]|^on/i.test(attribute.name))
      findings.push({ key: 'mdx.directive-attribute', params: { element: name, name: attribute.name } });
    else if (typeof attribute.value === 'object' && attribute.value !== null) {
      const code = attribute.value.value ?? '';
      if (!isLiteralExpression(code)) findings.push({ key: 'mdx.expression', params: { code: code.slice(0, 40) } });
      else if (isHtml) findings.push({ key: 'html.attribute', params: { element: name, name: attribute.name } });
    } else if (isHtml) {
      findings.push(...attributeFindings(name, attribute.name, attribute.value ?? ''));
      if (attribute.name === 'href') href = attribute.value ?? '';
    }
  }
  return { findings, href };
}
