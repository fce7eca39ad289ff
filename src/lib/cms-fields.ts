/**
 * Turns a zod schema into Decap CMS form fields, so the editor's forms are generated from the
 * same schemas the content gate validates with, never kept by hand. Fields are read from zod's
 * own definitions (`schema.def`); what a type alone cannot say (a date-time, a calendar day,
 * an image, a long text) is said once in the schema with `.meta({ cms: … })`.
 */
import type { z } from 'astro/zod';

/** What a schema marks with `.meta({ cms })` (see src/schemas/fields.ts). */
export type CmsHint = 'datetime' | 'date' | 'image' | 'text';

/** A Decap CMS field (the subset this project generates). */
export interface CmsField {
  name: string;
  label: string;
  widget: string;
  required?: boolean;
  hint?: string;
  options?: { label: string; value: string }[];
  multiple?: boolean;
  fields?: CmsField[];
  field?: CmsField;
  value_type?: 'int' | 'float';
  min?: number;
  max?: number;
  pattern?: [string, string];
  i18n?: boolean;
  [key: string]: unknown;
}

/** Labels, hints and option labels come from the editor's catalogue, through this. */
export interface FieldText {
  label(path: readonly string[]): string;
  hint(path: readonly string[]): string | undefined;
  option(path: readonly string[], value: string): string;
  /** The message shown when a field does not match its pattern. */
  pattern(path: readonly string[]): string;
}

/** Extra attributes for a widget, by hint (date formats, the image folder). */
export type WidgetOptions = Partial<Record<CmsHint, Record<string, unknown>>>;

interface Def {
  type: string;
  [key: string]: unknown;
}
const defOf = (s: z.ZodType): Def => (s as unknown as { def: Def }).def;
const hintOf = (s: z.ZodType): CmsHint | undefined => (s.meta() as { cms?: CmsHint } | undefined)?.cms;

/**
 * Strips optional/default/nullable wrappers: whether the field may be left empty. Defaults stay
 * the schema's business: a form default would be written into every language's file, so an
 * untouched `draft: false` would create a Chinese file nobody wrote.
 */
function unwrap(schema: z.ZodType): { inner: z.ZodType; required: boolean; hint: CmsHint | undefined } {
  let inner = schema;
  let required = true;
  // The mark may sit on the field or under its wrappers: `.meta()` then `.optional()`, or the reverse.
  let hint = hintOf(inner);
  for (;;) {
    const def = defOf(inner);
    if (def.type === 'optional' || def.type === 'nullable' || def.type === 'default') required = false;
    else return { inner, required, hint };
    inner = def['innerType'] as z.ZodType;
    hint ??= hintOf(inner);
  }
}

/** A string's regex check, for the form's own early warning (the gate stays the judge). */
function patternOf(schema: z.ZodType): RegExp | undefined {
  const checks = (defOf(schema)['checks'] ?? []) as { _zod: { def: { check: string; pattern?: RegExp } } }[];
  return checks.map((c) => c._zod.def).find((d) => d.check === 'string_format' && d.pattern)?.pattern;
}

function numberBounds(schema: z.ZodType): Pick<CmsField, 'min' | 'max' | 'value_type'> {
  const out: Pick<CmsField, 'min' | 'max' | 'value_type'> = { value_type: 'float' };
  const checks = (defOf(schema)['checks'] ?? []) as { _zod: { def: Record<string, unknown> } }[];
  for (const { _zod } of checks) {
    const d = _zod.def;
    if (d['check'] === 'number_format' && String(d['format']).includes('int')) out.value_type = 'int';
    if (d['check'] === 'greater_than') out.min = d['value'] as number;
    if (d['check'] === 'less_than') out.max = d['value'] as number;
  }
  return out;
}

/** The values a field can take when it is a choice: an enum, or a union of literals. */
function choices(schema: z.ZodType): (string | number)[] | undefined {
  const def = defOf(schema);
  if (def.type === 'enum') return Object.values(def['entries'] as Record<string, string>);
  if (def.type === 'literal') return def['values'] as (string | number)[];
  if (def.type === 'union') {
    const all = (def['options'] as z.ZodType[]).map(choices);
    if (all.every((c) => c !== undefined)) return all.flat();
  }
  return undefined;
}

