/**
 * The words of the CMS forms, in the editor's language: field labels and hints, collection
 * names, option labels (src/i18n/cms/<lang>.json), and the labels visitors already see for the
 * same values (an article's kind, a heritage type…: src/i18n/ui/), so a value has one name.
 * A field named after a locale (an anniversary's `name.vi`) takes the locale's own name from the
 * locale table, so a fifth locale needs no new label.
 */
import viCms from './cms/vi.json' with { type: 'json' };
import enCms from './cms/en.json' with { type: 'json' };
import { editorText, type EditorKey, type EditorLang } from './editor.ts';
import { LOCALES } from './locales.ts';
import { useTranslations } from './ui.ts';

export type CmsCatalogue = typeof viCms;
export const CMS_CATALOGUES: Record<EditorLang, CmsCatalogue> = { vi: viCms, en: enCms };

/** Visitor-facing labels for the values of a field, by field name: the UI key prefixes to try. */
const UI_OPTION_PREFIXES: Record<string, readonly string[]> = {
  kind: ['kind.'],
  type: ['heritage.type.'],
  level: ['heritage.ranking.'],
  category: ['category.', 'anniversary.category.'],
  topic: ['sovereignty.topic.'],
  relationship: ['partner.relationship.'],
};

/** Plan values already named for the staff pages and the calendar report (src/i18n/editor/). */
const EDITOR_OPTION_PREFIXES: Record<string, string> = { status: 'calendar.status.', channels: 'staff.channel.' };

export type CmsUiKey = keyof CmsCatalogue['ui'];

export function cmsText(lang: EditorLang) {
  const cat = CMS_CATALOGUES[lang];
  const t = useTranslations(lang);
  const ui = t as (key: string) => string;
  const last = (path: readonly string[]) => path[path.length - 1] ?? '';
  return {
    label(path: readonly string[]): string {
      const name = last(path);
      const locale = LOCALES.find((l) => l.code === name);
      if (locale) return locale.label;
      return (cat.field as Record<string, string>)[name] ?? name;
    },
    /** Hints are keyed by the field's path (`cover.alt`): a plan item's title is not an entry's. */
    hint: (path: readonly string[]) => (cat.hint as Record<string, string>)[path.join('.')],
    option(path: readonly string[], value: string): string {
      const name = last(path);
      const own = (cat.option as Record<string, Record<string, string>>)[name]?.[value];
      if (own) return own;
      const editorPrefix = EDITOR_OPTION_PREFIXES[name];
      if (editorPrefix) {
        const label = editorText(`${editorPrefix}${value}` as EditorKey, {}, lang);
        return label.charAt(0).toLocaleUpperCase(lang) + label.slice(1);
      }
      for (const prefix of UI_OPTION_PREFIXES[name] ?? []) {
        const key = `${prefix}${value}`;
        const label = ui(key);
        if (label !== key) return label;
      }
      return value;
    },
    pattern: () => cat.pattern,
    collection: (name: string) => (cat.collection as Record<string, string>)[name] ?? name,
    body: () => cat.field.body,
    /** The words of the CMS's own parts (src/scripts/admin/): the date-time field, the status pane. */
    ui: cat.ui as Record<CmsUiKey, string>,
  };
}

/** The CMS's own interface language for an editor language (Decap's locale codes). */
export const DECAP_LOCALE: Record<EditorLang, string> = { vi: 'vi', en: 'en' };
