/// <reference types="astro/client" />
declare module 'virtual:site-theme.css';

// fontverter (papandreou) ships no types; the one function the social cards use.
declare module 'fontverter' {
  const fontverter: { convert(font: Buffer, to: 'truetype' | 'woff' | 'woff2'): Promise<Buffer> };
  export default fontverter;
}
