/**
 * Glossary patterns are regular expressions written by staff, run on every text of every
 * entry. JavaScript's engine backtracks, so a pattern like `(a+)+$` or `(a|aa)*$` can take
 * minutes on one paragraph. Such patterns are refused when the glossary is read, judged on the
 * pattern's syntax tree (regexpp, the parser ESLint uses): no unbounded repetition inside
 * another, none over alternatives, no backreferences, and a bounded length.
 */
import { RegExpParser, visitRegExpAST } from '@eslint-community/regexpp';
import type { Node, Quantifier } from '@eslint-community/regexpp/ast';
import type { GateFinding } from './finding.ts';
import { LIMITS } from './limits.ts';

const parser = new RegExpParser({ ecmaVersion: 2025 });

/** True when `node` (inside an unbounded repetition) repeats without bound or alternates. */
function risky(node: Node): boolean {
  let found = false;
  const mark = () => void (found = true);
  const inner = node.type === 'Quantifier' ? node.element : node;
  visitRegExpAST(inner as Parameters<typeof visitRegExpAST>[0], {
    onQuantifierEnter: (q) => q.max === Infinity && mark(),
    onGroupEnter: (g) => g.alternatives.length > 1 && mark(),
    onCapturingGroupEnter: (g) => g.alternatives.length > 1 && mark(),
  });
  return found;
}

export function patternFinding(pattern: string): GateFinding | undefined {
  const shown = pattern.slice(0, 60);
  if (pattern.length > LIMITS.patternLength)
    return { key: 'glossary.too-long', params: { length: pattern.length, max: LIMITS.patternLength } };
  let ast;
  try {
    ast = parser.parsePattern(pattern, 0, pattern.length, { unicode: true });
  } catch {
    return undefined; // not a regular expression at all: the schema says so in its own words
  }
  let finding: GateFinding | undefined;
  visitRegExpAST(ast, {
    onBackreferenceEnter: () => void (finding ??= { key: 'glossary.backreference', params: { pattern: shown } }),
    onQuantifierEnter: (q: Quantifier) => {
      if (q.max === Infinity && risky(q)) finding ??= { key: 'glossary.unsafe', params: { pattern: shown } };
    },
  });
  return finding;
}
