/// <reference types="astro/client" />
declare module 'virtual:site-theme.css';

// fontverter (papandreou) ships no types; the one function the social cards use.
declare module 'fontverter' {
  const fontverter: { convert(font: Buffer, to: 'truetype' | 'woff' | 'woff2'): Promise<Buffer> };
  export default fontverter;
}

// subset-font (papandreou) ships no types; the one call `npm run fonts` makes.
declare module 'subset-font' {
  export default function subsetFont(
    font: Buffer,
    text: string,
    options?: { targetFormat?: 'sfnt' | 'woff' | 'woff2' },
  ): Promise<Buffer>;
}
