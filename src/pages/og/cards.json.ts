/** The social cards to render after the build (lib/card-jobs.ts); removed from the output then. */
import type { APIRoute } from 'astro';
import { cardJobs } from '../../data/cards.ts';

export const GET: APIRoute = async () => new Response(JSON.stringify(await cardJobs()));
