/**
 * The sovereignty and terminology glossary: one YAML file per language
 * (`content/glossary/<lang>.yaml`), edited by staff. Each rule either forbids a name (and gives
 * the preferred one) or requires a name whenever another appears. Every rule cites its source.
 */
import { z } from 'astro/zod';
import { editorError, editorText } from '../i18n/editor.ts';
import { patternFinding } from '../lib/gate/patterns.ts';
import { refineUniqueIds, slug } from './fields.ts';

/** A JavaScript regular expression, checked when the file is read. */
const pattern = () =>
  z
    .string()
    .min(1)
    .superRefine((p, ctx) => {
      const risk = patternFinding(p);
      if (risk) ctx.addIssue({ code: 'custom', message: editorText(risk.key, risk.params) });
    })
    .refine((p) => {
      try {
        new RegExp(p, 'u');
        return true;
      } catch {
        return false;
      }
    }, editorError('schema.regex'));

const common = {
  id: slug(),
  /** Why the rule exists, shown in the message. */
  note: z.string().min(1),
  /** Where the official usage comes from (document, outlet, date). */
  source: z.string().min(1),
};

export const glossaryRuleSchema = () =>
  z.union([
    z.strictObject({
      ...common,
      /** Text that must not appear… */
      forbidden: pattern(),
      /** …except inside these (e.g. a gloss such as "East Sea (South China Sea)"). */
      unless: z.array(pattern()).default([]),
      preferred: z.string().min(1),
    }),
    z.strictObject({
      ...common,
      /** When this appears in a text… */
      when: pattern(),
      /** …this must appear in the same text too. */
      requires: pattern(),
      preferred: z.string().min(1),
    }),
  ]);

/** Plain text (not a pattern) of a name: one line, short enough to read in a message. */
const nameText = () =>
  z
    .string()
    .trim()
    .min(1)
    .max(200)
    .regex(/^[^\n]*$/, editorError('schema.one-line'));

/**
 * One entry of the proper-name table: the one form this language uses for a person, place,
 * people, organisation or term. Plain text, so staff need no regular expressions: the check
 * compiles it (lib/glossary.ts `nameRules`).
 */
export const nameSchema = () =>
  z.strictObject({
    id: slug(),
    kind: z.enum(['person', 'place', 'people', 'organisation', 'term']),
    /** The Vietnamese name it renders. */
    vi: nameText(),
    /** The form this language uses. */
    name: nameText(),
    /** The form an entry's body must use the first time it names it, e.g. "Đền Đuổm (Duom Temple)". */
    first: nameText().optional(),
    /** Other spellings, each an error naming `name`. */
    variants: z.array(nameText()).default([]),
    source: z.string().min(1),
  });

export const glossarySchema = () =>
  z
    .strictObject({ rules: z.array(glossaryRuleSchema()), names: z.array(nameSchema()).default([]) })
    .superRefine((g, ctx) => {
      refineUniqueIds(g.names, 'names', ctx);
      g.names.forEach((n, i) => {
        if (n.first !== undefined && !n.first.includes(n.name))
          ctx.addIssue({
            code: 'custom',
            path: ['names', i, 'first'],
            message: editorText('schema.name-first', { name: n.name }),
          });
      });
    });
export type GlossaryRule = z.infer<ReturnType<typeof glossaryRuleSchema>>;
export type GlossaryName = z.infer<ReturnType<typeof nameSchema>>;
