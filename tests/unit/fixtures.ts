/** Small in-memory entries for the model and routing tests. */
import type { RawEntry } from '../../src/lib/site-model.ts';

export const NOW = new Date('2025-09-01T00:00:00Z');

export function entry(id: string, extra: Record<string, unknown> = {}): RawEntry {
  return {
    id,
    data: {
      title: `Title ${id}`,
      description: 'd',
      publishAt: new Date('2025-01-01T00:00:00Z'),
      draft: false,
      tags: [],
      ...extra,
    },
  };
}
