/**
 * The Markdown dialect of the site, in one place: the site's processor (astro.config.mjs) and
 * the content gate parse every entry with these same satteri features, so the gate judges the
 * tree the site renders. `:::note` / `:::important` callouts are container directives, so an
 * entry needs no MDX for them.
 */
import type { Features } from 'satteri';

export const MARKDOWN_FEATURES = {
  gfm: true,
  // Off: satteri 0.10's smart punctuation aborts the process on some quote sequences (60 KB of
  // `"'`) and needs gigabytes on others (`"a` repeated); editors type the quotes they want.
  smartPunctuation: false,
  directive: true,
} as const satisfies Features;

/** Container directives an editor may write, and the callout tone each one draws. */
export const CALLOUT_DIRECTIVES = ['note', 'important'] as const;
export type CalloutTone = (typeof CALLOUT_DIRECTIVES)[number];
