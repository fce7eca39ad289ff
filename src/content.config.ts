/**
 * Content collections: `content/<collection>/<lang>/<slug>.{md,mdx}`, the same slug in every
 * language; anniversaries are language-neutral YAML (`content/anniversaries/<id>.yaml`).
 * The schemas live in `src/schemas/` so scripts and tests share them.
 */
import { defineCollection } from 'astro:content';
import { contentLoader } from './data/loader.ts';
import { anniversarySchema, entrySchemas, type EntryCollection } from './schemas/collections.ts';
import { calendarSchema } from './schemas/calendar.ts';
import { contactSchema } from './schemas/contacts.ts';
import { contentDir } from './lib/paths.ts';

function entries<C extends EntryCollection>(name: C) {
  return defineCollection({
    loader: contentLoader({ base: `${contentDir()}/${name}`, pattern: '*/*.{md,mdx}' }),
    schema: ({ image }) => entrySchemas[name](image) as ReturnType<(typeof entrySchemas)[C]>,
  });
}

export const collections = {
  articles: entries('articles'),
  heritage: entries('heritage'),
  products: entries('products'),
  sovereignty: entries('sovereignty'),
  partners: entries('partners'),
  pages: entries('pages'),
  anniversaries: defineCollection({
    loader: contentLoader({ base: `${contentDir()}/anniversaries`, pattern: '*.yaml' }),
    schema: anniversarySchema(),
  }),
  calendar: defineCollection({
    loader: contentLoader({ base: `${contentDir()}/calendar`, pattern: '*.yaml' }),
    schema: calendarSchema(),
  }),
  contacts: defineCollection({
    loader: contentLoader({ base: `${contentDir()}/contacts`, pattern: '*.yaml' }),
    schema: contactSchema(),
  }),
};
