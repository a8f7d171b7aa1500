/** Renders the configure form's field descriptors (schema-form.ts) as native, labelled controls. */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { WorkbenchMessages } from './i18n/messages.js';
import type { FieldDescriptor } from './schema-form.js';

export type FieldChange = (field: FieldDescriptor, value: unknown) => void;

const fieldId = (f: FieldDescriptor) => `field-${f.name}`;
const descId = (f: FieldDescriptor) => `desc-${f.name}`;

function hints(f: FieldDescriptor, m: WorkbenchMessages): string {
  const parts = [f.description];
  if (f.defaultValue !== undefined && f.kind !== 'switch') {
    const label = f.kind === 'choice' ? f.choices.find((c) => c.value === String(f.defaultValue))?.label : undefined;
    parts.push(m.configure.defaultValue(label ?? (Array.isArray(f.defaultValue) ? f.defaultValue.join(', ') : String(f.defaultValue))));
  }
  if ((f.kind === 'number' || f.kind === 'numbers') && f.minimum !== undefined && f.maximum !== undefined) parts.push(m.configure.range(String(f.minimum), String(f.maximum)));
  return parts.filter(Boolean).join(' ');
}

function control(f: FieldDescriptor, value: unknown, m: WorkbenchMessages, change: FieldChange): TemplateResult {
  const id = fieldId(f);
  switch (f.kind) {
    case 'switch':
      return html`<input id=${id} type="checkbox" role="switch" aria-describedby=${descId(f)}
        .checked=${live(Boolean(value ?? f.defaultValue ?? false))} @change=${(e: Event) => change(f, (e.target as HTMLInputElement).checked)} />`;
    case 'choice':
      // A value the data no longer holds stays visible (marked ✕) while the preview shows the widget's error.
      return html`<select id=${id} aria-describedby=${descId(f)} @change=${(e: Event) => change(f, (e.target as HTMLSelectElement).value)}>
        <option value="" ?selected=${value === undefined}>${m.configure.defaultOption}</option>
        ${f.choices.map((c) => html`<option value=${c.value} ?selected=${value === c.value}>${c.label}</option>`)}
        ${value !== undefined && !f.choices.some((c) => c.value === value) ? html`<option value=${String(value)} selected>${String(value)} ✕</option>` : nothing}
      </select>`;
    case 'number':
      return html`<input id=${id} type="number" aria-describedby=${descId(f)} min=${f.minimum ?? nothing} max=${f.maximum ?? nothing}
        step=${f.integer ? '1' : 'any'} .value=${live(value === undefined ? '' : String(value))}
        @input=${(e: Event) => {
          const input = e.target as HTMLInputElement;
          if (input.value === '' || input.validity.valid) change(f, input.value === '' ? undefined : Number(input.value));
        }} />`;
    case 'text':
      return html`<input id=${id} type="text" aria-describedby=${descId(f)} .value=${live(typeof value === 'string' ? value : '')}
        @input=${(e: Event) => change(f, (e.target as HTMLInputElement).value)} />`;
    default:
      return html``;
  }
}

/** A list of numbers (thresholds): one input per value, each removable, and an add button. */
function numbers(f: FieldDescriptor & { kind: 'numbers' }, value: unknown, m: WorkbenchMessages, change: FieldChange): TemplateResult {
  const values = (Array.isArray(value) ? value : Array.isArray(f.defaultValue) ? f.defaultValue : []) as number[];
  const set = (i: number, v: number | null) => change(f, v === null ? values.filter((_, j) => j !== i) : values.map((x, j) => (j === i ? v : x)));
  return html`<fieldset class="field" id=${fieldId(f)} aria-describedby=${descId(f)}>
    <legend>${f.label}</legend>
    <p class="hint" id=${descId(f)}>${hints(f, m)}</p>
    ${values.map(
      (v, i) => html`<div class="number-row">
        <input type="number" aria-label=${m.configure.valueN(f.label, i + 1)} min=${f.minimum ?? nothing} max=${f.maximum ?? nothing} step="any"
          .value=${live(String(v))}
          @input=${(e: Event) => {
            const input = e.target as HTMLInputElement;
            if (input.value !== '' && input.validity.valid) set(i, Number(input.value));
          }} />
        <button type="button" @click=${() => set(i, null)}>${m.configure.removeValue(i + 1)}</button>
      </div>`,
    )}
    <button type="button" @click=${() => change(f, [...values, values.length ? Math.min(values[values.length - 1]! + 0.1, f.maximum ?? Infinity) : (f.minimum ?? 0)])}>${m.configure.addValue}</button>
  </fieldset>`;
}

/** Several ids from the data (the clusters of a map): one checkbox each. */
function choices(f: FieldDescriptor & { kind: 'choices' }, value: unknown, m: WorkbenchMessages, change: FieldChange): TemplateResult {
  const chosen = new Set(Array.isArray(value) ? (value as string[]) : []);
  const toggle = (id: string, on: boolean) => change(f, f.choices.map((c) => c.value).filter((v) => (v === id ? on : chosen.has(v))));
  return html`<fieldset class="field" id=${fieldId(f)} aria-describedby=${descId(f)}>
    <legend>${f.label}</legend>
    <p class="hint" id=${descId(f)}>${hints(f, m)}</p>
    ${f.choices.map(
      (c) => html`<label class="check"><input type="checkbox" .checked=${live(chosen.has(c.value))}
        @change=${(e: Event) => toggle(c.value, (e.target as HTMLInputElement).checked)} />${c.label}</label>`,
    )}
  </fieldset>`;
}

/** The whole form: one labelled control per field, its description and hints under it. */
export function renderFields(fields: readonly FieldDescriptor[], config: Readonly<Record<string, unknown>>, m: WorkbenchMessages, change: FieldChange): TemplateResult {
  return html`${fields.map((f) => {
    const value = config[f.name];
    if (f.kind === 'numbers') return numbers(f, value, m, change);
    if (f.kind === 'choices') return choices(f, value, m, change);
    return html`<div class="field ${f.kind}">
      <label for=${fieldId(f)}>${f.label}</label>
      ${control(f, value, m, change)}
      <p class="hint" id=${descId(f)}>${hints(f, m)}</p>
    </div>`;
  })}`;
}
