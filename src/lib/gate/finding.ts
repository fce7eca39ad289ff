/**
 * One thing the content gate found wrong, as a catalogue key and the values its message needs;
 * the text itself comes from `editorText` in the editor's language, so checks stay language-free.
 */
import type { EditorKey, EditorParams } from '../../i18n/editor.ts';

export interface GateFinding {
  key: EditorKey;
  params?: EditorParams;
  /** The line in the checked text, where a check knows it (body scans do; image checks do not). */
  line?: number | undefined;
}
