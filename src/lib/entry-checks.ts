/**
 * Checks of one entry file beyond its schema, all on parsed data: the body's syntax tree
 * (`scanBody`: unsafe Markdown/MDX/HTML, URLs, alt texts), the files it references (inside
 * content/, within size and pixel limits, safe SVG), its links to other pages (against the one
 * URL set), a title the share card can draw, and date-times written without offset. The
 * glossary runs apart, with a time budget (gate/glossary-bounded.ts).
 */
import { dirname } from 'node:path';
import { scanBody } from './gate/body.ts';
import type { GateFinding } from './gate/finding.ts';
import { resolveReferenced } from './gate/files.ts';
import { imageFileProblems } from './gate/images.ts';
import { internalLinkFindings } from './gate/links.ts';
import { editorText } from '../i18n/editor.ts';
import type { TextField } from './glossary.ts';
import { selectFontFaces } from './og-fonts.ts';
import type { PublicationState } from './publication.ts';

export interface EntryProblem {
  line?: number | undefined;
  field?: string | undefined;
  message: string;
  severity: 'error' | 'warning';
}

export interface EntryCheckInput {
  file: string;
  text: string;
  body: string;
  data: Record<string, unknown>;
  /** Every URL of the site and the state of the page behind it (`urlStates`). */
  urls: ReadonlyMap<string, PublicationState>;
  /** BCP-47 tag of the entry's language (chooses the fonts of its share card). */
  lang: string;
  /** Allowed content components: name → absolute path. */
  components: ReadonlyMap<string, string>;
  /** Real paths of the folders referenced files must be in (content/, public/). */
  roots: readonly string[];
}

const lineAt = (text: string, index: number) => text.slice(0, index).split('\n').length;

/** The texts a reader sees, for the glossary (applied by `boundedGlossary`). */
export function readerTexts(data: Record<string, unknown>, body: string): TextField[] {
  const d = data as {
    title?: string;
    description?: string;
    tags?: string[];
    cover?: { alt?: string; caption?: string };
    claim?: { statement?: string; verdict?: string };
  };
  return [
    { field: 'title', text: d.title ?? '' },
    { field: 'description', text: d.description ?? '' },
    ...(d.tags ?? []).map((text, i) => ({ field: `tags.${i}`, text })),
    { field: 'cover.alt', text: d.cover?.alt ?? '' },
    { field: 'cover.caption', text: d.cover?.caption ?? '' },
    { field: 'claim.statement', text: d.claim?.statement ?? '' },
    { field: 'claim.verdict', text: d.claim?.verdict ?? '' },
    { field: 'body', text: body },
  ];
}

/** Findings for a referenced image: where it is, then what it is. */
async function imageFindings(file: string, src: string, roots: readonly string[]): Promise<GateFinding[]> {
  const resolved = resolveReferenced(dirname(file), src, roots);
  if ('finding' in resolved) return [resolved.finding];
  return imageFileProblems(resolved.path);
}

export async function checkEntry(input: EntryCheckInput): Promise<EntryProblem[]> {
  const { file, text, body, data } = input;
  const problems: EntryProblem[] = [];
  const bodyStart = text.length - body.length;
  const bodyLine = lineAt(text, bodyStart);
  const error = (finding: GateFinding, extra: Partial<EntryProblem> = {}) =>
    problems.push({ message: editorText(finding.key, finding.params), severity: 'error', ...extra });

  // A date-time without offset is read as Vietnam time; say so, so nobody is surprised.
  for (const m of text
    .slice(0, bodyStart)
    .matchAll(
      /^[ \t]*(publishAt|updatedAt|expiresAt):[ \t]*["']?(\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2})?)["']?[ \t]*$/gm,
    )) {
    problems.push({
      severity: 'warning',
      line: lineAt(text, m.index),
      field: m[1],
      message: editorText('check.no-offset', { value: m[2] ?? '' }),
    });
  }

  // The share card draws the title: a character no bundled font has (an emoji) must be a
  // message here, not a failed build later.
  const title = (data as { title?: unknown }).title;
  if (typeof title === 'string') {
    const { uncovered } = selectFontFaces([{ text: title, weight: 700 }], input.lang);
    const chars = uncovered.filter((ch) => ch.trim() && !/\p{Default_Ignorable_Code_Point}/u.test(ch));
    if (chars.length > 0) error({ key: 'title.glyph', params: { chars: chars.join(' ') } }, { field: 'title' });
  }

  const cover = (data as { cover?: { src?: unknown } }).cover;
  if (typeof cover?.src === 'string') {
    for (const f of await imageFindings(file, cover.src, input.roots)) error(f, { field: 'cover.src' });
  }

  const scan = scanBody(body, { mdx: file.endsWith('.mdx'), file, components: input.components });
  const at = (line: number | undefined) => (line === undefined ? undefined : line + bodyLine - 1);
  for (const f of scan.findings) error(f, { line: at(f.line), field: 'body' });
  for (const image of scan.images) {
    for (const f of await imageFindings(file, image.src, input.roots))
      error(f, { line: at(image.line), field: 'body' });
  }
  for (const link of scan.links) {
    for (const f of internalLinkFindings(link.path, input.urls)) error(f, { line: at(link.line), field: 'body' });
  }

  return problems;
}
