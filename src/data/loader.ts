/**
 * Astro's glob loader, with one change: frontmatter and YAML are re-read with the YAML 1.2
 * core schema, so dates reach our zod schemas as the strings the editor wrote. Astro's own
 * parser turns an unquoted `2025-06-01T08:00:00` into 08:00 UTC (15:00 in Vietnam) and
 * `2025-02-30` into 2 March, and then nothing can tell; here both meet a clear error. And it
 * stores only what pages read (src/lib/stored-entry.ts).
 */
import { readFileSync } from 'node:fs';
import { glob } from 'astro/loaders';
import type { Loader } from 'astro/loaders';
import { isBlankFile } from '../lib/content-files.ts';
import { parseSource } from '../lib/source.ts';
import { slimStoredEntry, type StoredEntry } from '../lib/stored-entry.ts';

export function contentLoader(options: { base: string; pattern: string }): Loader {
  const inner = glob({
    ...options,
    // `vi/atk-dinh-hoa.mdx` → `vi/atk-dinh-hoa`; a frontmatter `slug` never overrides it.
    generateId: ({ entry }) => entry.replace(/\.(mdx?|ya?ml)$/, ''),
  });
  return {
    name: 'doingoai-loader',
    load: (context) => {
      // A blank language file (see isBlankFile) is not an entry: it is neither validated nor stored.
      const blank = new Set<string>();
      const store = new Proxy(context.store, {
        get(target, prop) {
          // Only what pages read is stored (see stored-entry.ts): the store is the build's memory peak.
          if (prop === 'set')
            return (entry: StoredEntry) => !blank.has(entry.id) && target.set(slimStoredEntry(entry) as never);
          const value: unknown = Reflect.get(target, prop, target);
          return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
        },
      });
      return inner.load({
        ...context,
        store,
        parseData: (props) => {
          if (!props.filePath) return context.parseData(props);
          if (isBlankFile(props.filePath)) {
            blank.add(props.id);
            return Promise.resolve(props.data);
          }
          const { data } = parseSource(props.filePath, readFileSync(props.filePath, 'utf8'));
          return context.parseData({ ...props, data: data as typeof props.data });
        },
      });
    },
  };
}
