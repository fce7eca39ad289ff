/**
 * The content check behind `npm run check:content` and `npm run build`: every file against its
 * schema, then each entry's own checks, then what only shows across files (duplicate slugs,
 * reserved names, references to anniversaries, partners and entries). Reports every problem.
 */
import { editorText } from '../i18n/editor.ts';
import { LOCALES } from '../i18n/locales.ts';
import { contactProblems } from './contacts.ts';
import { filesOf, isEntryFile, type ContentFile, type Problem } from './content-files.ts';
import { validateContent } from './content-validate.ts';
import { checkEntry, readerTexts } from './entry-checks.ts';
import { boundedGlossary, type GlossaryJob } from './gate/glossary-bounded.ts';
import { localeTexts, nameRules, type CheckRule } from './glossary.ts';
import { contentComponents } from './gate/components.ts';
import { contentRoots } from './gate/files.ts';
import { LIMITS } from './gate/limits.ts';
import { LISTED } from './routing.ts';
import { urlStates } from './site-urls.ts';

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

function crossFileProblems(files: ContentFile[]): Problem[] {
  const problems: Problem[] = [];
  const error = (file: string, field: string | undefined, message: string) =>
    problems.push({ file, field, message, severity: 'error' });
  const seen = new Map<string, string>();
  for (const f of files.filter((f) => f.locale)) {
    const key = `${f.collection}/${f.locale}/${f.slug}`;
    const other = seen.get(key);
    if (other) error(f.file, undefined, editorText('check.duplicate-slug', { other }));
    seen.set(key, f.file);
    if (f.slug === 'index') {
      error(f.file, undefined, editorText('slug.reserved', { slug: f.slug }));
    } else if (f.collection === 'pages' && RESERVED_SLUGS.has(f.slug)) {
      error(f.file, undefined, editorText('check.page-reserved', { slug: f.slug }));
    }
  }
  const ids = (c: string) =>
    new Set(files.filter((f) => f.collection === c && (!f.locale || f.locale === LOCALES[0].code)).map((f) => f.slug));
  const anniversaries = ids('anniversaries');
  const partners = ids('partners');
  const heritage = ids('heritage');
  /** Links between entries are slugs of the Vietnamese source; a typo is a dead link, so an error. */
  const linked = (file: string, field: string, list: readonly string[]) => {
    for (const id of list.filter((h) => !heritage.has(h))) {
      error(file, field, editorText('check.unknown-heritage', { id }));
    }
  };
  const sources = new Set(files.filter((f) => f.locale === LOCALES[0].code).map((f) => `${f.collection}/${f.slug}`));
  for (const f of files) {
    if (f.collection === 'articles' && f.data) {
      const { anniversary, partner } = f.data;
      if (anniversary && !anniversaries.has(anniversary)) {
        error(f.file, 'anniversary', editorText('check.unknown-anniversary', { id: anniversary }));
      }
      if (partner && !partners.has(partner)) {
        error(f.file, 'partner', editorText('check.unknown-partner', { id: partner }));
      }
      linked(f.file, 'heritage', f.data.heritage);
    }
    if (
      (f.collection === 'heritage' || f.collection === 'partners') &&
      f.data?.anniversary &&
      !anniversaries.has(f.data.anniversary)
    ) {
      error(f.file, 'anniversary', editorText('check.unknown-anniversary', { id: f.data.anniversary }));
    }
    if (f.collection === 'products' && f.data) linked(f.file, 'heritage', f.data.heritage);
    if (f.collection === 'calendar' && f.data) {
      f.data.items.forEach((item, i) => {
        for (const id of item.anniversary.filter((a) => !anniversaries.has(a))) {
          error(f.file, `items.${i}.anniversary`, editorText('check.plan-anniversary', { id }));
        }
        for (const ref of item.entries) {
          if (!sources.has(ref)) error(f.file, `items.${i}.entries`, editorText('check.plan-entry', { ref }));
        }
      });
    }
    if (f.collection === 'glossary' && f.data && !LOCALES.some((l) => l.code === f.slug)) {
      error(f.file, undefined, editorText('check.glossary-name', { locales: LOCALES.map((l) => l.code).join(', ') }));
    }
    // Placeholders are warnings (the value stays hidden); a page that does not exist is an error.
    if (f.collection === 'contacts' && f.data) problems.push(...contactProblems(f.file, f.data, ids('pages')));
  }
  return problems;
}

