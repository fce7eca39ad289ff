/**
 * The CMS forms are the schemas: every schema field has a form field and no form field lacks a
 * schema field (compared with zod's own JSON Schema of each schema, an independent reading),
 * required where the schema requires, choices exactly the schema's values with a label in both
 * editor languages, and the locale table's languages everywhere languages appear.
 */
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { cmsText } from '../../src/i18n/cms-text.ts';
import { EDITOR_LANGS } from '../../src/i18n/editor.ts';
import { LOCALE_CODES } from '../../src/i18n/locales.ts';
import { cmsConfig, ENTRY_IMAGE_PATH, MEDIA_FOLDER } from '../../src/lib/cms-config.ts';
import { fieldPaths, type CmsField } from '../../src/lib/cms-fields.ts';
import { calendarSchema } from '../../src/schemas/calendar.ts';
import { contactSchema } from '../../src/schemas/contacts.ts';
import { anniversarySchema, COLLECTIONS, entrySchemas } from '../../src/schemas/collections.ts';
import { pathImage } from '../../src/schemas/fields.ts';

interface JsonSchema {
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  required?: string[];
  enum?: unknown[];
}

/** Field paths as zod's JSON Schema names them: objects, arrays of objects, unions. */
function schemaPaths(schema: JsonSchema, prefix = ''): string[] {
  const variants = [schema, ...(schema.anyOf ?? []), ...(schema.items ? [schema.items] : [])];
  return [
    ...new Set(
      variants.flatMap((v) =>
        Object.entries(v.properties ?? {}).flatMap(([name, sub]) => [
          `${prefix}${name}`,
          ...schemaPaths(sub, `${prefix}${name}.`),
        ]),
      ),
    ),
  ];
}

/**
 * The paths the form must require: required in their object, inside objects that are themselves
 * required (an optional cover's `src` is the gate's to ask for). A list item's fields count from
 * the item: Decap checks them for each item there is.
 */
function requiredPaths(schema: JsonSchema, prefix = ''): string[] {
  const object = schema.items ?? schema;
  const required = new Set(object.required ?? []);
  return Object.entries(object.properties ?? {}).flatMap(([name, sub]) =>
    required.has(name) ? [`${prefix}${name}`, ...requiredPaths(sub, `${prefix}${name}.`)] : [],
  );
}
const formRequired = (fields: readonly CmsField[], prefix = ''): string[] =>
  fields.flatMap((f) =>
    f.required ? [`${prefix}${f.name}`, ...formRequired(f.fields ?? [], `${prefix}${f.name}.`)] : [],
  );

const jsonSchema = (schema: z.ZodType) =>
  z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as unknown as JsonSchema;

const config = (lang: 'vi' | 'en' = 'vi') =>
  cmsConfig({
    locales: LOCALE_CODES,
    defaultLocale: 'vi',
    uiLocale: lang,
    backend: { name: 'proxy', proxy_url: '/admin/api/v1/' },
    editorialWorkflow: false,
    text: cmsText(lang),
  }) as { collections: { name: string; fields: CmsField[]; folder: string; i18n?: boolean }[]; i18n: unknown };

const fieldsOf = (name: string, lang: 'vi' | 'en' = 'vi') =>
  config(lang).collections.find((c) => c.name === name)!.fields;
const walk = (fields: readonly CmsField[]): CmsField[] => fields.flatMap((f) => [f, ...walk(f.fields ?? [])]);

const SCHEMAS: Record<string, z.ZodType> = {
  ...Object.fromEntries(COLLECTIONS.map((c) => [c, entrySchemas[c](pathImage)])),
  anniversaries: anniversarySchema(),
  calendar: calendarSchema(),
  contacts: contactSchema(),
};

