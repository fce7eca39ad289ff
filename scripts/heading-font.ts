/**
 * `npm run fonts`: writes the heading font's core face and src/styles/fonts.css (see
 * scripts/lib/heading-font.ts), after an update of @fontsource/be-vietnam-pro or a change to
 * the characters of the core face.
 */
import { copyFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { CORE_FONT, FONTS_CSS, makeHeadingFont } from './lib/heading-font.ts';

const { woff2, css } = await makeHeadingFont();
writeFileSync(CORE_FONT, woff2);
// The core face is a Modified Version under the SIL Open Font License: its licence goes with it.
copyFileSync('node_modules/@fontsource/be-vietnam-pro/LICENSE', join(dirname(CORE_FONT), 'OFL.txt'));
writeFileSync(FONTS_CSS, css);
console.log(`${CORE_FONT}: ${(woff2.length / 1024).toFixed(1)} kB; ${FONTS_CSS} written.`);
