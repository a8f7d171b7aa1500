/** Compose step: the dashboard's widgets in order, each sized, moved or removed, and its preview. */
import { html, type TemplateResult } from 'lit';
import { moveWidget, removeWidget, resizeWidget, setColumns, spanOf, toDashboardConfig } from '../dashboard-spec.js';
import type { RbWorkbench } from '../workbench.js';
import { renderWidget } from './configure-view.js';

/**
 * After a move or a removal the keyboard focus stays with the widget that moved (or goes to the
 * next one), instead of being lost with the re-rendered row.
 */
async function keepFocus(wb: RbWorkbench, index: number, action: 'up' | 'down' | 'remove'): Promise<void> {
  await wb.updateComplete;
  const rows = [...wb.renderRoot.querySelectorAll('.composer li')];
  const row = rows[Math.min(index, rows.length - 1)];
  const wanted = row?.querySelector<HTMLButtonElement>(`button[data-action=${action}]:not([disabled])`) ?? row?.querySelector<HTMLButtonElement>('button:not([disabled])');
  (wanted ?? wb.renderRoot.querySelector<HTMLElement>('[part="step"] h3'))?.focus();
}

export function renderCompose(wb: RbWorkbench): TemplateResult {
  const m = wb.messages;
  const spec = wb.spec;
  const n = spec.widgets.length;
  return html`<h3 tabindex="-1">${m.steps.compose}</h3>
    <div class="actions">
      <label>${m.compose.dashboardTitle}
        <input type="text" .value=${spec.title ?? ''} @input=${(e: Event) => (wb.spec = { ...wb.spec, title: (e.target as HTMLInputElement).value })} />
      </label>
      <label>${m.compose.columns}
        <input type="number" min="1" max="24" step="1" .value=${String(spec.columns)}
          @change=${(e: Event) => (wb.spec = setColumns(wb.spec, Number((e.target as HTMLInputElement).value) || 12))} />
      </label>
    </div>
    ${n === 0
      ? html`<p>${m.compose.empty}</p>`
      : html`<ol class="composer">
          ${spec.widgets.map((w, i) => {
            const name = m.compose.item(i + 1, m.configure.types[w.type] ?? w.type);
            return html`<li>
              <span class="name">${name}</span>
              <label>${m.compose.span}
                <input type="number" min="1" max=${spec.columns} step="1" .value=${String(spanOf(spec, w))}
                  @change=${(e: Event) => (wb.spec = resizeWidget(wb.spec, i, Number((e.target as HTMLInputElement).value) || 1))} />
              </label>
              <button type="button" aria-label=${`${m.compose.moveUp}: ${name}`} data-action="up" ?disabled=${i === 0}
                @click=${() => {
                  wb.spec = moveWidget(wb.spec, i, -1);
                  void keepFocus(wb, i - 1, 'up');
                }}>${m.compose.moveUp}</button>
              <button type="button" aria-label=${`${m.compose.moveDown}: ${name}`} data-action="down" ?disabled=${i === n - 1}
                @click=${() => {
                  wb.spec = moveWidget(wb.spec, i, 1);
                  void keepFocus(wb, i + 1, 'down');
                }}>${m.compose.moveDown}</button>
              <button type="button" aria-label=${`${m.compose.remove}: ${name}`} data-action="remove"
                @click=${() => {
                  wb.spec = removeWidget(wb.spec, i);
                  void keepFocus(wb, i, 'remove');
                }}>${m.compose.remove}</button>
            </li>`;
          })}
        </ol>`}
    <div class="actions"><button type="button" @click=${() => wb.goTo('publish')}>${m.next}: ${m.steps.publish}</button></div>
    ${n
      ? html`<section aria-labelledby="dashboard-preview-heading">
          <h4 id="dashboard-preview-heading">${m.compose.preview}</h4>
          <div part="preview" class="preview">${renderWidget(wb, 'dashboard', toDashboardConfig(spec))}</div>
        </section>`
      : ''}`;
}
