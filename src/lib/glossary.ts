/** Applies the sovereignty and terminology glossary and the name table to an entry's texts. Pure. */
import type { GlossaryName, GlossaryRule } from '../schemas/glossary.ts';
import { editorText } from '../i18n/editor.ts';

/**
 * A rule as the check applies it. Rules compiled from the name table may be `firstMention`:
 * in the body only, the full form (`requires`) must come no later than the short one (`when`).
 */
export type CheckRule = GlossaryRule & {
  firstMention?: boolean;
  /** Plain text the rule cannot match without: a quick `includes` skips most texts (names). */
  literal?: string;
};

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

// Only the syntax characters: in Unicode mode (`u`) escaping anything else is itself an error.
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const LATIN = /\p{Script=Latin}/u;

/**
 * A literal name as a pattern. Where it begins or ends with a Latin letter it must be a whole
 * Latin word ("Duom" is not inside "Duoms", but is in "经过Duom庙"); Chinese and Korean have no
 * spaces, and Korean particles attach to the noun, so there a name matches anywhere.
 */
export function literalPattern(text: string): string {
  const before = LATIN.test(text.at(0) ?? '') ? '(?<![\\p{Script=Latin}\\p{M}\\d])' : '';
  const after = LATIN.test(text.at(-1) ?? '') ? '(?![\\p{Script=Latin}\\p{M}\\d])' : '';
  return `${before}${escape(text)}${after}`;
}

/** The name table as rules: each variant is forbidden (except inside the name itself), and a
 * `first` form is required at the first mention in a body. */
export function nameRules(names: readonly GlossaryName[]): CheckRule[] {
  return names.flatMap((n) => {
    const own = [n.name, ...(n.first ? [n.first] : [])].map(literalPattern);
    const common = { id: n.id, note: editorText('check.name-note', { vi: n.vi }), source: n.source };
    const variants: CheckRule[] = n.variants.map((v) => ({
      ...common,
      literal: v,
      forbidden: literalPattern(v),
      unless: own,
      preferred: n.name,
    }));
    if (!n.first) return variants;
    const first: CheckRule = {
      ...common,
      when: literalPattern(n.name),
      requires: literalPattern(n.first),
      preferred: n.first,
      firstMention: true,
      literal: n.name,
    };
    return [...variants, first];
  });
}

/**
 * A language's texts inside a language-neutral YAML file (anniversary, calendar, contact): every
 * string under a key that is the language's code, e.g. `name.zh`, `summary.zh`, `tags.zh.0`.
 */
export function localeTexts(data: unknown, locale: string, path = ''): TextField[] {
  if (Array.isArray(data)) return data.flatMap((v, i) => localeTexts(v, locale, `${path}.${i}`));
  if (data === null || typeof data !== 'object') return [];
  return Object.entries(data).flatMap(([key, value]) => {
    const at = path ? `${path}.${key}` : key;
    if (key !== locale) return localeTexts(value, locale, at);
    const strings = (v: unknown, p: string): TextField[] =>
      typeof v === 'string'
        ? [{ field: p, text: v }]
        : Array.isArray(v)
          ? v.flatMap((x, i) => strings(x, `${p}.${i}`))
          : [];
    return strings(value, at);
  });
}

export function applyGlossary(fields: readonly TextField[], rules: readonly CheckRule[]): GlossaryHit[] {
  const hits: GlossaryHit[] = [];
  for (const { field, text } of fields) {
    for (const rule of rules) {
      if (rule.literal !== undefined && !text.includes(rule.literal)) continue;
      const why = editorText('check.glossary-why', { note: rule.note, source: rule.source, id: rule.id });
      if ('forbidden' in rule) {
        const found = ranges(rule.forbidden, text);
        const allowed = found.length > 0 ? rule.unless.flatMap((u) => ranges(u, text)) : [];
        for (const [start, end] of found) {
          if (allowed.some(([a, b]) => a <= start && end <= b)) continue;
          const found = text.slice(start, end);
          hits.push({
            field,
            index: start,
            message: editorText('check.glossary-forbidden', { preferred: rule.preferred, found, why }),
          });
        }
      } else if (rule.firstMention) {
        if (field !== 'body') continue;
        const first = ranges(rule.when, text)[0];
        const full = ranges(rule.requires, text)[0];
        if (first && (!full || full[0] > first[0])) {
          const found = text.slice(first[0], first[1]);
          hits.push({
            field,
            index: first[0],
            message: editorText('check.glossary-first', { preferred: rule.preferred, found, why }),
          });
        }
      } else if (!field.startsWith('tags.')) {
        // A tag is a one-word label: the gloss a rule requires belongs in the texts around it.
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
