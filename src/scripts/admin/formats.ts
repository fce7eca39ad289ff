/**
 * How the CMS reads and writes an entry file: YAML front matter and a Markdown body, written by
 * the same function the dev server's check uses (src/lib/cms-save.ts), so what is checked is
 * byte for byte what is saved. A language nobody has written in comes out blank: Decap still
 * writes it (a new entry has every language), the dev proxy leaves it out, and the gate and the
 * loader ignore a blank file that reaches the forge (isBlankFile in src/lib/content-files.ts).
 */
import { parse } from 'yaml';
import { pruneEmpty } from '../../lib/cms-form.ts';
import { entrySource } from '../../lib/cms-save.ts';

export const ENTRY_FORMAT = 'entry-frontmatter';

export const entryFormat = {
  fromFile(content: string): Record<string, unknown> {
    const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(content);
    if (!match) return { body: content };
    const front = parse(match[1] ?? '') as unknown;
    const fields = front !== null && typeof front === 'object' ? (front as Record<string, unknown>) : {};
    return { ...fields, body: (match[2] ?? '').replace(/^\r?\n/, '') };
  },
  toFile(data: Record<string, unknown>): string {
    return pruneEmpty(data) === undefined ? '' : entrySource(data);
  },
};
