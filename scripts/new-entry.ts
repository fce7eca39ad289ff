/**
 * `npm run new -- <collection> <slug>`: creates an entry in every language (or, for
 * `anniversaries`, one YAML file with a name in every language), as a draft with every field
 * explained. Refuses a slug that exists or is not URL-safe.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { LOCALES } from '../src/i18n/locales.ts';
import { siteNow } from '../src/lib/clock.ts';
import { RESERVED_SLUGS } from '../src/lib/content-checks.ts';
import { say } from '../src/lib/messages.ts';
import { contentDir } from '../src/lib/paths.ts';
import { scaffoldAnniversary, scaffoldEntry } from '../src/lib/scaffold.ts';
import { COLLECTIONS, type EntryCollection } from '../src/schemas/collections.ts';

const [collection, slug] = process.argv.slice(2);
const root = contentDir();
const kinds = [...COLLECTIONS, 'anniversaries'];

/** Says why nothing was created; `exitCode`, not `exit()`, so the message is not cut off. */
function refuse(vi: string, en: string): false {
  console.error(`✗ ${say(vi, en)}`);
  console.error(
    say(
      `Cách dùng: npm run new -- <${kinds.join('|')}> <tên-tệp>`,
      `Usage: npm run new -- <${kinds.join('|')}> <slug>`,
    ),
  );
  process.exitCode = 1;
  return false;
}

function create(): boolean {
  if (!collection || !kinds.includes(collection))
    return refuse(`"${collection ?? ''}" không phải bộ sưu tập.`, `"${collection ?? ''}" is not a collection.`);
  if (!slug || !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug)) {
    return refuse(
      `Tên tệp "${slug ?? ''}" chỉ được dùng chữ thường a–z không dấu, chữ số và dấu gạch ngang (ví dụ: den-duom).`,
      `The slug "${slug ?? ''}" may use only lowercase a–z, digits and hyphens (e.g. den-duom).`,
    );
  }
  if (collection === 'pages' && RESERVED_SLUGS.has(slug))
    return refuse(`"${slug}" trùng với một mục của trang web.`, `"${slug}" is taken by a section of the site.`);

  const files =
    collection === 'anniversaries'
      ? [scaffoldAnniversary(slug)]
      : scaffoldEntry(collection as EntryCollection, slug, siteNow());
  const taken = LOCALES.flatMap((l) =>
    ['md', 'mdx'].map((ext) => join(root, collection, l.code, `${slug}.${ext}`)),
  ).concat(join(root, collection, `${slug}.yaml`));
  const existing = taken.filter((f) => existsSync(f));
  if (existing.length > 0) return refuse(`Đã có: ${existing.join(', ')}.`, `Already exists: ${existing.join(', ')}.`);

  for (const f of files) {
    const path = join(root, f.path);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, f.text, { flag: 'wx' });
    console.log(`+ ${path}`);
  }
  console.log(
    say(
      'Đã tạo bản nháp (draft: true). Viết nội dung, chạy `npm run check:content`, rồi xóa dòng draft khi sẵn sàng đăng.',
      'Created as a draft (draft: true). Write the content, run `npm run check:content`, then remove the draft line when ready.',
    ),
  );
  return true;
}

create();
