/**
 * The one way the build stops on a mistake: an Astro error whose message says what is
 * wrong and where, and whose hint says how to fix it.
 */
import { AstroError } from 'astro/errors';

export function fail(message: string, hint: string): never {
  throw new AstroError(message, hint);
}
