/**
 * The content check on a fixture with one mistake of each kind: each is reported with its file
 * (and line or field where they exist); a valid fixture passes with only the summary.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content-checks.ts';

const NOW = new Date('2026-01-01T00:00:00Z');
const MISTAKES = 'tests/fixtures/content-mistakes';
const { problems } = await checkContent(MISTAKES, { now: NOW });
const report = problems.map(
  (p) =>
    `${p.severity} ${p.file.replace(`${MISTAKES}/`, '')}${p.line ? `:${p.line}` : ''} [${p.field ?? ''}] ${p.message}`,
);
const find = (file: string, pattern: RegExp) => report.filter((r) => r.includes(` ${file}`) && pattern.test(r));
/** What the summary line must count: a fixture's entries and data files, and the problems above. */
const contentFiles = (dir: string) =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => /\.(md|mdx|yaml)$/.test(f)).length;
const errors = report.filter((r) => r.startsWith('error')).length;
const warnings = report.filter((r) => r.startsWith('warning')).length;

describe('content check on the mistakes fixture', () => {
  const cases: [string, string, RegExp][] = [
    ['a missing field', 'articles/vi/missing-title.md', /\[title\] This required field is missing/],
    ['a wrongly typed field', 'products/vi/wrong-type.md', /\[certifiedYear\] Wrong kind of value: expected a number/],
    ['a date that does not exist', 'articles/vi/impossible-date.md', /\[publishAt\] 2025-02-30 does not exist/],
    ['a duplicate slug', 'heritage/vi/duplicate.mdx', /Same slug as .*duplicate\.md/],
    ['a translation with no Vietnamese source', 'heritage/en/no-source.md', /no vi source/],
    [
      'an image that does not exist',
      'heritage/vi/missing-image.md',
      /\[cover\.src\] There is no file "\.\/khong-co-anh\.png"/,
    ],
    ['a cover image without alt text', 'heritage/vi/cover-no-alt.md', /\[cover\.alt\] This required field is missing/],
    ['a body image without alt text', 'articles/vi/image-no-alt.md:8', /no alt text/],
    ['a broken internal link', 'articles/vi/broken-link.md:8', /\/heritage\/khong-ton-tai\/ leads to no page/],
    [
      'an unknown anniversary',
      'articles/vi/unknown-anniversary.md',
      /\[anniversary\] There is no anniversary "khong-co-ngay-nay"/,
    ],
    ['an unknown partner', 'articles/vi/unknown-partner.md', /\[partner\] There is no partner/],
    [
      'an unknown heritage link',
      'articles/vi/unknown-heritage.md',
      /\[heritage\] There is no heritage entry "khong-co-di-san"/,
    ],
    [
      'an unknown festival of a heritage site',
      'heritage/vi/unknown-festival.md',
      /\[anniversary\] There is no anniversary "khong-co-le-hoi"/,
    ],
    [
      'an unknown entry in the calendar',
      'calendar/2025.yaml',
      /\[items\.0\.entries\] There is no entry articles\/khong-co-bai-nay/,
    ],
    ['an OCOP rating outside 3–5', 'products/vi/ocop-six-stars.md', /\[stars\] OCOP ratings are 3, 4 or 5 stars/],
    ['invalid YAML, at the entry and its line', 'partners/vi/broken-yaml.md:6', /invalid YAML/],
    ['a raw <script>', 'articles/vi/raw-script.md:8', /<script> is not allowed/],
    ['a javascript: URL', 'articles/vi/raw-script.md:10', /"javascript:alert\(1\)" is not allowed/],
    [
      'an <img onerror=…> (raw HTML images are not on the allowlist)',
      'articles/vi/raw-script.md:12',
      /<img> is not allowed/,
    ],
    [
      'MDX importing node:fs',
      'articles/vi/mdx-node-fs.mdx:7',
      /Import only the components in src\/components\/content\/ \(Callout\), not "node:fs"/,
    ],
    ['MDX reading process.env', 'articles/vi/mdx-process-env.mdx:8', /\{process\.env\.HOME\} runs code/],
    ['a forbidden sovereignty name', 'sovereignty/zh/wrong-name.md:8', /Use "黄沙群岛" instead of "西沙".*zh-xisha/],
    ['a page name taken by a section', 'pages/vi/heritage.md', /taken by a section/],
    ['a corrupt image', 'heritage/vi/corrupt-image.md', /\[cover\.src\] The image file is corrupt/],
    ['an SVG image with a script', 'heritage/vi/unsafe-svg.md', /\[cover\.src\] The SVG has a <script> element/],
  ];
  it.each(cases)('reports %s (%s) as an error', (_what, file, pattern) => {
    expect(find(file, pattern).filter((r) => r.startsWith('error'))).toHaveLength(1);
  });
  it('warns (does not fail) on a date-time without offset, read as +07:00', () => {
    expect(find('articles/vi/no-offset.md:4', /no offset and is read as Vietnam time/)[0]).toMatch(/^warning/);
  });
  it('finds nothing else', () => {
    expect(report.length).toBe(cases.length + 2); // + the second MDX problem and the offset warning
  });
});

describe('the check:content command', () => {
  const run = (dir: string, lang = 'en') =>
    spawnSync(process.execPath, ['scripts/check-content.ts', '--lang', lang], {
      env: { ...process.env, CONTENT_DIR: dir },
      encoding: 'utf8',
    });
  it('exits non-zero on the mistakes fixture, listing every file', () => {
    const r = run(MISTAKES);
    expect(r.status).toBe(1);
    // The fixture has one warning: the summary says so in the singular ("1 warning").
    expect(warnings).toBe(1);
    expect(r.stderr.split('\n').filter(Boolean)).toHaveLength(report.length);
    expect(r.stdout.trim()).toBe(
      `${contentFiles(MISTAKES)} content files checked in ${MISTAKES}/: ${errors} errors, ${warnings} warning.`,
    );
  });
  it('speaks Vietnamese by default', () => {
    const r = run(MISTAKES, 'vi');
    expect(r.stderr).toContain('Hạng OCOP chỉ có 3, 4 hoặc 5 sao.');
    expect(r.stdout).toContain(`${errors} lỗi, ${warnings} cảnh báo`);
  });
  it('fails on a mistyped content folder instead of passing with 0 files', () => {
    const r = run('tests/fixtures/contnet-valid');
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/There is no content folder "tests\/fixtures\/contnet-valid"/);
  });
  it('passes a valid fixture with nothing but the summary', () => {
    const r = run('tests/fixtures/content-valid');
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    const valid = 'tests/fixtures/content-valid';
    expect(r.stdout.trim()).toBe(`${contentFiles(valid)} content files checked in ${valid}/: 0 errors, 0 warnings.`);
  });
});
