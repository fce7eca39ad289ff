/**
 * The sovereignty and terminology glossary: one YAML file per language
 * (`content/glossary/<lang>.yaml`), edited by staff. Each rule either forbids a name (and gives
 * the preferred one) or requires a name whenever another appears. Every rule cites its source.
 */
import { z } from 'astro/zod';
import { editorError, editorText } from '../i18n/editor.ts';
import { patternFinding } from '../lib/gate/patterns.ts';
import { slug } from './fields.ts';

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

export const glossarySchema = () => z.strictObject({ rules: z.array(glossaryRuleSchema()) });
export type GlossaryRule = z.infer<ReturnType<typeof glossaryRuleSchema>>;
