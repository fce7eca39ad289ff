/**
 * `npm run new -- <collection> <slug>`: creates an entry in every language (or, for
 * `anniversaries`, one YAML file with a name in every language), as a draft with every field
 * explained. Refuses a slug that exists or is not URL-safe.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { editorText, type EditorKey, type EditorParams } from '../src/i18n/editor.ts';
import { LOCALES } from '../src/i18n/locales.ts';
import { siteNow } from '../src/lib/clock.ts';
import { RESERVED_SLUGS } from '../src/lib/content-checks.ts';
import { contentDir } from '../src/lib/paths.ts';
import { scaffoldAnniversary, scaffoldEntry } from '../src/lib/scaffold.ts';
import { COLLECTIONS, type EntryCollection } from '../src/schemas/collections.ts';

const [collection, slug] = process.argv.slice(2);
const root = contentDir();
const kinds = [...COLLECTIONS, 'anniversaries'];

/** Says why nothing was created; `exitCode`, not `exit()`, so the message is not cut off. */
function refuse(key: EditorKey, params: EditorParams): false {
  console.error(`✗ ${editorText(key, params)}`);
  console.error(editorText('scaffold.usage', { kinds: kinds.join('|') }));
  process.exitCode = 1;
  return false;
}

function create(): boolean {
  if (!collection || !kinds.includes(collection))
    return refuse('scaffold.not-collection', { collection: collection ?? '' });
  if (!slug || !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug)) return refuse('scaffold.slug', { slug: slug ?? '' });
  if (collection === 'pages' && RESERVED_SLUGS.has(slug)) return refuse('scaffold.reserved', { slug });

  const files =
    collection === 'anniversaries'
      ? [scaffoldAnniversary(slug)]
      : scaffoldEntry(collection as EntryCollection, slug, siteNow());
  const taken = LOCALES.flatMap((l) =>
    ['md', 'mdx'].map((ext) => join(root, collection, l.code, `${slug}.${ext}`)),
  ).concat(join(root, collection, `${slug}.yaml`));
  const existing = taken.filter((f) => existsSync(f));
  if (existing.length > 0) return refuse('scaffold.exists', { files: existing.join(', ') });

  for (const f of files) {
    const path = join(root, f.path);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, f.text, { flag: 'wx' });
    console.log(`+ ${path}`);
  }
  console.log(editorText('scaffold.created'));
  return true;
}

create();
