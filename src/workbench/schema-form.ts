/**
 * The configure form as data: a widget's shipped config JSON Schema (plus the loaded document and
 * the chosen language) → one descriptor per field. Pure, so unit tests call it directly; the
 * workbench renders the descriptors (form-view.ts).
 *
 * - `enum` → a choice among its values; a field naming data (`coverage`, `indicator` …) → a choice
 *   among the ids the document holds, shown by name; `lang` and `theme` → the library's languages
 *   and themes;
 * - `boolean` → a switch; `number`/`integer` → a number with its range;
 * - an array of numbers → a list of numbers with their range; an array of data ids → several choices;
 * - anything else that is a string → text.
 */
import type { RegionBrandData } from '../core/schema.js';
import { dataChoices, type Choice } from './data-choices.js';
import type { WorkbenchMessages } from './i18n/messages.js';
import type { JsonSchema } from './json-schema-types.js';

export type { Choice } from './data-choices.js';

interface FieldBase {
  readonly name: string;
  readonly label: string;
  readonly description: string;
  /** The schema's default, shown as a hint and left out of the config. */
  readonly defaultValue: unknown;
}

export type FieldDescriptor = FieldBase &
  (
    | { readonly kind: 'text' }
    | { readonly kind: 'switch' }
    | { readonly kind: 'choice'; readonly choices: readonly Choice[] }
    | { readonly kind: 'choices'; readonly choices: readonly Choice[] }
    | { readonly kind: 'number'; readonly integer: boolean; readonly minimum?: number; readonly maximum?: number }
    | { readonly kind: 'numbers'; readonly minimum?: number; readonly maximum?: number }
  );

export interface FormContext {
  /** Widget type (`coverage-gauge` …). */
  readonly type: string;
  readonly doc: RegionBrandData | null;
  /** The config so far (a period choice depends on the chosen indicator). */
  readonly config: Readonly<Record<string, unknown>>;
  readonly messages: WorkbenchMessages;
  /** Languages the widgets speak, as choices for `lang`. */
  readonly languages: readonly Choice[];
  /** Theme names, for `theme`. */
  readonly themes: readonly string[];
}

const typeOf = (s: JsonSchema): string | undefined => (Array.isArray(s.type) ? s.type[0] : (s.type as string | undefined));

/** The first alternative of an `anyOf` that is a plain type (the brand matrix's `root`: string or list). */
const simplest = (s: JsonSchema): JsonSchema => (s.anyOf ? (s.anyOf.find((a) => typeOf(a) !== 'array') ?? s.anyOf[0]!) : s);

/** Field descriptors for a config schema, in the schema's order. */
export function formFields(schema: JsonSchema, ctx: FormContext): FieldDescriptor[] {
  const m = ctx.messages;
  return Object.entries(schema.properties ?? {}).map(([name, raw]): FieldDescriptor => {
    const s = simplest(raw);
    const base: FieldBase = {
      name,
      label: m.fieldLabels[name] ?? name,
      description: m.fieldDescriptions[`${ctx.type}.${name}`] ?? m.fieldDescriptions[name] ?? raw.description ?? '',
      defaultValue: raw.default,
    };
    const fromData = dataChoices(ctx.type, name, ctx.doc, ctx.config);
    const type = typeOf(s);
    if (type === 'array') {
      const items = s.items ?? {};
      const itemType = typeOf(items);
      if (itemType === 'number' || itemType === 'integer') return { ...base, kind: 'numbers', ...range(items) };
      if (fromData) return { ...base, kind: 'choices', choices: fromData };
      return { ...base, kind: 'text' };
    }
    if (s.enum) {
      return { ...base, kind: 'choice', choices: s.enum.map((value) => ({ value: String(value), label: m.choiceLabels[`${name}.${String(value)}`] ?? String(value) })) };
    }
    if (fromData) return { ...base, kind: 'choice', choices: fromData };
    if (name === 'lang') return { ...base, kind: 'choice', choices: ctx.languages };
    if (name === 'theme') return { ...base, kind: 'choice', choices: ctx.themes.map((t) => ({ value: t, label: m.choiceLabels[`theme.${t}`] ?? t })) };
    if (type === 'boolean') return { ...base, kind: 'switch' };
    if (type === 'number' || type === 'integer') return { ...base, kind: 'number', integer: type === 'integer', ...range(s) };
    return { ...base, kind: 'text' };
  });
}

function range(s: JsonSchema): { minimum?: number; maximum?: number } {
  return { ...(s.minimum !== undefined && { minimum: s.minimum }), ...(s.maximum !== undefined && { maximum: s.maximum }) };
}

/**
 * The config with one field set: an empty value or the schema's default removes the key, so the
 * published config holds only what the editor chose.
 */
export function setField(config: Readonly<Record<string, unknown>>, field: FieldDescriptor, value: unknown): Record<string, unknown> {
  const next = { ...config };
  // An empty list of ids (clusters) means "all", as if absent; an empty list of numbers is a value
  // of its own (thresholds `[]`: judge nothing).
  const empty = value === '' || value === undefined || value === null || (field.kind === 'choices' && Array.isArray(value) && value.length === 0);
  if (empty || JSON.stringify(value) === JSON.stringify(field.defaultValue)) delete next[field.name];
  else next[field.name] = value;
  return next;
}
