/**
 * Reads a content file's data the way every tool in this project reads it: frontmatter of
 * `.md`/`.mdx`, or a whole `.yaml` file, parsed with the YAML 1.2 core schema (dates stay
 * strings). Errors name the file and the line.
 */
import { parseDocument } from 'yaml';
import { editorText } from '../i18n/editor.ts';
import { LIMITS } from './gate/limits.ts';

/**
 * Where the frontmatter ends, exactly as Astro's own split decides it (the expression of
 * @astrojs/internal-helpers' frontmatter module): the first line starting with `---` after the
 * opening one closes it, whatever follows. A different rule here would let a file show the gate
 * one body and Astro another.
 */
const FRONTMATTER_RE = /(?:^\uFEFF?|^\s*\n)(?:---|\+\+\+)([\s\S]*?\n)(?:---|\+\+\+)/;

export interface ParsedSource {
  data: Record<string, unknown>;
  body: string;
  /** Line in the file where the data starts (1: frontmatter is read from its opening line on). */
  dataLine: number;
}

export class SourceError extends Error {
  readonly file: string;
  readonly line: number | undefined;
  constructor(file: string, line: number | undefined, message: string) {
    super(`${file}${line ? `:${line}` : ''}: ${message}`);
    this.file = file;
    this.line = line;
  }
}

export function parseSource(file: string, text: string): ParsedSource {
  const isYaml = /\.ya?ml$/.test(file);
  let yamlText = text;
  let body = '';
  let dataLine = 1;
  if (!isYaml) {
    const m = FRONTMATTER_RE.exec(text);
    // Only `---` YAML at the very start: no blank lines before it, no TOML `+++`.
    if (!m || m.index !== 0 || !/^\uFEFF?---/.test(text)) {
      throw new SourceError(file, 1, editorText('yaml.frontmatter'));
    }
    // The YAML starts on the opening line itself (after `---`), as in Astro's split.
    yamlText = m[1] ?? '';
    body = text.slice(m[0].length);
    dataLine = 1;
  }
  const doc = parseDocument(yamlText, { schema: 'core', uniqueKeys: true, prettyErrors: true });
  const first = doc.errors[0];
  if (first) {
    const line = first.linePos?.[0]?.line;
    throw new SourceError(
      file,
      line === undefined ? undefined : line + dataLine - 1,
      editorText('yaml.syntax', { detail: first.message.split('\n')[0] ?? '' }),
    );
  }
  const warning = doc.warnings.find((w) => w.code === 'TAG_RESOLVE_FAILED');
  if (warning) {
    const line = warning.linePos?.[0]?.line;
    const tag = /tag: (\S+)/.exec(warning.message)?.[1] ?? '!';
    throw new SourceError(file, line === undefined ? undefined : line + dataLine - 1, editorText('yaml.tag', { tag }));
  }
  let data: unknown;
  try {
    // An alias bomb (`&a [*b, *b, …]` nested) would expand to gigabytes: yaml refuses past the count.
    data = doc.toJS({ maxAliasCount: LIMITS.yamlAliases });
  } catch (error) {
    if (!(error instanceof ReferenceError)) throw error;
    throw new SourceError(file, dataLine, editorText('yaml.aliases', { max: LIMITS.yamlAliases }));
  }
  if (data !== null && (typeof data !== 'object' || Array.isArray(data))) {
    throw new SourceError(file, dataLine, editorText('yaml.not-mapping'));
  }
  return { data: (data ?? {}) as Record<string, unknown>, body, dataLine };
}
