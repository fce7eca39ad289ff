/** Where the content lives. Tests point `CONTENT_DIR` at small fixture folders. */
export function contentDir(env: Record<string, string | undefined> = process.env): string {
  return (env.CONTENT_DIR ?? './content').replace(/\/$/, '');
}
