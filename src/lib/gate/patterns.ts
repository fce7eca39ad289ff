/**
 * Glossary patterns are regular expressions written by staff, run on every text of every
 * entry. JavaScript's engine backtracks, so a pattern like `(a+)+$` or `(a|aa)*$` can take
 * minutes on one paragraph. Such patterns are refused when the glossary is read, judged on the
 * pattern's syntax tree (regexpp, the parser ESLint uses): no repetition inside another or over
 * alternatives, no two long repetitions side by side (`\s*\s*x`, `a*a*b`: polynomial), no
 * backreferences, and a bounded length. What is left can still be slow on a hostile text (even
 * `\s+x` is quadratic on a long run of spaces); gate/glossary-bounded.ts bounds that by time.
 */
import { RegExpParser, visitRegExpAST } from '@eslint-community/regexpp';
import type { Alternative, Element, Node, Quantifier } from '@eslint-community/regexpp/ast';
import type { GateFinding } from './finding.ts';
import { LIMITS } from './limits.ts';

const parser = new RegExpParser({ ecmaVersion: 2025 });

/** A repetition of more than a few: `*`, `+`, `{2,}`, `{0,1000}`. */
const LONG = 10;
const repeats = (q: Quantifier) => q.max > 1;

/** True when `node` (inside a repetition) repeats too, or alternates. */
function risky(node: Node): boolean {
  let found = false;
  const mark = () => void (found = true);
  const inner = node.type === 'Quantifier' ? node.element : node;
  visitRegExpAST(inner, {
    onQuantifierEnter: (q) => repeats(q) && mark(),
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
      if (repeats(q) && risky(q)) finding ??= { key: 'glossary.unsafe', params: { pattern: shown } };
    },
    onAlternativeEnter: (alternative: Alternative) => {
      if (sideBySide(alternative)) finding ??= { key: 'glossary.unsafe', params: { pattern: shown } };
    },
  });
  return finding;
}

/** Can the element match nothing (so two repetitions around it touch)? */
const optional = (e: Element) => (e.type === 'Quantifier' && e.min === 0) || e.type === 'Assertion';

/** Two long repetitions with nothing required between them. */
function sideBySide(alternative: Alternative): boolean {
  let open = false;
  for (const e of alternative.elements) {
    if (e.type === 'Quantifier' && e.max > LONG) {
      if (open) return true;
      open = true;
    } else if (!optional(e)) open = false;
  }
  return false;
}
