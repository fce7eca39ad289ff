/**
 * Editors' messages come in Vietnamese (the default: the office's language) or English
 * (`EDITOR_LANG=en`). Every message the checks print is written in both.
 */
export function say(vi: string, en: string, env: Record<string, string | undefined> = process.env): string {
  return env.EDITOR_LANG === 'en' ? en : vi;
}
