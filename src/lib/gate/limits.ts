/**
 * Every bound the content gate puts on the work one file from `content/` may cause (untrusted
 * input, issue 11): sizes, nesting, counts. A file past a limit gets a message, never a slow or
 * crashed build. One object, so the gate, its tests and the editors' guides quote the same numbers.
 */
export const LIMITS = {
  /**
   * A Markdown/MDX entry, frontmatter included: about 15,000 words of Vietnamese (the longest
   * demo entry is about 12 KB). Some Markdown constructs cost the parser quadratic time (a long
   * run of `_a`, thousands of `<div>`); at this size the worst known one stays a few seconds.
   */
  entryBytes: 100 * 1024,
  /** A YAML data file (anniversaries, calendar, glossary). */
  yamlBytes: 512 * 1024,
  /** Nesting of lists, quotes and elements in a body. */
  bodyDepth: 48,
  /** Syntax-tree nodes in one body. */
  bodyNodes: 40_000,
  /** YAML aliases (`*name`) in one file: a few are handy, thousands are an expansion bomb. */
  yamlAliases: 20,
  /** Length of a slug (the file name), so URLs and file names stay within every system's limits. */
  slugLength: 80,
  /** Glossary patterns: length of one regular expression. */
  patternLength: 300,
  /** Time the glossary may take on one file before the file is refused (ms). */
  glossaryMsPerFile: 3_000,
  /** Files that may run out of that time before the glossary itself is blamed and stopped. */
  glossaryTimeouts: 3,
  /** An SVG drawing larger than this is not a hand-made illustration (the demo's largest is 34 KB). */
  svgBytes: 300_000,
  /** Elements in one SVG: bounds parse and rasterisation time. */
  svgElements: 10_000,
  /** Element nesting in one SVG: deep trees cost rasteriser recursion and stack. */
  svgDepth: 64,
  /** `<use>` elements in one SVG: each one clones a subtree when rasterised. */
  svgUses: 200,
  /** A `<use>` may point at something that itself contains `<use>`, but no further (fan-out bombs). */
  svgUseNesting: 2,
  /** A photo straight from a camera is well under this; anything larger is a mistake or an attack. */
  rasterBytes: 20 * 1024 * 1024,
  /** Decoded pixels (all frames): 40 MP is about 160 MB of RGBA while the build resizes it. */
  pixels: 40_000_000,
  /** Longest side in pixels, for rasters and for an SVG's intrinsic size. */
  side: 12_000,
} as const;
