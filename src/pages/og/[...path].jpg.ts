/** `/og/<page>.jpg`: the 1200×630 social card of each indexable page, in its language. */
import type { APIRoute } from 'astro';
import { cardImage, cardPaths } from '../../data/cards.ts';
import type { Route } from '../../lib/routing.ts';

export function getStaticPaths() {
  return cardPaths();
}

export const GET: APIRoute = async ({ props }) =>
  new Response(new Uint8Array(await cardImage(props.route as Route)), { headers: { 'Content-Type': 'image/jpeg' } });
