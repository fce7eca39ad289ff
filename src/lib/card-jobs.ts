/**
 * Social cards as jobs: the Astro build writes one manifest (`/og/cards.json`, the file and card
 * of every indexable page), and integrations/social-cards.ts renders them once the pages are
 * written, in a pool of worker threads, instead of inside Astro's page rendering (where they took
 * four fifths of the render time). Each card is rendered once per content and design
 * (file-cache.ts), so a rebuild renders only the cards whose text changed.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cached, cacheDir, copyCached, hashKey } from './file-cache.ts';
import { renderCard, type CardInput } from './og-card.ts';

export interface CardJob {
  /** Path of the JPEG inside the output folder, e.g. `og/en/heritage/den-duom.jpg`. */
  file: string;
  card: CardInput;
}

/** Where the Astro build leaves the jobs for the render step (removed once they are done). */
export const CARD_MANIFEST = 'og/cards.json';

/** The card's design is part of its cache key: editing these files renders every card anew. */
const DESIGN = hashKey(
  ['src/lib/og-card.ts', 'src/lib/og-fonts.ts', 'src/lib/og-text.ts'].map((f) =>
    readFileSync(join(process.cwd(), f), 'utf8'),
  ),
);

export function cardKey(card: CardInput): string {
  return hashKey([card, DESIGN]);
}

/** The JPEG of one card: from the cache, or rendered and cached. */
export function cardJpeg(card: CardInput): Promise<Buffer> {
  return cached(cacheDir('og-cards'), cardKey(card), () => renderCard(card));
}

/** Copies a card rendered by an earlier build to `dest`; false when it has not been rendered. */
export function copyCachedCard(card: CardInput, dest: string): boolean {
  return copyCached(cacheDir('og-cards'), cardKey(card), dest);
}
