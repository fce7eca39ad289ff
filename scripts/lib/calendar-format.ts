/** Text and HTML renderings of the editorial calendar report, in the editor's language (it is for staff). */
import { editorCount, editorLang, editorText } from '../../src/i18n/editor.ts';
import { ENTRY_STATE_LABEL, type CalendarReport, type EntryState } from '../../src/lib/calendar.ts';
import type { Weight } from '../../src/lib/anniversaries.ts';

interface Meta {
  asOf: string;
  plan: string | undefined;
  locales: readonly string[];
}

const MARK: Record<Weight, string> = { greatest: '★★★', major: '★★ ', round: '★  ', regular: '   ' };
const state = (s: EntryState | undefined) => (s ? editorText(ENTRY_STATE_LABEL[s]) : '');

type Item = CalendarReport['items'][number];
/** The item's deadline, assignee and review date, when the plan gives any of them. */
function deadlines(it: Item): string | undefined {
  if (!it.due && !it.assignee && !it.reviewBy) return undefined;
  return editorText('calendar.item-deadlines', {
    due: it.due ?? '—',
    assignee: it.assignee ?? '—',
    reviewBy: it.reviewBy ?? '—',
  });
}

function months(report: CalendarReport) {
  return Array.from({ length: 12 }, (_, i) => {
    const mm = String(i + 1).padStart(2, '0');
    const prefix = `${report.year}-${mm}`;
    return {
      month: i + 1,
      occurrences: report.occurrences.filter((o) => o.date.startsWith(prefix)),
      items: report.items.filter((it) => it.start.startsWith(prefix)),
    };
  }).filter((m) => m.occurrences.length + m.items.length > 0);
}

function summary(report: CalendarReport): string {
  const milestones = report.occurrences.filter((o) => o.weight !== 'regular').length;
  return editorText('calendar.summary', {
    occurrences: editorCount('count.anniversaries', report.occurrences.length),
    milestones: editorCount('count.milestones', milestones),
    items: editorCount('count.tasks', report.items.length),
    warnings: editorCount('count.warnings', report.warnings.length),
  });
}

export function reportText(report: CalendarReport, meta: Meta): string {
  const lines = [editorText('calendar.heading', { year: report.year, asOf: meta.asOf })];
  if (meta.plan) lines.push(meta.plan);
  for (const m of months(report)) {
    lines.push('', editorText('calendar.month', { month: m.month }));
    for (const o of m.occurrences) {
      const ord = o.ordinal ? ` — ${editorCount('count.years', o.ordinal)}` : '';
      const lunar = o.lunar ? ` (${editorText('calendar.lunar', { day: o.lunar.day, month: o.lunar.month })})` : '';
      lines.push(`  ${MARK[o.weight]} ${o.date}  ${o.name}${ord}${lunar}`);
    }
    for (const it of m.items) {
      const when = it.start === it.end ? it.start : `${it.start} → ${it.end}`;
      lines.push(
        `  [${editorText('calendar.plan')}] ${when}  ${it.title}`,
        `       ${editorText('calendar.item-text', { lead: it.lead, channels: it.channels.join(', '), status: it.status })}`,
      );
      const due = deadlines(it);
      if (due) lines.push(`       ${due}`);
      for (const s of it.statuses) {
        lines.push(`       ${s.ref}  ` + meta.locales.map((l) => `${l}: ${state(s.states[l])}`).join('  '));
      }
    }
  }
  lines.push('', editorText('calendar.warnings-text', { count: report.warnings.length }));
  for (const w of report.warnings) lines.push(`  ⚠ [${w.code}] ${w.message}`);
  lines.push('', editorText('calendar.summary-text', { summary: summary(report) }));
  return lines.join('\n');
}

const esc = (s: string) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

export function reportHtml(report: CalendarReport, meta: Meta): string {
  const rows = months(report).map((m) => {
    const occ = m.occurrences.map(
      (o) =>
        `<tr class="${o.weight}"><td>${o.date}</td><td>${esc(MARK[o.weight].trim())}</td><td>${esc(o.name)}${o.ordinal ? ` — <strong>${esc(editorCount('count.years', o.ordinal))}</strong>` : ''}</td><td>${o.planned.map(esc).join(', ') || '—'}</td></tr>`,
    );
    const items = m.items.map((it) => {
      const states = it.statuses
        .map(
          (s) =>
            `<div>${esc(s.ref)}: ${meta.locales.map((l) => `<span class="st ${s.states[l]}">${l} ${esc(state(s.states[l]))}</span>`).join(' ')}</div>`,
        )
        .join('');
      const details = editorText('calendar.item-html', {
        lead: it.lead,
        coordinating: it.coordinating.join(', ') || '—',
        channels: it.channels.join(', '),
        status: it.status,
      });
      const due = deadlines(it);
      return `<tr><td>${it.start}${it.end !== it.start ? ` → ${it.end}` : ''}</td><td>${esc(editorText('calendar.plan'))}</td><td>${esc(it.title)}<br><small>${esc(details)}</small>${due ? `<br><small>${esc(due)}</small>` : ''}${states}</td><td></td></tr>`;
    });
    return `<tr><th colspan="4">${esc(editorText('calendar.month', { month: m.month }))}</th></tr>${occ.join('')}${items.join('')}`;
  });
  const warnings = report.warnings.map((w) => `<li><code>${w.code}</code> ${esc(w.message)}</li>`).join('');
  const title = esc(editorText('calendar.title', { year: report.year }));
  return `<!doctype html><html lang="${editorLang()}"><head><meta charset="utf-8"><meta name="robots" content="noindex"><title>${title}</title>
<style>body{font-family:system-ui,sans-serif;margin:2rem;max-width:70rem}table{border-collapse:collapse;width:100%}td,th{border-bottom:1px solid #ddd;padding:.4rem;text-align:left;vertical-align:top}th{background:#f4efe6}.greatest td,.major td{font-weight:600}.st{display:inline-block;margin:.1rem .3rem .1rem 0;padding:0 .4rem;border-radius:4px;background:#eee}.st.published{background:#d7f0dc}.st.scheduled{background:#dbe8fb}.st.draft,.st.missing{background:#fde2e1}</style></head>
<body><h1>${title}</h1><p>${esc(editorText('calendar.as-of', { asOf: meta.asOf }))}${meta.plan ? ` · ${esc(meta.plan)}` : ''}</p>
<h2>${esc(editorText('calendar.warnings-html', { count: report.warnings.length }))}</h2><ul>${warnings || `<li>${esc(editorText('calendar.none'))}</li>`}</ul>
<table><thead><tr><th>${esc(editorText('calendar.column-date'))}</th><th></th><th>${esc(editorText('calendar.column-event'))}</th><th>${esc(editorText('calendar.column-planned'))}</th></tr></thead><tbody>${rows.join('')}</tbody></table>
<p>${esc(summary(report))}</p></body></html>
`;
}
