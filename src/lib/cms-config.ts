/**
 * The Decap CMS configuration, generated from the zod schemas and the locale table: one
 * collection per content collection, its fields from the schema (src/lib/cms-fields.ts), the
 * four languages as Decap's `multiple_folders` i18n (`content/<collection>/<lang>/<slug>.md`,
 * the layout the content gate reads). Adding a locale to src/i18n/locales.ts adds it here;
 * adding a schema field adds a form field. Pure: the text and the backend are passed in.
 */
import { z } from 'astro/zod';
import { COLLECTIONS, anniversarySchema, entrySchemas, type EntryCollection } from '../schemas/collections.ts';
import { calendarSchema } from '../schemas/calendar.ts';
import { contactSchema } from '../schemas/contacts.ts';
import type { ImageField } from '../schemas/fields.ts';
import { LIMITS } from './gate/limits.ts';
import { objectFields, type CmsField, type FieldText, type WidgetOptions } from './cms-fields.ts';

/** Where the CMS reads and writes: the forge (production) or the dev server's local proxy. */
export type CmsBackend =
  | { name: 'proxy'; proxy_url: string; branch?: string }
  | {
      name: 'github' | 'gitlab' | 'forgejo';
      repo: string;
      branch: string;
      base_url?: string;
      api_root?: string;
      app_id?: string;
      auth_type?: 'pkce';
    };

export interface CmsConfigInput {
  locales: readonly string[];
  defaultLocale: string;
  /** The CMS's own interface language (Decap ships vi, en, zh_Hans, ko…). */
  uiLocale: string;
  backend: CmsBackend;
  /** The forge workflow: each save becomes a branch and a pull request (not with the local proxy). */
  editorialWorkflow: boolean;
  text: FieldText & { collection(name: string): string; body(): string };
}

/** Folders, relative to the repository root. Images go to content/images (the gate's image root). */
export const CONTENT_FOLDER = 'content';
export const MEDIA_FOLDER = `${CONTENT_FOLDER}/images`;
/** How an entry (content/<collection>/<lang>/<slug>.md) refers to an uploaded image. */
export const ENTRY_IMAGE_PATH = '../../images';

/** The schema functions take Astro's `image()`; the form's image field is a string marked as an image. */
const cmsImage: ImageField = () => z.string().meta({ cms: 'image' });

/** Widget settings the schema cannot say: dates as the gate reads them, images into content/images. */
const WIDGETS: WidgetOptions = {
  // Our own widget: a date-time in Vietnam time, shown also in Seoul and Beijing time.
  datetime: { widget: 'vn-datetime' },
  date: { widget: 'datetime', format: 'YYYY-MM-DD', date_format: 'DD/MM/YYYY', time_format: false },
  image: { choose_url: false, media_library: { config: { max_file_size: LIMITS.rasterBytes } } },
};

/** The form fields of one entry collection: its schema's fields, then the body. */
export function entryFields(collection: EntryCollection, text: FieldText & { body(): string }): CmsField[] {
  const fields = objectFields(entrySchemas[collection](cmsImage), text, WIDGETS);
  const body: CmsField = { name: 'body', label: text.body(), widget: 'markdown', modes: ['raw', 'rich_text'] };
  return [...fields, body].map((f) => ({ ...f, i18n: true }));
}

export function anniversaryFields(text: FieldText): CmsField[] {
  return objectFields(anniversarySchema(), text, WIDGETS);
}

export function calendarFields(text: FieldText): CmsField[] {
  return objectFields(calendarSchema(), text, WIDGETS);
}

export function contactFields(text: FieldText): CmsField[] {
  return objectFields(contactSchema(), text, WIDGETS);
}

export function cmsConfig(input: CmsConfigInput): Record<string, unknown> {
  const { text } = input;
  const entries = COLLECTIONS.map((name) => ({
    name,
    label: text.collection(name),
    folder: `${CONTENT_FOLDER}/${name}`,
    extension: 'md',
    // Registered by the editor page (src/scripts/admin/formats.ts): front matter as the gate reads it.
    format: 'entry-frontmatter',
    create: true,
    // The file name comes from the title, without accents, lowercase, as the gate's slug rule wants.
    identifier_field: 'title',
    slug: '{{slug}}',
    summary: '{{title}}',
    sortable_fields: ['publishAt', 'title'],
    i18n: true,
    fields: entryFields(name, text),
  }));
  /** A language-neutral collection: one YAML file per item (content/<name>/<slug>.yaml). */
  const data = (
    name: 'anniversaries' | 'calendar' | 'contacts',
    identifier: string,
    slug: string,
    fields: CmsField[],
  ) => ({
    name,
    label: text.collection(name),
    folder: `${CONTENT_FOLDER}/${name}`,
    extension: 'yaml',
    format: 'yaml',
    create: true,
    identifier_field: identifier,
    slug,
    summary: `{{fields.${identifier}}}`,
    fields,
  });
  const anniversaries = data('anniversaries', `name.${input.defaultLocale}`, '{{slug}}', anniversaryFields(text));
  // `{{year}}` alone would be Decap's placeholder for the current year.
  const calendar = data('calendar', 'year', '{{fields.year}}', calendarFields(text));
  const contacts = data('contacts', `name.${input.defaultLocale}`, '{{slug}}', contactFields(text));
  return {
    locale: input.uiLocale,
    backend: input.backend,
    ...(input.editorialWorkflow ? { publish_mode: 'editorial_workflow' } : {}),
    media_folder: MEDIA_FOLDER,
    public_folder: ENTRY_IMAGE_PATH,
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    i18n: { structure: 'multiple_folders', locales: [...input.locales], default_locale: input.defaultLocale },
    collections: [...entries, anniversaries, calendar, contacts],
  };
}
