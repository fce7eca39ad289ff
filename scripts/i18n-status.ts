/**
 * `npm run i18n:status [-- --strict]`: per entry and language, missing / outdated / up to date
 * against the Vietnamese source, with totals; also reports/i18n-status.html. The history comes
 * from git (one `git log` pass); uncommitted changes count as made now. A source commit whose
 * message contains `[i18n-skip]` (a typo fix) does not make translations outdated.
 * `--strict` exits 1 when anything is missing or outdated.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, realpathSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { editorLang, editorText } from '../src/i18n/editor.ts';
import { LOCALE_CODES } from '../src/i18n/locales.ts';
import { siteNow } from '../src/lib/clock.ts';
import { findContentFiles } from '../src/lib/content-files.ts';
import { contentDir, posixRelative } from '../src/lib/paths.ts';
import {
  gitHistory,
  translationStatus,
  type FileChange,
  type TranslationState,
} from '../src/lib/translation-status.ts';

const { values } = parseArgs({ options: { strict: { type: 'boolean', default: false } } });
// Uncommitted edits count as made now (the one clock), after every commit.
const now = siteNow().toISOString();
const git = (...args: string[]) => execFileSync('git', args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });

const root = contentDir();
// git names files from the repository root with '/', on Windows too; so do the keys looked up.
const top = realpathSync(git('rev-parse', '--show-toplevel').trim());
const changesOf = gitHistory(
  git('-c', 'core.quotePath=false', 'log', '--format=%x00%cI %s', '--name-only', '--', root),
  git('status', '--porcelain', '-z', '--untracked-files=all', '--', root),
  now,
);
const files = new Map<string, FileChange[]>();
for (const f of findContentFiles(root).files.filter((f) => f.locale)) {
  files.set(`${f.collection}/${f.locale}/${f.slug}`, changesOf(posixRelative(top, realpathSync(f.file))));
}
const report = translationStatus({ files, locales: LOCALE_CODES, now });

const MARK: Record<TranslationState, string> = {
  source: '·',
  missing: `✗ ${editorText('i18n.missing')}`,
  outdated: `⚠ ${editorText('i18n.outdated')}`,
  'up-to-date': '✓',
};
const width = Math.max(...report.rows.map((r) => r.entry.length));
console.log(editorText('i18n.heading'));
for (const r of report.rows) {
  console.log(
    `${r.entry.padEnd(width)}  ${LOCALE_CODES.slice(1)
      .map((l) => `${l} ${MARK[r.states[l]!]}`.padEnd(12))
      .join(' ')}`,
  );
}
const pct = (n: number, d: number) => (d === 0 ? 100 : Math.floor((1000 * n) / d) / 10);
const totals = Object.entries(report.totals).map(([locale, t]) =>
  editorText('i18n.language-totals', { locale, ...t, percent: pct(t.upToDate, t.total) }),
);
console.log(`\n${editorText('i18n.totals', { entries: report.rows.length })}\n  ${totals.join('\n  ')}`);

const esc = (s: string) => s.replace(/[&<>]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' })[c]!);
const rows = report.rows
  .map(
    (r) =>
      `<tr><td>${esc(r.entry)}</td>${LOCALE_CODES.slice(1)
        .map((l) => `<td class="${r.states[l]}">${esc(MARK[r.states[l]!])}</td>`)
        .join('')}</tr>`,
  )
  .join('');
mkdirSync('reports', { recursive: true });
writeFileSync(
  'reports/i18n-status.html',
  `<!doctype html><html lang="${editorLang()}"><head><meta charset="utf-8"><meta name="robots" content="noindex"><title>${esc(editorText('i18n.title'))}</title><style>body{font-family:system-ui,sans-serif;margin:2rem}table{border-collapse:collapse}td,th{border-bottom:1px solid #ddd;padding:.3rem .6rem;text-align:left}.missing{background:#fde2e1}.outdated{background:#fff3c4}.up-to-date{background:#d7f0dc}</style></head><body><h1>${esc(editorText('i18n.title'))}</h1><p>${totals.map(esc).join('<br>')}</p><table><thead><tr><th>${esc(editorText('i18n.column-entry'))}</th>${LOCALE_CODES.slice(
    1,
  )
    .map((l) => `<th>${l}</th>`)
    .join('')}</tr></thead><tbody>${rows}</tbody></table></body></html>\n`,
);
console.log(`\n${editorText('i18n.html-report', { path: 'reports/i18n-status.html' })}`);
if (values.strict && Object.values(report.totals).some((t) => t.outdated + t.missing > 0)) process.exitCode = 1;
