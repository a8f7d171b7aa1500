/** Publish step: addresses, downloads and the embed code in its three forms. */
import { html, type TemplateResult } from 'lit';
import { copySnippet, currentSnippets, downloadData, downloadSpec, downloadWorkbook } from '../publish-actions.js';
import type { Snippets } from '../snippets.js';
import type { RbWorkbench } from '../workbench.js';

const FORMS: readonly [keyof Snippets, string][] = [
  ['html', 'HTML'],
  ['react', 'React'],
  ['vue', 'Vue'],
];

export function renderPublish(wb: RbWorkbench): TemplateResult {
  const m = wb.messages;
  if (!wb.doc) return html`<h3 tabindex="-1">${m.steps.publish}</h3><p>${m.publish.nothing}</p>`;
  const snippets = currentSnippets(wb);
  return html`<h3 tabindex="-1">${m.steps.publish}</h3>
    <div class="field">
      <label for="data-url">${m.publish.dataUrl}</label>
      <input id="data-url" type="url" .value=${wb.dataUrl} @input=${(e: Event) => (wb.dataUrl = (e.target as HTMLInputElement).value)} />
    </div>
    <div class="field">
      <label for="script-url">${m.publish.scriptUrl}</label>
      <input id="script-url" type="url" .value=${wb.scriptUrl} @input=${(e: Event) => (wb.scriptUrl = (e.target as HTMLInputElement).value)} />
    </div>
    <div class="actions">
      <button type="button" @click=${() => downloadData(wb)}>${m.publish.downloadData}</button>
      <button type="button" @click=${() => downloadSpec(wb)} ?disabled=${!wb.spec.widgets.length}>${m.publish.downloadSpec}</button>
      <button type="button" @click=${() => void downloadWorkbook(wb)}>${m.publish.downloadWorkbook}</button>
    </div>
    <fieldset class="field">
      <legend>${m.publish.embedWhat}</legend>
      <label class="check"><input type="radio" name="embed" .checked=${!wb.embedDashboard} @change=${() => (wb.embedDashboard = false)} />
        ${m.publish.thisWidget} (${m.configure.types[wb.widgetType]})</label>
      <label class="check"><input type="radio" name="embed" .checked=${wb.embedDashboard} ?disabled=${!wb.spec.widgets.length}
        @change=${() => (wb.embedDashboard = true)} />${m.publish.theDashboard}</label>
    </fieldset>
    ${FORMS.map(
      ([form, label]) => html`<div class="field snippet">
        <label for=${`snippet-${form}`}>${label}</label>
        <textarea id=${`snippet-${form}`} readonly rows=${snippets[form].split('\n').length + 1} .value=${snippets[form]}></textarea>
        <button type="button" @click=${(e: Event) =>
          void copySnippet(wb, form, (e.target as HTMLElement).parentElement!.querySelector('textarea'))}>${m.publish.copy(label)}</button>
      </div>`,
    )}`;
}