describe('the CMS configuration', () => {
  it.each(Object.keys(SCHEMAS))('%s: a form field for every schema field, and no other', (name) => {
    const form = fieldPaths(fieldsOf(name)).filter((p) => p !== 'body');
    expect(form.sort()).toEqual(schemaPaths(jsonSchema(SCHEMAS[name]!)).sort());
  });

  it.each(Object.keys(SCHEMAS))('%s: required exactly where the schema requires', (name) => {
    const form = formRequired(fieldsOf(name)).filter((p) => p !== 'body');
    expect(form.sort()).toEqual(requiredPaths(jsonSchema(SCHEMAS[name]!)).sort());
  });

  it('offers exactly the schema’s values as choices, each labelled in both editor languages', () => {
    for (const lang of EDITOR_LANGS) {
      const selects = Object.keys(SCHEMAS).flatMap((n) => walk(fieldsOf(n, lang)).filter((f) => f.widget === 'select'));
      expect(selects.length).toBeGreaterThan(8);
      for (const f of selects)
        for (const o of f.options!) {
          expect(o.label, `${lang} ${f.name}=${o.value}`).not.toBe('');
          if (!['platform'].includes(f.name)) expect(o.label, `${lang} ${f.name}=${o.value}`).not.toBe(o.value);
        }
    }
    const kind = fieldsOf('articles').find((f) => f.name === 'kind')!;
    expect(kind.options!.map((o) => o.value)).toEqual(['news', 'feature', 'press-release', 'rebuttal']);
    expect(kind.options![0]!.label).toBe('Tin tức');
    const status = walk(fieldsOf('calendar')).find((f) => f.name === 'status')!;
    expect(status.options!.map((o) => o.label)).toEqual(['Chưa bắt đầu', 'Đang thực hiện', 'Đã xong', 'Đã hủy']);
  });

  it('labels every field in both editor languages, not with its code name', () => {
    for (const lang of EDITOR_LANGS)
      for (const name of Object.keys(SCHEMAS))
        for (const f of walk(fieldsOf(name, lang))) expect(f.label, `${lang} ${name}.${f.name}`).not.toBe(f.name);
  });

  it('takes its languages from the locale table', () => {
    expect(config().i18n).toEqual({ structure: 'multiple_folders', locales: [...LOCALE_CODES], default_locale: 'vi' });
    const name = fieldsOf('anniversaries').find((f) => f.name === 'name')!;
    expect(name.fields!.map((f) => f.name)).toEqual([...LOCALE_CODES]);
    expect(name.fields!.map((f) => f.label)).toEqual(['Tiếng Việt', 'English', '中文', '한국어']);
    for (const c of config().collections.filter((c) => c.i18n)) expect(c.folder).toBe(`content/${c.name}`);
  });

  it('writes moments in Vietnam time, days as YYYY-MM-DD, images into content/images', () => {
    const fields = walk(fieldsOf('articles'));
    expect(fields.find((f) => f.name === 'publishAt')).toMatchObject({ widget: 'vn-datetime', required: true });
    const src = fields.find((f) => f.name === 'src')!;
    expect(src).toMatchObject({ widget: 'image', required: false });
    expect(fields.find((f) => f.name === 'alt')!.required).toBe(false);
    expect(walk(fieldsOf('products')).find((f) => f.name === 'validUntil')).toMatchObject({
      widget: 'datetime',
      format: 'YYYY-MM-DD',
      time_format: false,
    });
    expect(walk(fieldsOf('products')).find((f) => f.name === 'stars')).toMatchObject({
      widget: 'number',
      min: 3,
      max: 5,
    });
    const c = config() as unknown as Record<string, unknown>;
    expect([c['media_folder'], c['public_folder']]).toEqual([MEDIA_FOLDER, ENTRY_IMAGE_PATH]);
  });

  it('edits a list of names one input per item, so a comma inside a name stays in it', () => {
    const coordinating = walk(fieldsOf('calendar')).find((f) => f.name === 'coordinating')!;
    expect(coordinating).toMatchObject({ widget: 'list', field: { widget: 'string' } });
  });

  it('carries the schema’s patterns, with the catalogue’s message', () => {
    const id = walk(fieldsOf('calendar')).find((f) => f.name === 'id')!;
    expect(id.pattern![0]).toBe('^[a-z0-9]+(?:-[a-z0-9]+)*$');
    expect(id.pattern![1]).toMatch(/chữ thường/);
  });

  it('asks the forge for a pull request per save only when told to', () => {
    const forge = cmsConfig({
      locales: ['vi', 'en'],
      defaultLocale: 'vi',
      uiLocale: 'en',
      backend: { name: 'forgejo', repo: 'o/r', branch: 'main', api_root: 'https://git.example/api/v1' },
      editorialWorkflow: true,
      text: cmsText('en'),
    });
    expect(forge['publish_mode']).toBe('editorial_workflow');
    expect(config() as object).not.toHaveProperty('publish_mode');
  });
});
