/**
 * Nothing drafted, scheduled or withdrawn appears anywhere in the output. A copy of the demo
 * content gets, in every collection and every language, a draft, a future and an expired entry,
 * each with a canary string ("cnry…") in its slug, title, body, tags, image file name and alt
 * text; plus a draft anniversary and a plan item. After a build, no file of the output, nor any
 * file name, contains "cnry" (gzip files are read unpacked). A second build, as of a moment after
 * the future entries' publishAt, must show them where they belong.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCALES } from '../../src/i18n/locales.ts';
import { COLLECTIONS } from '../../src/schemas/collections.ts';
import { buildSite, copyContent, readTree } from './support/build.ts';

const STATES = {
  draft: 'publishAt: 2025-01-01T08:00:00+07:00\ndraft: true',
  future: 'publishAt: 2030-01-01T08:00:00+07:00',
  expired: 'publishAt: 2025-01-01T08:00:00+07:00\nexpiresAt: 2026-01-01T00:00:00+07:00',
} as const;
type State = keyof typeof STATES;

/** The fields each collection needs besides the common ones. */
const EXTRA: Record<(typeof COLLECTIONS)[number], string> = {
  articles: 'kind: news',
  heritage: 'type: relic\nlocation:\n  commune: cnry commune',
  products: 'stars: 4\ncertifiedYear: 2024\ncategory: food\nproducer:\n  name: cnry producer\ncommune: cnry',
  sovereignty: 'topic: sea-islands',
  partners: 'country: KR\nregion: cnry region\nrelationship: exploring',
  pages: 'order: 99',
};

const BEFORE = '2026-11-21T12:00:00+07:00';
const AFTER = '2030-06-01T08:00:00+07:00';
let content: string;
let work: string;
let before: Map<string, Buffer>;
let after: Map<string, Buffer>;
const slugOf = (state: State, c: string) => `cnry-${state}-${c}`;

async function addCanaries(dir: string): Promise<number> {
  const png = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#c00' } })
    .png()
    .toBuffer();
  let count = 0;
  for (const c of COLLECTIONS) {
    for (const l of LOCALES) {
      for (const state of Object.keys(STATES) as State[]) {
        const folder = join(dir, c, l.code);
        mkdirSync(folder, { recursive: true });
        const token = `CNRY${state.toUpperCase()}${c.toUpperCase()}${l.code.toUpperCase()}`;
        writeFileSync(join(folder, `cnry-img-${state}-${c}-${l.code}.png`), png);
        writeFileSync(
          join(folder, `${slugOf(state, c)}.md`),
          `---\ntitle: ${token} title\ndescription: ${token} description\n${STATES[state]}\ntags: [${token}]\n` +
            `cover:\n  src: ./cnry-img-${state}-${c}-${l.code}.png\n  alt: ${token} alt\n${EXTRA[c]}\n---\n\n${token} body.\n`,
        );
        count++;
      }
    }
  }
  const names = LOCALES.map((l) => `  ${l.code}: CNRYANNIVERSARY${l.code}`).join('\n');
  writeFileSync(
    join(dir, 'anniversaries', 'cnry-anniversary.yaml'),
    `date: 2000-12-01\ncategory: local\ndraft: true\nname:\n${names}\n`,
  );
  return count;
}

/** Paths and contents (gzip unpacked) that mention a canary. */
function leaks(tree: Map<string, Buffer>, pattern: RegExp): string[] {
  const found: string[] = [];
  for (const [path, bytes] of tree) {
    if (pattern.test(path)) found.push(`file name: ${path}`);
    const text = (bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes) : bytes).toString('latin1');
    if (pattern.test(text)) found.push(`content: ${path}`);
  }
  return found;
}

let entries = 0;
beforeAll(async () => {
  content = copyContent('content');
  entries = await addCanaries(content);
  work = mkdtempSync(join(tmpdir(), 'leak-'));
  buildSite({ contentDir: content, outDir: join(work, 'before'), siteNow: BEFORE });
  buildSite({ contentDir: content, outDir: join(work, 'after'), siteNow: AFTER });
  before = readTree(join(work, 'before'));
  after = readTree(join(work, 'after'));
  console.log(
    `leak test: ${entries} canary entries + 1 draft anniversary; ${before.size} files scanned before, ${after.size} after`,
  );
});
afterAll(() => {
  rmSync(content, { recursive: true, force: true });
  rmSync(work, { recursive: true, force: true });
});

describe('before publication', () => {
  it('has no canary in any file name or file of the output', () => {
    expect(entries).toBe(COLLECTIONS.length * LOCALES.length * 3);
    expect(before.size).toBeGreaterThan(300);
    expect(leaks(before, /cnry/i)).toEqual([]);
  });
});

describe('after the future entries publishAt', () => {
  it('still shows no draft or expired canary anywhere', () => {
    expect(leaks(after, /cnry(?:-img)?[-_]?(draft|expired|anniversary)/i)).toEqual([]);
  });
  it('shows each future entry at its URL, in every language, with its language switcher', () => {
    for (const c of COLLECTIONS) {
      for (const l of LOCALES) {
        const path = [l.path, c === 'pages' ? '' : c, slugOf('future', c), 'index.html'].filter(Boolean).join('/');
        const html = after.get(path)?.toString('utf8');
        expect(html, path).toContain(`CNRYFUTURE${c.toUpperCase()}${l.code.toUpperCase()} title`);
        expect(html, path).toContain(`CNRYFUTURE${c.toUpperCase()}${l.code.toUpperCase()} body`);
      }
    }
  });
  it('lists each future entry on its collection page and the newest on the home page', () => {
    for (const c of COLLECTIONS.filter((c) => c !== 'pages')) {
      for (const l of LOCALES) {
        const list = after.get([l.path, c, 'index.html'].filter(Boolean).join('/'))!.toString('utf8');
        expect(list, `${l.code} ${c}`).toContain(`/${slugOf('future', c)}/`);
      }
    }
    const home = after.get('index.html')!.toString('utf8');
    for (const c of ['heritage', 'products', 'articles']) expect(home).toContain(`/${c}/${slugOf('future', c)}/`);
  });
});
