/**
 * Before the CMS saves, the content gate checks the entry (the dev server's /admin/api/check, the
 * same gate as `npm run check:content`); an error stops the save with the gate's own message. On
 * a static preview host there is no such server: the save goes on and the forge's CI runs the
 * gate on the pull request before anything can be merged.
 */
import { draftSlug, emptyPaths, pruneEmpty } from '../../lib/cms-form.ts';
import type { SaveRequest } from '../../lib/cms-save.ts';
import type { SaveCheck } from '../../data/cms-check.ts';
import type { AdminPageData, ImmutableLike } from './decap.ts';

function asRecord(value: unknown): Record<string, unknown> {
  return value !== null && typeof value === 'object' ? (value as Record<string, unknown>) : {};
}

async function base64Of(blob: Blob): Promise<string> {
  const bytes = new Uint8Array(await blob.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** The entry's fields in every language it has, and its pending uploads, for the server to check. */
export async function saveRequest(entry: ImmutableLike, page: AdminPageData): Promise<SaveRequest> {
  const collection = String(entry.get('collection'));
  const data = asRecord((entry.get('data') as ImmutableLike | undefined)?.toJS());
  const { locales, default_locale } = page.config.i18n;
  // A new entry has no slug yet: the one Decap will make from the identifier field.
  const identifier = [data['title'], asRecord(data['name'])[default_locale], data['year']].find(
    (v) => typeof v === 'string' || typeof v === 'number',
  );
  const saved = entry.get('slug');
  const slug = typeof saved === 'string' && saved !== '' ? saved : draftSlug(String(identifier ?? ''));
  const multilingual = page.config.collections.find((c) => c.name === collection)?.i18n === true;
  const byLocale: SaveRequest['data'] = {};
  if (multilingual) {
    for (const locale of locales) {
      const fields =
        locale === default_locale
          ? data
          : asRecord((entry.getIn(['i18n', locale, 'data']) as ImmutableLike | undefined)?.toJS());
      // A language nobody has written in is not saved (see formats.ts), so not checked either.
      if (pruneEmpty(fields) !== undefined) byLocale[locale] = fields;
    }
  } else byLocale[''] = data;
  const media: SaveRequest['media'] = [];
  const files = (entry.get('mediaFiles') as ImmutableLike | undefined)?.toJS();
  for (const m of Array.isArray(files) ? (files as { path?: string; file?: Blob }[]) : []) {
    if (m.path && m.file) media.push({ path: m.path, base64: await base64Of(m.file) });
  }
  return { collection, slug, data: byLocale, media };
}

/** The gate's verdict, or `undefined` where no server checks (a static host: its 404). */
export async function checkEntry(entry: ImmutableLike, page: AdminPageData): Promise<SaveCheck | undefined> {
  try {
    const response = await fetch(page.checkUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(await saveRequest(entry, page)),
    });
    if (response.status === 404) return undefined;
    if (!response.ok) return { errors: [`${response.status} ${await response.text()}`], warnings: [] };
    return (await response.json()) as SaveCheck;
  } catch (error) {
    return { errors: [String(error)], warnings: [] };
  }
}

/** Removes the empty fields a form leaves behind, in every language, so "optional" means absent. */
export function withoutEmpty(entry: ImmutableLike, locales: readonly string[]): ImmutableLike {
  let out = entry;
  const parts: (string | number)[][] = [['data'], ...locales.map((l) => ['i18n', l, 'data'])];
  for (const at of parts) {
    const value = (out.getIn(at) as ImmutableLike | undefined)?.toJS();
    if (value === undefined) continue;
    for (const path of emptyPaths(value)) out = out.deleteIn([...at, ...path]);
  }
  return out;
}
