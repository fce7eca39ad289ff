/** Text and HTML renderings of the editorial calendar report (in Vietnamese: it is for staff). */
import type { CalendarReport } from '../../src/lib/calendar.ts';
import type { Weight } from '../../src/lib/anniversaries.ts';

interface Meta {
  asOf: string;
  plan: string | undefined;
  locales: readonly string[];
}

const MARK: Record<Weight, string> = { greatest: '★★★', major: '★★ ', round: '★  ', regular: '   ' };
const STATE_VI: Record<string, string> = {
  published: 'đã đăng',
  scheduled: 'hẹn giờ',
  draft: 'nháp',
  expired: 'đã gỡ',
  missing: 'THIẾU',
};

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
  return `${report.occurrences.length} dịp kỷ niệm (${milestones} năm chẵn/tròn), ${report.items.length} việc trong kế hoạch, ${report.warnings.length} cảnh báo.`;
}

export function reportText(report: CalendarReport, meta: Meta): string {
  const lines = [`LỊCH THÔNG TIN ĐỐI NGOẠI NĂM ${report.year} — tính đến ${meta.asOf}`];
  if (meta.plan) lines.push(meta.plan);
  for (const m of months(report)) {
    lines.push('', `Tháng ${m.month}`);
    for (const o of m.occurrences) {
      const ord = o.ordinal ? ` — ${o.ordinal} năm` : '';
      const lunar = o.lunar ? ` (âm lịch ${o.lunar.day}/${o.lunar.month})` : '';
      lines.push(`  ${MARK[o.weight]} ${o.date}  ${o.name}${ord}${lunar}`);
    }
    for (const it of m.items) {
      const when = it.start === it.end ? it.start : `${it.start} → ${it.end}`;
      lines.push(
        `  [KH] ${when}  ${it.title}`,
        `       chủ trì: ${it.lead}; kênh: ${it.channels.join(', ')}; trạng thái: ${it.status}`,
      );
      for (const s of it.statuses) {
        lines.push(`       ${s.ref}  ` + meta.locales.map((l) => `${l}: ${STATE_VI[s.states[l]!]}`).join('  '));
      }
    }
  }
  lines.push('', `CẢNH BÁO (${report.warnings.length})`);
  for (const w of report.warnings) lines.push(`  ⚠ [${w.code}] ${w.message}`);
  lines.push('', `Tóm tắt: ${summary(report)}`);
  return lines.join('\n');
}

const esc = (s: string) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

export function reportHtml(report: CalendarReport, meta: Meta): string {
  const rows = months(report).map((m) => {
    const occ = m.occurrences.map(
      (o) =>
        `<tr class="${o.weight}"><td>${o.date}</td><td>${esc(MARK[o.weight].trim())}</td><td>${esc(o.name)}${o.ordinal ? ` — <strong>${o.ordinal} năm</strong>` : ''}</td><td>${o.planned.map(esc).join(', ') || '—'}</td></tr>`,
    );
    const items = m.items.map((it) => {
      const states = it.statuses
        .map(
          (s) =>
            `<div>${esc(s.ref)}: ${meta.locales.map((l) => `<span class="st ${s.states[l]}">${l} ${STATE_VI[s.states[l]!]}</span>`).join(' ')}</div>`,
        )
        .join('');
      return `<tr><td>${it.start}${it.end !== it.start ? ` → ${it.end}` : ''}</td><td>KH</td><td>${esc(it.title)}<br><small>chủ trì: ${esc(it.lead)}; phối hợp: ${esc(it.coordinating.join(', ') || '—')}; kênh: ${it.channels.join(', ')}; ${it.status}</small>${states}</td><td></td></tr>`;
    });
    return `<tr><th colspan="4">Tháng ${m.month}</th></tr>${occ.join('')}${items.join('')}`;
  });
  const warnings = report.warnings.map((w) => `<li><code>${w.code}</code> ${esc(w.message)}</li>`).join('');
  return `<!doctype html><html lang="vi"><head><meta charset="utf-8"><meta name="robots" content="noindex"><title>Lịch thông tin đối ngoại ${report.year}</title>
<style>body{font-family:system-ui,sans-serif;margin:2rem;max-width:70rem}table{border-collapse:collapse;width:100%}td,th{border-bottom:1px solid #ddd;padding:.4rem;text-align:left;vertical-align:top}th{background:#f4efe6}.greatest td,.major td{font-weight:600}.st{display:inline-block;margin:.1rem .3rem .1rem 0;padding:0 .4rem;border-radius:4px;background:#eee}.st.published{background:#d7f0dc}.st.scheduled{background:#dbe8fb}.st.draft,.st.missing{background:#fde2e1}</style></head>
<body><h1>Lịch thông tin đối ngoại năm ${report.year}</h1><p>Tính đến ${esc(meta.asOf)}${meta.plan ? ` · ${esc(meta.plan)}` : ''}</p>
<h2>Cảnh báo (${report.warnings.length})</h2><ul>${warnings || '<li>Không có.</li>'}</ul>
<table><thead><tr><th>Ngày</th><th></th><th>Nội dung</th><th>Việc trong kế hoạch</th></tr></thead><tbody>${rows.join('')}</tbody></table>
<p>${esc(summary(report))}</p></body></html>
`;
}
