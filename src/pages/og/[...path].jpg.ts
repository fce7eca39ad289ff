/**
 * `/og/<page>.jpg`: the 1200×630 social card of each indexable page, in its language. The dev
 * server renders a card on request; a build lists no paths here and writes the cards.json
 * manifest instead, which integrations/social-cards.ts renders once the pages are written.
 */
import type { APIRoute } from 'astro';
import { cardInput, cardPaths } from '../../data/cards.ts';
import { cardJpeg } from '../../lib/card-jobs.ts';
import type { Route } from '../../lib/routing.ts';

export function getStaticPaths() {
  return import.meta.env.DEV ? cardPaths() : [];
}

export const GET: APIRoute = async ({ props }) =>
  new Response(new Uint8Array(await cardJpeg(cardInput(props.route as Route))), {
    headers: { 'Content-Type': 'image/jpeg' },
  });
