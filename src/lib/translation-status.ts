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

/**
 * Each file's changes from git, newest first. `log` is the output of
 * `git log --format=%x00%cI %s --name-only`, `status` that of `git status --porcelain -z`; both
 * name files from the repository root with '/', on every OS, and so must `path`. A file with
 * uncommitted changes gets a change made `now` before its commits; a file never committed, only
 * that one.
 */
export function gitHistory(log: string, status: string, now: string): (path: string) => FileChange[] {
  const history = new Map<string, FileChange[]>();
  for (const block of log.split('\0').slice(1)) {
    const [header = '', ...paths] = block.split('\n');
    const change = { date: new Date(header.slice(0, 25)).toISOString(), skip: header.includes('[i18n-skip]') };
    for (const p of paths.filter(Boolean)) {
      const changes = history.get(p);
      if (changes) changes.push(change);
      else history.set(p, [change]);
    }
  }
  const dirty = new Set<string>();
  const entries = status.split('\0');
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i]!;
    if (entry.length < 4) continue;
    dirty.add(entry.slice(3));
    // A rename or copy is followed by the path it came from.
    if (/^[RC]|^.[RC]/.test(entry)) i++;
  }
  const edit: FileChange = { date: now, skip: false };
  return (path) => {
    const committed = history.get(path) ?? [];
    return dirty.has(path) || committed.length === 0 ? [edit, ...committed] : committed;
  };
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
