/** The content components MDX entries may use: the `.astro` files of `src/components/content/`. */
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

export function contentComponents(dir = resolve('src/components/content')): Map<string, string> {
  return new Map(
    readdirSync(dir)
      .filter((name) => /^[A-Z]\w*\.astro$/.test(name))
      .sort()
      .map((name) => [name.replace(/\.astro$/, ''), join(dir, name)]),
  );
}
