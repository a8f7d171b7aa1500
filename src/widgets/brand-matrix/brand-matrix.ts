import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import type { RenderContext } from '../../core/contract.js';
import { RbChartElement } from '../../core/chart-element.js';
import type { EChartsModules } from '../../core/chart.js';
import type { MessagesWith } from '../../core/i18n/registry.js';
import type { RegionBrandData } from '../../core/schema.js';
import { brandMatrixStyles } from './brand-matrix.styles.js';
import { choiceList, choiceListStyles } from '../../core/choice-list.js';
import {
  brandMatrixMessages,
  brandMatrixConfigSchema,
  buildModel,
  brandMatrixScope,
  type BrandCard,
  type BrandMatrixConfig,
  type BrandMatrixConfigInput,
  type BrandMatrixModel,
} from './brand-matrix.options.js';

/** The chart layouts' ECharts modules, imported the first time one is drawn (one loader for every element). */
const chartModules = () => import('./brand-matrix.echarts.js').then((m) => m.echartsModules);

/**
 * The administrative-region brand hierarchy: one county brand over its town brands (the
 * "1+8 matrix" of 开平优品), or a party-building brand over its alliances (平原红). Drawn as a
 * matrix of cards (default), or as an ECharts tree, treemap or sunburst.
 *
 * @summary Brand matrix: `<rb-brand-matrix src="data.json" config='{"layout":"grid"}'>`.
 * @tag rb-brand-matrix
 *
 * @attr src - URL of a region-brand-data document.
 * @attr data - Inline JSON document.
 * @attr config - JSON: `root` (brand id or ids; default every brand without parent), `layout` (`grid` | `tree` | `treemap` | `sunburst`), `metric` (key of `brands[].metrics`; default `sales`), plus `title`, `subtitle`, `lang`, `animation`, `showSource`, `toolbar`, `patterns` (decal patterns over the colours).
 * @attr lang - `zh-CN` (default) or `en`.
 * @attr theme - `light` (default), `dark`, `red`, `screen` (big screens) or `auto` (follows the system's light or dark setting).
 * @attr refresh - Seconds between re-fetches of `src`.
 *
 * @fires rb-load - Data loaded and rendered.
 * @fires rb-error - `detail: { code, message, path, stale }` (an unknown `root` lists the brand ids that exist).
 * @fires rb-warning - `detail: { message, path }`.
 * @fires rb-select - `detail: { kind: 'brand', id }` when a card or chart item is clicked, or a card (or, under a chart layout, a brand button) chosen with Enter/Space.
 *
 * @csspart matrix - The card matrix (grid layout).
 * @csspart card - One brand card.
 * @csspart name - The brand name button of a card (focusable; Enter/Space selects, arrow keys move).
 * @csspart toggle - The button that shows or hides the brands one level further down.
 * @csspart legend - The kinds of brand shown beside a chart.
 * @csspart brands - Under a chart layout, a button per brand (keyboard access to the chart's items), shown while one has focus.
 *
 * @cssprop --rb-matrix-card-width - Minimum width of a card (default 190px); columns fill the width.
 * @cssprop --rb-chart-height - Height of the tree, treemap and sunburst (default 420px here).
 */
export class RbBrandMatrix extends RbChartElement<BrandMatrixConfig, BrandMatrixModel, undefined, 'matrix'> {
  protected readonly strings = brandMatrixMessages;

  /** Widget configuration: JSON in the attribute, or an object through the property. */
  declare config: BrandMatrixConfigInput | undefined;

  static override styles = [...RbChartElement.styles, brandMatrixStyles, choiceListStyles];

  protected readonly configSchema = brandMatrixConfigSchema;
  /** The matrix shows every brand with its unit; clusters are read for the brands' references. */
  protected readonly scope = brandMatrixScope;
  /** @internal */
  readonly echartsModules: EChartsModules = chartModules;

  /** @internal Lit's reactive properties beside the base's (a static field, not a decorator: no Lit decorator code in the entry). */
  static override properties: PropertyDeclarations = { expanded: { state: true } };

  /** Ids of the cards whose children are shown. */
  private expanded: ReadonlySet<string> = new Set();

  protected buildModel(data: RegionBrandData, config: BrandMatrixConfig, ctx: RenderContext<'matrix'>): BrandMatrixModel {
    return buildModel(data, config, ctx);
  }

  /** Shows (or hides) the brands below a card. */
  toggleBrand(id: string, open = !this.expanded.has(id)): void {
    const next = new Set(this.expanded);
    if (open) next.add(id);
    else next.delete(id);
    this.expanded = next;
  }

  /** The grid layout: HTML cards. */
  protected override renderHtml(model: BrandMatrixModel): TemplateResult {
    const m = this.strings(this.effectiveLang);
    // The figures table (every brand) is rendered by the base element below the body.
    return html`<div part="matrix" class="forest" role="group" aria-label=${model.summary} @keydown=${this.onKeydown}>
        ${model.roots.map(
          (root, i) => html`<section class="tree" aria-label=${model.rootSummaries[i] ?? root.name}>
            ${this.renderCard(root, model, m)}
            ${root.children.length
              ? html`<ul class="level" role="list">${root.children.map((c) => this.renderNode(c, model, m))}</ul>`
              : nothing}
          </section>`,
        )}
      </div>`;
  }

