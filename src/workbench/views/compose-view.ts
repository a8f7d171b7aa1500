/** Compose step: the dashboard's widgets in order, each sized, moved or removed, and its preview. */
import { html, type TemplateResult } from 'lit';
import {
  arrangeStage, moveWidget, removeWidget, resizeWidget, setArea, setColumns, setLink, setStage, setStageField, setTheme, spanOf,
  STAGE_FITS, STAGE_SIZES, toDashboardConfig, type Area, type DashboardSpec, type SpecWidget,
} from '../dashboard-spec.js';
import { THEMES } from '../widget-tags.js';
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

const numberFrom = (e: Event): number => Number((e.target as HTMLInputElement).value);

/** A whole-number input. */
const numberInput = (label: string, value: number, min: number, max: number, set: (n: number) => void, cls = ''): TemplateResult =>
  html`<label class=${cls}>${label}
    <input type="number" min=${min} max=${max} step="1" .value=${String(value)} @change=${(e: Event) => set(numberFrom(e))} />
  </label>`;

/** Layout (flowing page or big screen), the stage's size and fit, the grid, link and theme. */
function renderLayout(wb: RbWorkbench, spec: DashboardSpec): TemplateResult {
  const m = wb.messages.compose;
  const stage = spec.stage;
  const size = stage ? STAGE_SIZES.find(([w, h]) => w === stage.width && h === stage.height) : undefined;
  return html`<fieldset class="layout">
      <legend>${m.layout}</legend>
      <label><input type="radio" name="layout" value="page" .checked=${!stage} @change=${() => (wb.spec = setStage(wb.spec, false))} /> ${m.layoutPage}</label>
      <label><input type="radio" name="layout" value="stage" .checked=${!!stage} @change=${() => (wb.spec = setStage(wb.spec, true))} /> ${m.layoutStage}</label>
    </fieldset>
    <div class="actions">
      <label>${m.dashboardTitle}
        <input type="text" .value=${spec.title ?? ''} @input=${(e: Event) => (wb.spec = { ...wb.spec, title: (e.target as HTMLInputElement).value })} />
      </label>
      ${numberInput(m.columns, spec.columns, 1, stage ? 48 : 24, (n) => (wb.spec = setColumns(wb.spec, n || (stage ? 24 : 12))), 'columns')}
      ${stage
        ? html`${numberInput(m.rows, stage.rows, 1, 48, (n) => (wb.spec = setStageField(wb.spec, { rows: n || 12 })), 'rows')}
            <label>${m.stageWidth} × ${m.stageHeight}
              <select class="stage-size" @change=${(e: Event) => {
                const [width, height] = (e.target as HTMLSelectElement).value.split('x').map(Number);
                if (width && height) wb.spec = setStageField(wb.spec, { width, height });
              }}>
                ${STAGE_SIZES.map(([w, h]) => html`<option value=${`${w}x${h}`} ?selected=${size?.[0] === w && size?.[1] === h}>${w} × ${h}</option>`)}
                ${size ? '' : html`<option value="" selected>${stage.width} × ${stage.height}</option>`}
              </select>
            </label>
            ${numberInput(m.stageWidth, stage.width, 100, 16384, (n) => (wb.spec = setStageField(wb.spec, { width: n })), 'stage-width')}
            ${numberInput(m.stageHeight, stage.height, 100, 16384, (n) => (wb.spec = setStageField(wb.spec, { height: n })), 'stage-height')}
            <label>${m.fit}
              <select class="stage-fit" @change=${(e: Event) => (wb.spec = setStageField(wb.spec, { fit: (e.target as HTMLSelectElement).value as (typeof STAGE_FITS)[number] }))}>
                ${STAGE_FITS.map((f) => html`<option value=${f} ?selected=${stage.fit === f}>${m.fits[f]}</option>`)}
              </select>
            </label>`
        : ''}
      <label>${m.theme}
        <select class="theme" @change=${(e: Event) => (wb.spec = setTheme(wb.spec, (e.target as HTMLSelectElement).value))}>
          <option value="" ?selected=${!spec.theme}>${m.themeDefault}</option>
          ${THEMES.map((t) => html`<option value=${t} ?selected=${spec.theme === t}>${wb.messages.choiceLabels[`theme.${t}`] ?? t}</option>`)}
        </select>
      </label>
      <label><input type="checkbox" class="link" .checked=${spec.link === true} @change=${(e: Event) => (wb.spec = setLink(wb.spec, (e.target as HTMLInputElement).checked))} /> ${m.link}</label>
    </div>`;
}

/** A widget's size: its span on a flowing grid, its area on a stage. */
function renderPlace(wb: RbWorkbench, spec: DashboardSpec, w: SpecWidget, i: number): TemplateResult {
  const m = wb.messages.compose;
  const stage = spec.stage;
  if (!stage) {
    return numberInput(m.span, spanOf(spec, w), 1, spec.columns, (n) => (wb.spec = resizeWidget(wb.spec, i, n || 1)), 'span');
  }
  const area: Area = w.area ?? [1, 1, 1, 1];
  const set = (k: number) => (n: number) => {
    const next = [...area] as [number, number, number, number];
    next[k] = n || 1;
    wb.spec = setArea(wb.spec, i, next);
  };
  return html`<span class="area">
    ${numberInput(m.area.column, area[0], 1, spec.columns, set(0))}
    ${numberInput(m.area.row, area[1], 1, stage.rows, set(1))}
    ${numberInput(m.area.columns, area[2], 1, spec.columns, set(2))}
    ${numberInput(m.area.rows, area[3], 1, stage.rows, set(3))}
  </span>`;
}

export function renderCompose(wb: RbWorkbench): TemplateResult {
  const m = wb.messages;
  const spec = wb.spec;
  const n = spec.widgets.length;
  return html`<h3 tabindex="-1">${m.steps.compose}</h3>
    ${renderLayout(wb, spec)}
    ${n === 0
      ? html`<p>${m.compose.empty}</p>`
      : html`<ol class="composer">
          ${spec.widgets.map((w, i) => {
            const name = m.compose.item(i + 1, m.configure.types[w.type] ?? w.type);
            return html`<li>
              <span class="name">${name}</span>
              ${renderPlace(wb, spec, w, i)}
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
    <div class="actions">
      ${spec.stage && n ? html`<button type="button" class="arrange" @click=${() => (wb.spec = arrangeStage(wb.spec))}>${m.compose.arrange}</button>` : ''}
      <button type="button" @click=${() => wb.goTo('publish')}>${m.next}: ${m.steps.publish}</button>
    </div>
    ${n
      ? html`<section aria-labelledby="dashboard-preview-heading">
          <h4 id="dashboard-preview-heading">${m.compose.preview}</h4>
          <div part="preview" class="preview">${renderWidget(wb, 'dashboard', toDashboardConfig(spec))}</div>
        </section>`
      : ''}`;
}
