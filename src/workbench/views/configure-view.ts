/** Configure step: the widget type, the form generated from its config schema, and the live preview. */
import { html, nothing, type TemplateResult } from 'lit';
import { html as staticHtml } from 'lit/static-html.js';
import { CONFIG_SCHEMAS } from '../config-schemas.generated.js';
import { addWidget } from '../dashboard-spec.js';
import { workbenchLanguages } from '../i18n/index.js';
import { formFields, setField } from '../schema-form.js';
import { renderFields } from '../form-view.js';
import { isWidgetType, loadWidget, THEMES, WIDGET_TAGS, WIDGET_TYPES, type WidgetType } from '../widget-tags.js';
import type { RbWorkbench } from '../workbench.js';

/** The real element of a widget type, on the loaded data with the config being edited. */
export function renderWidget(wb: RbWorkbench, type: WidgetType | 'dashboard', config: Readonly<Record<string, unknown>>): TemplateResult {
  void loadWidget(type);
  const tag = WIDGET_TAGS[type];
  return staticHtml`<${tag} .data=${wb.doc} .config=${config} lang=${wb.lang}></${tag}>`;
}

export function renderConfigure(wb: RbWorkbench): TemplateResult {
  const m = wb.messages;
  const schema = CONFIG_SCHEMAS[wb.widgetType];
  const fields = schema
    ? formFields(schema, {
        type: wb.widgetType,
        doc: wb.doc,
        config: wb.config,
        messages: m,
        languages: workbenchLanguages().map((l) => ({ value: l.lang, label: l.languageName })),
        themes: THEMES,
      })
    : [];
  return html`<h3 tabindex="-1">${m.steps.configure}</h3>
    <div class="field">
      <label for="widget-type">${m.configure.widgetType}</label>
      <select id="widget-type" @change=${(e: Event) => {
        const value = (e.target as HTMLSelectElement).value;
        if (isWidgetType(value)) wb.widgetType = value;
      }}>
        ${WIDGET_TYPES.map((t) => html`<option value=${t} ?selected=${t === wb.widgetType}>${m.configure.types[t] ?? t}</option>`)}
      </select>
    </div>
    <div class="configure">
      <form aria-labelledby="fields-heading" @submit=${(e: Event) => e.preventDefault()}>
        <h4 id="fields-heading">${m.configure.fields}</h4>
        ${renderFields(fields, wb.config, m, (field, value) => (wb.config = setField(wb.config, field, value)))}
        <div class="actions">
          <button type="button" @click=${() => (wb.config = {})}>${m.configure.reset}</button>
          <button type="button" @click=${() => {
            wb.spec = addWidget(wb.spec, { type: wb.widgetType, config: wb.config });
            wb.status = m.configure.added;
          }}>${m.configure.addToDashboard}</button>
          <button type="button" @click=${() => wb.goTo('compose')}>${m.next}: ${m.steps.compose}</button>
        </div>
      </form>
      <section aria-labelledby="preview-heading">
        <h4 id="preview-heading">${m.configure.preview}</h4>
        <div part="preview" class="preview">${wb.doc ? renderWidget(wb, wb.widgetType, wb.config) : html`<p>${m.configure.needData}</p>`}</div>
      </section>
    </div>
    ${nothing}`;
}
