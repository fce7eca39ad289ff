/** Shared colours, so the accents stay consistent from one illustration to the next. */

// Palette: warm neutrals, tea greens, a restrained red and gold accent.
export const C = {
  accent: '#a3201b',
  accentDark: '#7d1915',
  gold: '#d9a93a',
  goldLight: '#f2d384',
  tea: '#2d6a3e',
  teaMid: '#4f8a4f',
  teaLight: '#86b56e',
  cream: '#f6eedd',
  sand: '#e3d3ae',
  wood: '#8a5a3b',
  woodDark: '#6b4630',
  indigo: '#34405a',
  skin: '#c99a73',
} as const;
