/**
 * The table of contents of a long page: its second-level headings, as the compiled body reports
 * them (`render(entry).headings`), once there are enough of them to be worth a list.
 */

export interface Heading {
  depth: number;
  /** The heading's `id`, which the Markdown pipeline already set. */
  slug: string;
  text: string;
}
export interface TocItem {
  url: string;
  label: string;
}

/** A page with fewer `h2` headings than this reads fine without a contents list. */
export const TOC_MIN_HEADINGS = 3;

export function tableOfContents(headings: readonly Heading[], min = TOC_MIN_HEADINGS): TocItem[] {
  const sections = headings.filter((h) => h.depth === 2 && h.slug !== '' && h.text.trim() !== '');
  if (sections.length < min) return [];
  return sections.map((h) => ({ url: `#${h.slug}`, label: h.text.trim() }));
}