  /**
   * Under a chart layout: the legend, and a button per brand (keyboard access to the chart's items,
   * `choice-list.ts`), out of sight until one of them has focus.
   */
  protected override renderExtra(model: BrandMatrixModel): TemplateResult {
    const cards = (list: readonly BrandCard[]): BrandCard[] => list.flatMap((c) => [c, ...cards(c.children)]);
    return html`<ul part="legend" class="legend" role="list">
        ${model.kinds.map((k) => html`<li><span class="badge ${k.kind}">${k.label}</span></li>`)}
      </ul>
      ${choiceList('brands', this.strings(this.effectiveLang).matrix.brands, cards(model.roots), (id) => this.emit('rb-select', { kind: 'brand', id }))}`;
  }

  private renderNode(card: BrandCard, model: BrandMatrixModel, m: MessagesWith<'matrix'>): TemplateResult {
    const open = this.expanded.has(card.id);
    return html`<li class="node ${open ? 'open' : ''}">
      ${this.renderCard(card, model, m)}
      ${card.children.length
        ? html`<button part="toggle" class="toggle" type="button" aria-expanded=${open ? 'true' : 'false'} data-id=${card.id} @click=${this.onToggle}>
            ${open ? model.collapseText : card.expandText}
          </button>`
        : nothing}
      ${open && card.children.length
        ? html`<ul class="level" role="list" aria-label=${card.name}>${card.children.map((c) => this.renderNode(c, model, m))}</ul>`
        : nothing}
    </li>`;
  }

  private renderCard(card: BrandCard, model: BrandMatrixModel, m: MessagesWith<'matrix'>): TemplateResult {
    const clusters = card.clusterNames.join(m.text.listSeparator);
    return html`<article part="card" class="card ${card.kind}${card.focused ? ' focused' : ''}${card.noData ? ' no-data' : ''}" data-id=${card.id} aria-current=${card.focused ? 'true' : 'false'} @click=${this.onCardClick}>
      <button part="name" class="name" type="button" title=${card.name}>${card.name}</button>
      <div class="meta">
        <span class="badge ${card.kind}">${card.kindLabel}</span>
        ${card.levelLabel ? html`<span class="lvl">${card.levelLabel}</span>` : nothing}
        ${card.unitName ? html`<span class="unit">${card.unitName}</span>` : nothing}
        ${card.launchedText ? html`<span class="launched">${card.launchedText}</span>` : nothing}
      </div>
      ${card.metricText
        ? html`<p class="figure">
            <strong>${card.metricText}</strong>
            <small>${model.metricLabel}${card.metricPeriod ? ` · ${card.metricPeriod}` : ''}</small>
          </p>`
        : nothing}
      ${card.products.length
        ? html`<ul class="chips" role="list" aria-label=${m.matrix.products}>
            ${card.products.map((p) => this.renderChip(p.name, p.certifications, m))}
          </ul>`
        : nothing}
      ${clusters ? html`<p class="clusters" title=${clusters}>${m.text.field(m.matrix.clusters, clusters)}</p>` : nothing}
    </article>`;
  }

  private renderChip(name: string, certifications: readonly string[], m: MessagesWith<'matrix'>): TemplateResult {
    if (!certifications.length) return html`<li class="chip" title=${name}>${name}</li>`;
    const certs = certifications.join(m.text.listSeparator);
    return html`<li class="chip" title=${`${name} · ${m.text.field(m.matrix.certifications, certs)}`}>
      ${name}<span class="cert" aria-hidden="true">${m.matrix.certified}</span><span class="visually-hidden">(${m.text.field(m.matrix.certifications, certs)})</span>
    </li>`;
  }

  private onCardClick(e: Event): void {
    const id = (e.currentTarget as HTMLElement).dataset['id'];
    if (id !== undefined) this.emit('rb-select', { kind: 'brand', id });
  }

  private onToggle(e: Event): void {
    const id = (e.currentTarget as HTMLElement).dataset['id'];
    if (id !== undefined) this.toggleBrand(id);
  }

  /** Arrow keys move between card names: left/right in reading order, up/down by rows. */
  private onKeydown(e: KeyboardEvent): void {
    const target = e.composedPath()[0];
    if (!(target instanceof HTMLElement) || !target.classList.contains('name')) return;
    const names = [...this.renderRoot.querySelectorAll<HTMLElement>('.name')];
    const next = nextCard(names, names.indexOf(target), e.key);
    if (next && next !== target) {
      e.preventDefault();
      next.focus();
    }
  }
}

/** The card name a key moves to from `index` (undefined: the key does not move). */
export function nextCard(names: readonly HTMLElement[], index: number, key: string): HTMLElement | undefined {
  if (index < 0) return undefined;
  switch (key) {
    case 'ArrowRight':
      return names[Math.min(index + 1, names.length - 1)];
    case 'ArrowLeft':
      return names[Math.max(index - 1, 0)];
    case 'Home':
      return names[0];
    case 'End':
      return names[names.length - 1];
    case 'ArrowDown':
    case 'ArrowUp':
      return verticalNeighbour(names, index, key === 'ArrowDown') ?? names[index];
    default:
      return undefined;
  }
}

/** The card in the next row up or down, closest horizontally. */
function verticalNeighbour(names: readonly HTMLElement[], index: number, down: boolean): HTMLElement | undefined {
  const from = names[index]!.getBoundingClientRect();
  const centre = from.left + from.width / 2;
  let best: HTMLElement | undefined;
  let bestRow = Infinity;
  let bestDx = Infinity;
  for (const el of names) {
    const r = el.getBoundingClientRect();
    const dy = down ? r.top - from.top : from.top - r.top;
    if (dy < 2) continue;
    const dx = Math.abs(r.left + r.width / 2 - centre);
    if (dy < bestRow - 2 || (Math.abs(dy - bestRow) <= 2 && dx < bestDx)) {
      best = el;
      bestRow = dy;
      bestDx = dx;
    }
  }
  return best;
}
