// The simplest possible Astro site over the same content, for the side-by-side benchmark.
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';

export default defineConfig({ integrations: [mdx()], build: { format: 'directory' } });
