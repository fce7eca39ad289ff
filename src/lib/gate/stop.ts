/**
 * Stops Astro with the gate's message and hint. The stack trace is dropped on purpose: the
 * reader is an editor, and the message already names the file, line, field and fix.
 */
import { AstroError } from 'astro/errors';

export function stopWithMessage(message: string, hint: string): never {
  const error = new AstroError(message, hint);
  error.stack = '';
  throw error;
}
