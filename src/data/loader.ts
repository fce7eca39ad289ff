/**
 * Astro's glob loader, with one change: frontmatter and YAML are re-read with the YAML 1.2
 * core schema, so dates reach our zod schemas as the strings the editor wrote. Astro's own
 * parser turns an unquoted `2025-06-01T08:00:00` into 08:00 UTC (15:00 in Vietnam) and
 * `2025-02-30` into 2 March, and then nothing can tell; here both meet a clear error.
 */
import { readFileSync } from 'node:fs';
import { glob } from 'astro/loaders';
import type { Loader } from 'astro/loaders';
import { parseSource } from '../lib/source.ts';

export function contentLoader(options: { base: string; pattern: string }): Loader {
  const inner = glob({
    ...options,
    // `vi/atk-dinh-hoa.mdx` → `vi/atk-dinh-hoa`; a frontmatter `slug` never overrides it.
    generateId: ({ entry }) => entry.replace(/\.(mdx?|ya?ml)$/, ''),
  });
  return {
    name: 'doingoai-loader',
    load: (context) =>
      inner.load({
        ...context,
        parseData: (props) => {
          if (!props.filePath) return context.parseData(props);
          const { data } = parseSource(props.filePath, readFileSync(props.filePath, 'utf8'));
          return context.parseData({ ...props, data: data as typeof props.data });
        },
      }),
  };
}
