import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';

export const collections = {
  entries: defineCollection({
    loader: glob({ pattern: '{articles,heritage,products,sovereignty}/*/*.{md,mdx}', base: process.env.CONTENT_DIR! }),
  }),
};
