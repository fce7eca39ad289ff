/**
 * Checks of one entry file beyond its schema: dates written without offset, images that are
 * missing or lack alt text, internal links to pages that do not exist, unsafe Markdown/MDX,
 * and the sovereignty and terminology glossary.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { GlossaryRule } from '../schemas/glossary.ts';
import { applyGlossary, type TextField } from './glossary.ts';
import { scanBody } from './mdx-safety.ts';
import { say } from './messages.ts';
import type { PublicationState } from './publication.ts';

export interface EntryProblem {
  line?: number | undefined;
  field?: string | undefined;
  message: string;
  severity: 'error' | 'warning';
}

export interface EntryCheckInput {
  file: string;
  text: string;
  body: string;
  data: Record<string, unknown>;
  /** Known site URLs and the state of the page behind each. */
  urls: ReadonlyMap<string, PublicationState>;
  glossary: readonly GlossaryRule[];
  componentsDir: string;
}

const lineAt = (text: string, index: number) => text.slice(0, index).split('\n').length;

/** The first bytes every raster format starts with: a file that does not is corrupt or misnamed. */
const SIGNATURES: [RegExp, (b: Buffer) => boolean][] = [
  [/\.png$/i, (b) => b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))],
  [/\.jpe?g$/i, (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff],
  [/\.gif$/i, (b) => b.subarray(0, 4).toString('latin1') === 'GIF8'],
  [
    /\.webp$/i,
    (b) => b.subarray(0, 4).toString('latin1') === 'RIFF' && b.subarray(8, 12).toString('latin1') === 'WEBP',
  ],
  [/\.avif$/i, (b) => b.subarray(4, 8).toString('latin1') === 'ftyp'],
];

export function rasterProblem(path: string): string | undefined {
  const check = SIGNATURES.find(([re]) => re.test(path));
  if (!check || !existsSync(path)) return undefined;
  const bytes = readFileSync(path);
  return bytes.length > 16 && check[1](bytes)
    ? undefined
    : say(
        'Tệp ảnh bị hỏng hoặc sai định dạng so với phần mở rộng: hãy xuất lại ảnh.',
        'The image file is corrupt or not in the format its extension says: export it again.',
      );
}

/**
 * SVG originals are rasterised at build time (image.dangerouslyProcessSVG): only small,
 * self-contained drawings may go through, nothing that runs, expands or fetches.
 */
