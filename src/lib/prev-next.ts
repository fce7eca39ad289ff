/**
 * Previous and next within a section, in the order its list page shows (entries newest first;
 * anniversaries as their list groups them), so a reader can walk a section without going back.
 */
import type { Link } from './entry-view.ts';

export interface PrevNext {
  /** The item before this one in the list (for entries: the newer one). */
  prev?: Link | undefined;
  /** The item after this one in the list (for entries: the older one). */
  next?: Link | undefined;
}

/** The neighbours of the link whose URL is `url` in `list`; none when it is not in the list. */
export function prevNext(list: readonly Link[], url: string): PrevNext {
  const i = list.findIndex((link) => link.url === url);
  if (i === -1) return {};
  return { prev: list[i - 1], next: list[i + 1] };
}

/**
 * The neighbours of `item` in `list`, made into links only for those two: a section can list
 * thousands of entries, and linking all of them for each of its pages made builds quadratic.
 */
export function neighbours<T>(list: readonly T[], item: T, link: (item: T) => Link): PrevNext {
  const i = list.indexOf(item);
  if (i === -1) return {};
  return { prev: i > 0 ? link(list[i - 1]!) : undefined, next: i + 1 < list.length ? link(list[i + 1]!) : undefined };
}
