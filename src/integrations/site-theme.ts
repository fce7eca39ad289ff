/**
 * The palette comes from `src/site.config.ts`: this serves it to the stylesheet as a CSS module
 * (`import 'virtual:site-theme.css'`), so adopting the project means editing the config, not CSS.
 */
import type { AstroIntegration } from 'astro';

export interface Palette {
  accent: string;
  tea: string;
}

export function themeCss(light: Palette, dark: Palette): string {
  const vars = (p: Palette) => `--accent:${p.accent};--tea:${p.tea};`;
  return `:root{${vars(light)}}\n@media (prefers-color-scheme: dark){:root{${vars(dark)}}}\n`;
}

export function siteThemeIntegration(light: Palette, dark: Palette): AstroIntegration {
  const id = 'virtual:site-theme.css';
  const resolved = `\0${id}`;
  return {
    name: 'site-theme',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'site-theme',
                resolveId: (source: string) => (source === id ? resolved : undefined),
                load: (loaded: string) => (loaded === resolved ? themeCss(light, dark) : undefined),
              },
            ],
          },
        });
      },
    },
  };
}
