/**
 * `npm run i18n:status [-- --strict]`: per entry and language, missing / outdated / up to date
 * against the Vietnamese source, with totals; also reports/i18n-status.html. The history comes
 * from git (src/data/translation-history.ts, shared with the staff pages); uncommitted changes
 * count as made now. A source commit whose message contains `[i18n-skip]` (a typo fix) does not
 * make translations outdated.
 * `--strict` exits 1 when anything is missing or outdated.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { translationHistory } from '../src/data/translation-history.ts';
import { editorLang, editorText } from '../src/i18n/editor.ts';
import { LOCALE_CODES } from '../src/i18n/locales.ts';
import { siteNow } from '../src/lib/clock.ts';
import { contentDir } from '../src/lib/paths.ts';
import { translationStatus, type TranslationState } from '../src/lib/translation-status.ts';

const { values } = parseArgs({ options: { strict: { type: 'boolean', default: false } } });
// Uncommitted edits count as made now (the one clock), after every commit.
const now = siteNow().toISOString();
const { files } = translationHistory(contentDir(), now);
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
