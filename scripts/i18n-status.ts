/**
 * `npm run i18n:status [-- --strict]`: per entry and language, missing / outdated / up to date
 * against the Vietnamese source, with totals; also reports/i18n-status.html. The history comes
 * from git (one `git log` pass); uncommitted changes count as made now. A source commit whose
 * message contains `[i18n-skip]` (a typo fix) does not make translations outdated.
 * `--strict` exits 1 when anything is missing or outdated.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { parseArgs } from 'node:util';
import { LOCALE_CODES } from '../src/i18n/locales.ts';
import { siteNow } from '../src/lib/clock.ts';
import { findContentFiles } from '../src/lib/content-files.ts';
import { say } from '../src/lib/messages.ts';
import { contentDir } from '../src/lib/paths.ts';
import { translationStatus, type FileChange, type TranslationState } from '../src/lib/translation-status.ts';

const { values } = parseArgs({ options: { strict: { type: 'boolean', default: false } } });
// Uncommitted edits count as made now (the one clock), after every commit.
const now = siteNow().toISOString();
const git = (...args: string[]) => execFileSync('git', args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });

const root = contentDir();
const history = new Map<string, FileChange[]>();
for (const block of git('log', '--format=%x00%cI %s', '--name-only', '--', root).split('\0').slice(1)) {
  const [header = '', ...paths] = block.split('\n');
  const change = { date: new Date(header.slice(0, 25)).toISOString(), skip: header.includes('[i18n-skip]') };
  for (const p of paths.filter(Boolean)) history.set(p, [...(history.get(p) ?? []), change]);
}
const dirty = new Set(
  git('status', '--porcelain', '--untracked-files=all', '--', root)
    .split('\n')
    .filter(Boolean)
    .map((l) => l.slice(3)),
);

const files = new Map<string, FileChange[]>();
for (const f of findContentFiles(root).files.filter((f) => f.locale)) {
  const path = relative(process.cwd(), f.file);
  const changes = dirty.has(path)
    ? [{ date: now, skip: false }, ...(history.get(path) ?? [])]
    : (history.get(path) ?? []);
  files.set(`${f.collection}/${f.locale}/${f.slug}`, changes.length ? changes : [{ date: now, skip: false }]);
}
const report = translationStatus({ files, locales: LOCALE_CODES, now });

const MARK: Record<TranslationState, string> = {
  source: '·',
  missing: '✗ ' + say('thiếu', 'missing'),
  outdated: '⚠ ' + say('cũ', 'outdated'),
  'up-to-date': '✓',
};
const width = Math.max(...report.rows.map((r) => r.entry.length));
console.log(say('Trạng thái bản dịch so với bản tiếng Việt', 'Translation status against the Vietnamese source'));
for (const r of report.rows) {
  console.log(
    `${r.entry.padEnd(width)}  ${LOCALE_CODES.slice(1)
      .map((l) => `${l} ${MARK[r.states[l]!]}`.padEnd(12))
      .join(' ')}`,
  );
}
const pct = (n: number, d: number) => (d === 0 ? 100 : Math.floor((1000 * n) / d) / 10);
const totals = Object.entries(report.totals).map(
  ([l, t]) =>
    `${l}: ${t.upToDate}/${t.total} ${say('cập nhật', 'up to date')} (${pct(t.upToDate, t.total)} %), ${t.outdated} ${say('cũ', 'outdated')}, ${t.missing} ${say('thiếu', 'missing')}`,
);
console.log(`\n${say('Tổng', 'Totals')}: ${report.rows.length} ${say('mục', 'entries')}\n  ${totals.join('\n  ')}`);

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
  `<!doctype html><html lang="vi"><head><meta charset="utf-8"><meta name="robots" content="noindex"><title>Trạng thái bản dịch</title><style>body{font-family:system-ui,sans-serif;margin:2rem}table{border-collapse:collapse}td,th{border-bottom:1px solid #ddd;padding:.3rem .6rem;text-align:left}.missing{background:#fde2e1}.outdated{background:#fff3c4}.up-to-date{background:#d7f0dc}</style></head><body><h1>Trạng thái bản dịch / Translation status</h1><p>${totals.map(esc).join('<br>')}</p><table><thead><tr><th>Mục</th>${LOCALE_CODES.slice(
    1,
  )
    .map((l) => `<th>${l}</th>`)
    .join('')}</tr></thead><tbody>${rows}</tbody></table></body></html>\n`,
);
console.log(`\n${say('Báo cáo HTML', 'HTML report')}: reports/i18n-status.html`);
if (values.strict && Object.values(report.totals).some((t) => t.outdated + t.missing > 0)) process.exitCode = 1;
