/**
 * MDX expressions and ESM judged on the syntax tree of a real JavaScript parser (acorn, the
 * parser the MDX ecosystem uses), as an allowlist: an expression may only be a literal value
 * (string, number, boolean, null, a template without `${}`, arrays and plain objects of those);
 * ESM may only be default imports of the content components. Anything else, however it is
 * spelled, is refused: no identifiers, calls, member access, spreads or computed keys.
 */
import { parse, parseExpressionAt, type Expression, type Node, type Program } from 'acorn';

const OPTIONS = { ecmaVersion: 'latest', sourceType: 'module' } as const;

/** The empty expression `{}` and comment-only `{/* note *\/}` are what MDX uses for comments. */
function isOnlyComments(code: string): boolean {
  try {
    return parse(code, OPTIONS).body.length === 0;
  } catch {
    return false;
  }
}

function isLiteralNode(node: Node, depth: number): boolean {
  if (depth > 32) return false;
  const n = node as Expression;
  switch (n.type) {
    case 'Literal':
      return !('regex' in n && n.regex) && !('bigint' in n && n.bigint);
    case 'TemplateLiteral':
      return n.expressions.length === 0;
    case 'UnaryExpression':
      return (
        (n.operator === '-' || n.operator === '+') &&
        n.argument.type === 'Literal' &&
        typeof n.argument.value === 'number'
      );
    case 'ArrayExpression':
      return n.elements.every((e) => e === null || (e.type !== 'SpreadElement' && isLiteralNode(e, depth + 1)));
    case 'ObjectExpression':
      return n.properties.every((p) => {
        if (p.type !== 'Property' || p.kind !== 'init' || p.computed || p.method || p.shorthand) return false;
        const key =
          p.key.type === 'Identifier' ? p.key.name : p.key.type === 'Literal' ? String(p.key.value) : undefined;
        return key !== undefined && key !== '__proto__' && isLiteralNode(p.value, depth + 1);
      });
    default:
      return false;
  }
}

/** True when `code` (the text between `{` and `}`) is a comment or a literal value and nothing more. */
export function isLiteralExpression(code: string): boolean {
  if (isOnlyComments(code)) return true;
  try {
    const node = parseExpressionAt(code, 0, OPTIONS);
    // The whole text must be that one expression: `1), evil(), (2` or `"a"; x` are not.
    return isOnlyComments(code.slice(node.end)) && isLiteralNode(node, 0);
  } catch {
    return false;
  }
}

export interface EsmImport {
  local: string;
  source: string;
}

/**
 * The default imports in an ESM block, or the reason it is refused: `esm` for any statement
 * that is not an import, `shape` for named/namespace imports or import attributes.
 */
export function esmImports(
  code: string,
): { imports: EsmImport[] } | { refused: 'esm' | 'shape' | 'parse'; detail?: string } {
  let program: Program;
  try {
    program = parse(code, OPTIONS);
  } catch (error) {
    return { refused: 'parse', detail: (error as Error).message };
  }
  const imports: EsmImport[] = [];
  for (const statement of program.body) {
    if (statement.type !== 'ImportDeclaration') return { refused: 'esm' };
    const [only, ...rest] = statement.specifiers;
    if (!only || rest.length > 0 || only.type !== 'ImportDefaultSpecifier' || statement.attributes.length > 0)
      return { refused: 'shape' };
    imports.push({ local: only.local.name, source: String(statement.source.value) });
  }
  return { imports };
}