export function svgProblem(path: string): string | undefined {
  if (!path.toLowerCase().endsWith('.svg') || !existsSync(path)) return undefined;
  if (statSync(path).size > 300_000)
    return say('Ảnh SVG quá lớn (tối đa 300 KB).', 'The SVG image is too large (at most 300 KB).');
  const svg = readFileSync(path, 'utf8');
  if (/<!ENTITY|<script|<foreignObject|<image\b|\bon[a-z]+\s*=|(?:xlink:)?href\s*=\s*["'](?!#)/i.test(svg)) {
    return say(
      'Ảnh SVG chỉ được chứa hình vẽ: không có script, ENTITY, <image>, thuộc tính on…= hay liên kết ra ngoài.',
      'An SVG image may only contain drawing: no script, ENTITY, <image>, on…= attributes or external links.',
    );
  }
  return undefined;
}

/** The texts a reader sees, for the glossary. */
function readerTexts(data: Record<string, unknown>, body: string): TextField[] {
  const d = data as {
    title?: string;
    description?: string;
    cover?: { alt?: string; caption?: string };
    claim?: { statement?: string; verdict?: string };
  };
  return [
    { field: 'title', text: d.title ?? '' },
    { field: 'description', text: d.description ?? '' },
    { field: 'cover.alt', text: d.cover?.alt ?? '' },
    { field: 'cover.caption', text: d.cover?.caption ?? '' },
    { field: 'claim.statement', text: d.claim?.statement ?? '' },
    { field: 'claim.verdict', text: d.claim?.verdict ?? '' },
    { field: 'body', text: body },
  ];
}

export function checkEntry(input: EntryCheckInput): EntryProblem[] {
  const { file, text, body, data } = input;
  const problems: EntryProblem[] = [];
  const bodyStart = text.length - body.length;
  const error = (message: string, extra: Partial<EntryProblem> = {}) =>
    problems.push({ message, severity: 'error', ...extra });

  // A date-time without offset is read as Vietnam time; say so, so nobody is surprised.
  for (const m of text
    .slice(0, bodyStart)
    .matchAll(/^\s*(publishAt|updatedAt|expiresAt):\s*["']?(\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2})?)["']?\s*$/gm)) {
    problems.push({
      severity: 'warning',
      line: lineAt(text, m.index),
      field: m[1],
      message: say(
        `"${m[2]}" không ghi múi giờ nên được hiểu là giờ Việt Nam; nên viết rõ "${m[2]}+07:00".`,
        `"${m[2]}" has no offset and is read as Vietnam time; write "${m[2]}+07:00" to be explicit.`,
      ),
    });
  }

  const cover = (data as { cover?: { src?: unknown } }).cover;
  if (typeof cover?.src === 'string' && !existsSync(resolve(dirname(file), cover.src))) {
    error(
      say(
        `Không có tệp ảnh ${cover.src} (đường dẫn tính từ thư mục của tệp này).`,
        `The image file ${cover.src} does not exist (the path is relative to this file's folder).`,
      ),
      { field: 'cover.src' },
    );
  } else if (typeof cover?.src === 'string') {
    const bad = svgProblem(resolve(dirname(file), cover.src)) ?? rasterProblem(resolve(dirname(file), cover.src));
    if (bad) error(bad, { field: 'cover.src' });
  }

  for (const m of body.matchAll(/!\[([^\]]*)\]\(\s*([^)\s]+)[^)]*\)/g)) {
    const line = lineAt(text, bodyStart + m.index);
    if (m[1]!.trim() === '')
      error(
        say(
          'Ảnh thiếu mô tả (alt): viết trong ngoặc vuông ![mô tả](…) điều người không xem được ảnh cần biết.',
          'The image has no alt text: describe it inside the brackets ![description](…).',
        ),
        { line, field: 'body' },
      );
    const src = m[2]!;
    if (!/^(https?:)?\/\//.test(src) && !src.startsWith('/') && !existsSync(resolve(dirname(file), src))) {
      error(say(`Không có tệp ảnh ${src}.`, `The image file ${src} does not exist.`), { line, field: 'body' });
    } else if (!/^(https?:)?\/\//.test(src) && !src.startsWith('/')) {
      const bad = svgProblem(resolve(dirname(file), src)) ?? rasterProblem(resolve(dirname(file), src));
      if (bad) error(bad, { line, field: 'body' });
    }
  }

  for (const m of body.matchAll(/\]\(\s*(\/[^)\s#?]*)|\bhref\s*=\s*["'](\/[^"'#?]*)/g)) {
    const path = m[1] ?? m[2]!;
    const target = path.endsWith('/') || /\.[a-z0-9]+$/i.test(path) ? path : `${path}/`;
    const state = input.urls.get(target);
    const line = lineAt(text, bodyStart + m.index);
    if (state === undefined) {
      error(
        say(
          `Liên kết ${path} không dẫn tới trang nào của trang web: kiểm tra đường dẫn (có dấu / ở cuối, ví dụ /en/heritage/den-duom/).`,
          `The link ${path} leads to no page of the site: check the path (with a trailing slash, e.g. /en/heritage/den-duom/).`,
        ),
        { line, field: 'body' },
      );
    } else if (state !== 'published') {
      problems.push({
        severity: 'warning',
        line,
        field: 'body',
        message: say(
          `Liên kết ${path} trỏ tới một mục chưa đăng (${state}): liên kết sẽ hỏng cho tới khi mục đó được đăng.`,
          `The link ${path} points to an entry that is not published (${state}): it is broken until that entry is published.`,
        ),
      });
    }
  }

  for (const p of scanBody({ source: body, file, mdx: file.endsWith('.mdx'), componentsDir: input.componentsDir })) {
    error(p.message, { line: p.line === undefined ? undefined : p.line + lineAt(text, bodyStart) - 1, field: 'body' });
  }

  for (const hit of applyGlossary(readerTexts(data, body), input.glossary)) {
    const line = hit.field === 'body' ? lineAt(text, bodyStart + hit.index) : undefined;
    error(hit.message, { line, field: hit.field });
  }
  return problems;
}
