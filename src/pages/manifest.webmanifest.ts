import type { APIRoute } from 'astro';
import { manifest } from '../data/feeds.ts';

export const GET: APIRoute = () =>
  new Response(manifest(), { headers: { 'Content-Type': 'application/manifest+json' } });
