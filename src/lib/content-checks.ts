/**
 * The content check behind `npm run check:content` and `npm run build`: every file against its
 * schema, then each entry's own checks, then what only shows across files (duplicate slugs,
 * reserved names, references to anniversaries, partners and entries). Reports every problem.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LOCALES, localeUrl, type LocaleCode } from '../i18n/locales.ts';
import type { CalendarData } from '../schemas/calendar.ts';
import type { EntryCollection } from '../schemas/collections.ts';
import type { GlossaryRule } from '../schemas/glossary.ts';
import { validateContent, type ContentFile, type Problem } from './content-files.ts';
import { checkEntry } from './entry-checks.ts';
import { say } from './messages.ts';
import { publicationState, type PublicationFields, type PublicationState } from './publication.ts';
import { anniversaryUrl, calendarUrl, entryUrl, LISTED, listUrl } from './routing.ts';
import { parseSource } from './source.ts';

/** Names a page slug may not take: they are sections, locale prefixes or build folders. */
export const RESERVED_SLUGS = new Set<string>([
  ...LISTED,
  'anniversaries',
  'calendar',
  '404',
  '_astro',
  'pagefind',
  'search',
  'rss',
  ...LOCALES.map((l) => l.path),
]);

/** Every URL the content can produce, with the state of the page behind it. */
function knownUrls(files: ContentFile[], now: Date): Map<string, PublicationState> {
  const urls = new Map<string, PublicationState>();
  for (const { code } of LOCALES) {
    for (const path of [
      localeUrl(code),
      localeUrl(code, 'search'),
      listUrl(code, 'anniversaries'),
      calendarUrl(code),
      ...LISTED.map((c) => listUrl(code, c)),
    ])
      urls.set(path, 'published');
    urls.set(`${calendarUrl(code).replace(/\/$/, '')}.ics`, 'published');
    for (const f of files.filter((f) => f.collection === 'anniversaries'))
      urls.set(anniversaryUrl(code, f.slug), 'published');
  }
  for (const f of files) {
    if (!f.locale) continue;
    const url = entryUrl({ collection: f.collection as EntryCollection, locale: f.locale as LocaleCode, slug: f.slug });
    urls.set(url, f.data ? publicationState(f.data as PublicationFields, now) : 'draft');
  }
  return urls;
}

function crossFileProblems(files: ContentFile[]): Problem[] {
  const problems: Problem[] = [];
  const error = (file: string, field: string | undefined, message: string) =>
    problems.push({ file, field, message, severity: 'error' });
  const seen = new Map<string, string>();
  for (const f of files.filter((f) => f.locale)) {
    const key = `${f.collection}/${f.locale}/${f.slug}`;
    const other = seen.get(key);
    if (other)
      error(
        f.file,
        undefined,
        say(
          `Trùng tên với ${other}: hai tệp cùng một đường dẫn. Đổi tên hoặc xóa một tệp.`,
          `Same slug as ${other}: two files want one URL. Rename or remove one.`,
        ),
      );
    seen.set(key, f.file);
    if (f.collection === 'pages' && RESERVED_SLUGS.has(f.slug)) {
      error(
        f.file,
        undefined,
        say(
          `Tên trang "${f.slug}" trùng với một mục của trang web; chọn tên khác.`,
          `The page name "${f.slug}" is taken by a section of the site; choose another.`,
        ),
      );
    }
  }
  const ids = (c: string) =>
    new Set(files.filter((f) => f.collection === c && (!f.locale || f.locale === LOCALES[0].code)).map((f) => f.slug));
  const anniversaries = ids('anniversaries');
  const partners = ids('partners');
  const sources = new Set(files.filter((f) => f.locale === LOCALES[0].code).map((f) => `${f.collection}/${f.slug}`));
  for (const f of files.filter((f) => f.data)) {
    const d = f.data as { anniversary?: string; partner?: string };
    if (d.anniversary && !anniversaries.has(d.anniversary)) {
      error(
        f.file,
        'anniversary',
        say(
          `Không có ngày kỷ niệm "${d.anniversary}" trong content/anniversaries/.`,
          `There is no anniversary "${d.anniversary}" in content/anniversaries/.`,
        ),
      );
    }
    if (d.partner && !partners.has(d.partner)) {
      error(
        f.file,
        'partner',
        say(
          `Không có địa phương hợp tác "${d.partner}" trong content/partners/.`,
          `There is no partner "${d.partner}" in content/partners/.`,
        ),
      );
    }
    if (f.collection === 'calendar') {
      (f.data as unknown as CalendarData).items.forEach((item, i) => {
        for (const id of item.anniversary.filter((a) => !anniversaries.has(a))) {
          error(
            f.file,
            `items.${i}.anniversary`,
            say(`Không có ngày kỷ niệm "${id}".`, `There is no anniversary "${id}".`),
          );
        }
        for (const ref of item.entries) {
          if (!sources.has(ref))
            error(
              f.file,
              `items.${i}.entries`,
              say(`Không có mục ${ref} (bản tiếng Việt).`, `There is no entry ${ref} (Vietnamese source).`),
            );
        }
      });
    }
    if (f.collection === 'glossary' && !LOCALES.some((l) => l.code === f.slug)) {
      error(
        f.file,
        undefined,
        say(
          `Bảng thuật ngữ phải mang tên một ngôn ngữ: ${LOCALES.map((l) => l.code).join(', ')}.`,
          `A glossary file must be named after a language: ${LOCALES.map((l) => l.code).join(', ')}.`,
        ),
      );
    }
  }
  return problems;
}

export function checkContent(
  root: string,
  options: { now: Date; componentsDir?: string },
): { files: ContentFile[]; problems: Problem[] } {
  const { files, problems } = validateContent(root);
  const componentsDir = options.componentsDir ?? join(process.cwd(), 'src/components/content');
  const urls = knownUrls(files, options.now);
  const glossaries = new Map(
    files
      .filter((f) => f.collection === 'glossary' && f.data)
      .map((f) => [f.slug, (f.data as { rules: GlossaryRule[] }).rules]),
  );
  for (const f of files.filter((f) => f.locale && f.data)) {
    const text = readFileSync(f.file, 'utf8');
    const { body } = parseSource(f.file, text);
    const found = checkEntry({
      file: f.file,
      text,
      body,
      data: f.data!,
      urls,
      glossary: glossaries.get(f.locale!) ?? [],
      componentsDir,
    });
    problems.push(...found.map((p) => ({ ...p, file: f.file })));
  }
  problems.push(...crossFileProblems(files));
  const order = (p: Problem) => `${p.file}\u0000${String(p.line ?? 0).padStart(6, '0')}`;
  return { files, problems: problems.sort((a, b) => order(a).localeCompare(order(b))) };
}
