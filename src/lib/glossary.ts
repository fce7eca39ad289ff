/** Applies the sovereignty and terminology glossary to an entry's texts. Pure. */
import type { GlossaryRule } from '../schemas/glossary.ts';
import { editorText } from '../i18n/editor.ts';

export interface TextField {
  field: string;
  text: string;
}

export interface GlossaryHit {
  field: string;
  /** Offset of the offending text inside the field. */
  index: number;
  message: string;
}

function ranges(pattern: string, text: string): [number, number][] {
  return [...text.matchAll(new RegExp(pattern, 'gu'))].map((m) => [m.index, m.index + m[0].length]);
}

export function applyGlossary(fields: readonly TextField[], rules: readonly GlossaryRule[]): GlossaryHit[] {
  const hits: GlossaryHit[] = [];
  for (const { field, text } of fields) {
    for (const rule of rules) {
      const why = editorText('check.glossary-why', { note: rule.note, source: rule.source, id: rule.id });
      if ('forbidden' in rule) {
        const allowed = rule.unless.flatMap((u) => ranges(u, text));
        for (const [start, end] of ranges(rule.forbidden, text)) {
          if (allowed.some(([a, b]) => a <= start && end <= b)) continue;
          const found = text.slice(start, end);
          hits.push({
            field,
            index: start,
            message: editorText('check.glossary-forbidden', { preferred: rule.preferred, found, why }),
          });
        }
      } else {
        const first = ranges(rule.when, text)[0];
        if (first && ranges(rule.requires, text).length === 0) {
          const found = text.slice(first[0], first[1]);
          hits.push({
            field,
            index: first[0],
            message: editorText('check.glossary-required', { preferred: rule.preferred, found, why }),
          });
        }
      }
    }
  }
  return hits;
}