/** The fields of an object schema (strict objects included), in schema order. */
export function objectFields(schema: z.ZodType, text: FieldText, widgets: WidgetOptions, path: string[] = []) {
  const shape = defOf(schema)['shape'] as Record<string, z.ZodType>;
  return Object.entries(shape).map(([name, field]) => cmsField(name, field, text, widgets, [...path, name]));
}

export function cmsField(
  name: string,
  schema: z.ZodType,
  text: FieldText,
  widgets: WidgetOptions,
  path: string[] = [name],
): CmsField {
  const { inner, required, hint: mark } = unwrap(schema);
  const base: CmsField = { name, label: text.label(path), widget: 'string', required };
  const hint = text.hint(path);
  if (hint) base.hint = hint;
  if (mark) return { ...base, widget: mark === 'text' ? 'text' : mark, ...widgets[mark] };

  const def = defOf(inner);
  const options = choices(inner);
  if (options?.every((o) => typeof o === 'number'))
    return { ...base, widget: 'number', value_type: 'int', min: Math.min(...options), max: Math.max(...options) };
  if (options) return { ...base, widget: 'select', options: options.map((v) => optionOf(text, path, String(v))) };
  switch (def.type) {
    case 'object': {
      // Decap cannot say "required once the object is filled in": inside an optional object (a
      // cover, a rebuttal's claim) nothing is required by the form, and the gate says what is missing.
      const fields = objectFields(inner, text, widgets, path);
      return { ...base, widget: 'object', fields: required ? fields : fields.map(optional) };
    }
    case 'boolean':
      return { ...base, widget: 'boolean' };
    case 'number':
      return { ...base, widget: 'number', ...numberBounds(inner) };
    case 'array':
      return arrayField(base, def['element'] as z.ZodType, text, widgets, path);
    case 'union': {
      // `slug | slug[]` (a plan item's anniversaries): edited as a list, which the schema accepts.
      // One input split at commas: a file may hold one bare id, which a list of inputs cannot read.
      // Ids have no commas.
      const list = (def['options'] as z.ZodType[]).find((o) => defOf(o).type === 'array');
      if (list) return { ...base, widget: 'list' };
      break;
    }
    case 'pipe': {
      // A transform reads its input: `optional().transform()` leaves the field optional.
      const input = cmsField(name, def['in'] as z.ZodType, text, widgets, path);
      return { ...input, required: required && input.required !== false };
    }
  }
  const re = patternOf(inner);
  return re ? { ...base, pattern: [re.source, text.pattern(path)] } : base;
}

function arrayField(base: CmsField, element: z.ZodType, text: FieldText, widgets: WidgetOptions, path: string[]) {
  const { inner: item } = unwrap(element);
  const options = choices(item);
  if (options)
    return { ...base, widget: 'select', multiple: true, options: options.map((v) => optionOf(text, path, String(v))) };
  if (defOf(item).type === 'object') {
    const fields = objectFields(item, text, widgets, path);
    // A collapsed item shows its title (a plan item's task), not its first field (an id).
    const summary = fields.some((f) => f.name === 'title') ? { summary: '{{fields.title}}' } : {};
    return { ...base, widget: 'list', ...summary, fields };
  }
  // A list of plain strings: one input per item. (Decap's default, one input split at commas,
  // would cut "Sở Văn hóa, Thể thao và Du lịch" in two.)
  return { ...base, widget: 'list', field: { name: base.name, label: base.label, widget: 'string' } };
}

function optional(field: CmsField): CmsField {
  return { ...field, required: false, ...(field.fields ? { fields: field.fields.map(optional) } : {}) };
}

const optionOf = (text: FieldText, path: readonly string[], value: string) => ({
  label: text.option(path, value),
  value,
});

/** Every field path of a CMS field list, `cover.alt` style: what the schema/CMS parity test compares. */
export function fieldPaths(fields: readonly CmsField[], prefix = ''): string[] {
  return fields.flatMap((f) => [`${prefix}${f.name}`, ...fieldPaths(f.fields ?? [], `${prefix}${f.name}.`)]);
}
