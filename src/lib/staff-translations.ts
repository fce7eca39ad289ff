/**
 * The staff translation status: the page (`/staff/translations/`) and the JSON the CMS reads
 * (`/staff/translations.json`), both from one translationStatus report, so they cannot disagree.
 * Pure: the report (made from the files' history) and the clock are given.
 */
import { editorText, type EditorKey } from '../i18n/editor.ts';
import type { StatusReport, TranslationState } from './translation-status.ts';
import { cmsEntryUrl, staffChrome, type StaffChrome, type StaffContext } from './staff-pages.ts';

const STATE_LABEL: Record<TranslationState, EditorKey> = {
  source: 'staff.translation.source',
  missing: 'i18n.missing',
  outdated: 'i18n.outdated',
  'up-to-date': 'staff.translation.up-to-date',
};

export interface StaffTranslationsView {
  kind: 'translations';
  chrome: StaffChrome;
  /** How the states were worked out (from git, or without history). */
  about: string;
  locales: readonly string[];
  rows: {
    entry: string;
    editUrl: string;
    cells: { locale: string; state: TranslationState; label: string }[];
  }[];
  /** One line per translated language: up to date, outdated, missing, out of how many. */
  totals: string[];
}

/** The body of `/staff/translations.json`: exactly these fields, for the CMS. */
export interface TranslationsJson {
  generatedAt: string;
  locales: string[];
  rows: { entry: string; states: Record<string, TranslationState> }[];
}

export function translationsJson(report: StatusReport, locales: readonly string[], now: Date): TranslationsJson {
  return {
    generatedAt: now.toISOString(),
    locales: [...locales],
    rows: report.rows.map((r) => ({
      entry: r.entry,
      states: Object.fromEntries(locales.map((l) => [l, r.states[l] ?? 'missing'])),
    })),
  };
}

const percent = (n: number, d: number) => (d === 0 ? 100 : Math.floor((1000 * n) / d) / 10);

export function staffTranslations(
  report: StatusReport,
  locales: readonly string[],
  fromGit: boolean,
  ctx: StaffContext,
): StaffTranslationsView {
  return {
    kind: 'translations',
    chrome: staffChrome('translations', editorText('i18n.title'), ctx),
    about: editorText(fromGit ? 'staff.translations.git' : 'staff.translations.no-git'),
    locales,
    rows: report.rows.map((r) => {
      const [collection = '', slug = ''] = r.entry.split('/');
      return {
        entry: r.entry,
        editUrl: cmsEntryUrl(collection, slug),
        cells: locales.map((locale) => {
          const state = r.states[locale] ?? 'missing';
          return { locale, state, label: editorText(STATE_LABEL[state]) };
        }),
      };
    }),
    totals: Object.entries(report.totals).map(([locale, t]) =>
      editorText('i18n.language-totals', { locale, ...t, percent: percent(t.upToDate, t.total) }),
    ),
  };
}
