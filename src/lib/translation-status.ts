/**
 * Translation status: for every entry and language, whether the translation is missing,
 * outdated (the Vietnamese source changed after the translation was last changed) or up to
 * date. Pure: the history of each file is passed in (from git, in scripts/i18n-status.ts).
 */
export type TranslationState = 'source' | 'missing' | 'outdated' | 'up-to-date';

export interface FileChange {
  /** ISO date of the change. */
  date: string;
  /** A source change marked `[i18n-skip]` (a typo fix) does not make translations outdated. */
  skip: boolean;
}

export interface StatusRow {
  entry: string;
  states: Record<string, TranslationState>;
}

export interface StatusReport {
  rows: StatusRow[];
  totals: Record<string, { upToDate: number; outdated: number; missing: number; total: number }>;
}

export function translationStatus(input: {
  /** `collection/locale/slug` → the file's changes, newest first (empty: never committed). */
  files: ReadonlyMap<string, readonly FileChange[]>;
  locales: readonly string[];
  now: string;
}): StatusReport {
  const [source, ...targets] = input.locales;
  const entries = [
    ...new Set(
      [...input.files.keys()]
        .map((k) => k.split('/'))
        .filter(([, l]) => l === source)
        .map(([c, , s]) => `${c}/${s}`),
    ),
  ].sort();
  const last = (changes: readonly FileChange[] | undefined, meaningful: boolean) =>
    (meaningful ? changes?.find((c) => !c.skip) : changes?.[0])?.date ?? input.now;
  const rows = entries.map((entry) => {
    const [collection, slug] = entry.split('/');
    const sourceChanged = last(input.files.get(`${collection}/${source}/${slug}`), true);
    const states: Record<string, TranslationState> = { [source!]: 'source' };
    for (const locale of targets) {
      const changes = input.files.get(`${collection}/${locale}/${slug}`);
      states[locale] = !changes ? 'missing' : last(changes, false) < sourceChanged ? 'outdated' : 'up-to-date';
    }
    return { entry, states };
  });
  const totals: StatusReport['totals'] = {};
  for (const locale of targets) {
    const states = rows.map((r) => r.states[locale]);
    totals[locale] = {
      upToDate: states.filter((s) => s === 'up-to-date').length,
      outdated: states.filter((s) => s === 'outdated').length,
      missing: states.filter((s) => s === 'missing').length,
      total: rows.length,
    };
  }
  return { rows, totals };
}
