/** Load step: file picker and drop zone, the figures of the loaded document, problems with their row. */
import { html, nothing, type TemplateResult } from 'lit';
import type { LoadProblem } from '../load-problems.js';
import { summarise } from '../summary.js';
import type { RbWorkbench } from '../workbench.js';

const ACCEPT = '.xlsx,.xls,.csv,.json,application/json,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

function onDrop(wb: RbWorkbench, e: DragEvent): void {
  e.preventDefault();
  (e.currentTarget as HTMLElement).classList.remove('over');
  const files = [...(e.dataTransfer?.files ?? [])];
  if (files.length) void wb.loadFiles(files);
}

function onDragOver(e: DragEvent): void {
  e.preventDefault();
  (e.currentTarget as HTMLElement).classList.add('over');
}

function rowView(problem: LoadProblem): TemplateResult | typeof nothing {
  const row = problem.row;
  if (!row) return nothing;
  if ('json' in row) return html`<figure><figcaption>${row.caption}</figcaption><pre tabindex="0">${row.json}</pre></figure>`;
  return html`<table>
    <caption>${row.caption}</caption>
    <tbody>
      <tr>${row.header.map((h) => html`<th scope="col">${h}</th>`)}</tr>
      <tr>${row.cells.map((c, i) => html`<td class=${i === row.column ? 'fault' : ''}>${c}</td>`)}</tr>
    </tbody>
  </table>`;
}

function problemList(wb: RbWorkbench, problems: readonly LoadProblem[], id: string): TemplateResult {
  const m = wb.messages;
  return html`<ul class="problems" id=${id}>
    ${problems.map(
      (p, i) => html`<li class=${p.severity}>
        <span class="where">${p.where}</span><span class="message">${p.message}</span>
        ${p.row
          ? html`<details><summary aria-label=${`${m.load.showRow}: ${p.where || i + 1}`}>${m.load.showRow}</summary>${rowView(p)}</details>`
          : nothing}
      </li>`,
    )}
  </ul>`;
}

export function renderLoad(wb: RbWorkbench): TemplateResult {
  const m = wb.messages;
  const f = m.load.figures;
  const summary = wb.doc ? summarise(wb.doc) : null;
  return html`<h3 tabindex="-1">${m.steps.load}</h3>
    <div class="dropzone" @dragover=${onDragOver} @dragleave=${(e: DragEvent) => (e.currentTarget as HTMLElement).classList.remove('over')}
      @drop=${(e: DragEvent) => onDrop(wb, e)}>
      <p>${m.load.drop}</p>
      <label>${m.load.choose}
        <input type="file" multiple accept=${ACCEPT} aria-describedby="accepted"
          @change=${(e: Event) => {
            const input = e.target as HTMLInputElement;
            const files = [...(input.files ?? [])];
            if (files.length) void wb.loadFiles(files).then(() => (input.value = ''));
          }} />
      </label>
      <p class="hint" id="accepted">${m.load.accepted}</p>
    </div>
    ${wb.fileName && (summary || wb.problems.length) ? html`<p>${m.load.loaded(wb.fileName)}</p>` : nothing}
    ${wb.problems.length
      ? html`<section class="error" aria-labelledby="problems-heading">
          <h4 id="problems-heading">${m.load.problems(wb.problems.length)}</h4>
          <p>${m.load.notPublished}</p>
          ${problemList(wb, wb.problems, 'problems')}
          ${summary || !wb.warnings.length ? nothing : html`<h4>${m.load.warnings(wb.warnings.length)}</h4>${problemList(wb, wb.warnings, 'warnings')}`}
        </section>`
      : nothing}
    ${summary
      ? html`<section aria-labelledby="summary-heading">
          <h4 id="summary-heading">${m.load.summary}</h4>
          <dl class="figures">
            ${(Object.keys(f) as (keyof typeof f)[]).map((k) => html`<div><dt>${f[k]}</dt><dd data-figure=${k}>${summary[k].toLocaleString(wb.lang)}</dd></div>`)}
          </dl>
          ${wb.warnings.length ? html`<h4>${m.load.warnings(wb.warnings.length)}</h4>${problemList(wb, wb.warnings, 'warnings')}` : nothing}
          <div class="actions"><button type="button" @click=${() => wb.goTo('configure')}>${m.next}: ${m.steps.configure}</button></div>
        </section>`
      : nothing}`;
}