/**
 * The content gate: every file against its schema, each entry's own checks, then what only
 * shows across files. Used by the Astro integration (dev and build), the renderer's guard and
 * `npm run check:content`; it reports every problem at once, sorted by file and line.
 */
export async function checkContent(
  root: string,
  options: { now: Date; componentsDir?: string; publicDir?: string },
): Promise<{ files: ContentFile[]; problems: Problem[] }> {
  const { files, problems } = validateContent(root);
  const components = contentComponents(options.componentsDir);
  const roots = contentRoots(root, options.publicDir);
  const urls = urlStates({
    entries: files
      .filter(isEntryFile)
      .flatMap((f) => (f.data ? [{ collection: f.collection, id: `${f.locale}/${f.slug}`, data: f.data }] : [])),
    anniversaries: filesOf(files, 'anniversaries').flatMap((f) => (f.data ? [{ id: f.slug, data: f.data }] : [])),
    now: options.now,
  });
  const glossaries = new Map<string, CheckRule[]>(
    filesOf(files, 'glossary').flatMap((f) =>
      f.data ? [[f.slug, [...f.data.rules, ...nameRules(f.data.names)]]] : [],
    ),
  );
  const glossary: { file: string; text: string; bodyStart: number; job: GlossaryJob }[] = [];
  for (const f of files.filter((f) => f.locale && f.data)) {
    const { text, body } = f;
    if (text === undefined || body === undefined) continue;
    const found = await checkEntry({
      file: f.file,
      text,
      body,
      data: f.data!,
      urls,
      lang: LOCALES.find((l) => l.code === f.locale)?.lang ?? f.locale!,
      components,
      roots,
    });
    problems.push(...found.map((p) => ({ ...p, file: f.file })));
    const rules = glossaries.get(f.locale!) ?? [];
    if (rules.length > 0)
      glossary.push({
        file: f.file,
        text,
        bodyStart: text.length - body.length,
        job: { fields: readerTexts(f.data!, body), rules },
      });
  }
  // Language-neutral YAML (anniversaries, calendar, contacts) holds each language's texts under
  // its code: the same tables apply to them.
  for (const f of files.filter((f) => !f.locale && f.data && f.text !== undefined && f.collection !== 'glossary')) {
    for (const [locale, rules] of glossaries) {
      const fields = localeTexts(f.data, locale);
      if (rules.length > 0 && fields.length > 0)
        glossary.push({ file: f.file, text: f.text!, bodyStart: f.text!.length, job: { fields, rules } });
    }
  }
  const results = await boundedGlossary(glossary.map((g) => g.job));
  glossary.forEach(({ file, text, bodyStart }, i) => {
    const hits = results[i]!;
    if (hits === 'skipped') return;
    if (hits === 'timeout') {
      problems.push({
        file,
        severity: 'error',
        field: 'body',
        message: editorText('glossary.timeout', { seconds: LIMITS.glossaryMsPerFile / 1000 }),
      });
      return;
    }
    for (const hit of hits) {
      const line = hit.field === 'body' ? text.slice(0, bodyStart + hit.index).split('\n').length : undefined;
      problems.push({ file, severity: 'error', line, field: hit.field, message: hit.message });
    }
  });
  if (results.includes('skipped')) {
    for (const f of files.filter((f) => f.collection === 'glossary'))
      problems.push({
        file: f.file,
        severity: 'error',
        message: editorText('glossary.stopped', { count: LIMITS.glossaryTimeouts }),
      });
  }
  problems.push(...crossFileProblems(files));
  const order = (p: Problem) => `${p.file}\u0000${String(p.line ?? 0).padStart(6, '0')}`;
  return { files, problems: problems.sort((a, b) => order(a).localeCompare(order(b))) };
}
