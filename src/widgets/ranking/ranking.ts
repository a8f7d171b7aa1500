import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import type { RenderContext } from '../../core/contract.js';
import { RbElement } from '../../core/base-element.js';
import { objectValue } from '../../core/json-attribute.js';
import type { RegionBrandData } from '../../core/schema.js';
import { prefersReducedMotion } from '../../core/themed-element.js';
import {
  rankingMessages,
  rankingConfigSchema,
  rankingScope,
  buildModel,
  type RankingConfig,
  type RankingConfigInput,
  type RankingModel,
  type RankingRow,
} from './ranking.options.js';
import { StepScroller } from './ranking.scroll.js';
import { rankingStyles } from './ranking.styles.js';

/**
 * A ranked list (排行榜) of units, clusters, brands or enterprises by a metric (a key of their
 * `metrics`, or a count the library derives such as enterprises per town), the first `top` of
 * them with bars. Plain HTML (no canvas): crisp on any screen. When the rows are more than its
 * box shows, `scroll` moves them up one row per step, pausing while the pointer or keyboard focus
 * is inside, and not at all under `prefers-reduced-motion`. Inside `rb-dashboard` the steps run on
 * the dashboard's clock.
 *
 * @summary Ranking: `<rb-ranking src="data.json" config='{"of":"brands","metric":"sales","top":8}'>`.
 * @tag rb-ranking
 *
 * @attr src - URL of a region-brand-data document.
 * @attr data - Inline JSON document.
 * @attr config - JSON: `of` (`units` | `clusters` | `brands` | `enterprises`), `level` (brands or units of this level or these levels only: `town`, `["town", "street"]`), `metric` (a key of their `metrics`, or a derived count: `enterprises`, `partyOrganizations`, `aboveScale`, `clusters`, `brands`, `units`), `top` (rows, default 10), `scroll` (seconds per step), plus `title`, `subtitle`, `lang`, `theme`, `animation`, `showSource`, `toolbar`.
 * @attr lang - `zh-CN` (default), `zh-Hant` or `en`.
 * @attr theme - `light` (default), `dark`, `red`, `screen` (big screens) or `auto` (follows the system's light or dark setting).
 * @attr refresh - Seconds between re-fetches of `src`.
 *
 * @fires rb-load - Data loaded and rendered.
 * @fires rb-error - `detail: { code, message, path, stale }`; a metric no item has is an `invalid-config` error at `/metric` listing the metrics that exist; `level` with clusters or enterprises, or a level no item has, is one at `/level`.
 * @fires rb-warning - `detail: { message, path }`.
 * @fires rb-select - `detail: { kind, id }` (`unit`, `cluster`, `brand` or `enterprise`; an enterprise without an id is named by its JSON Pointer) on click, Enter or Space on a row.
 *
 * @csspart list - The ordered list of rows (the box that scrolls).
 * @csspart row - One row (a list item).
 * @csspart item - The button of a row: rank, name, value and bar.
 * @csspart rank - The rank badge (the first three are filled).
 * @csspart value - The figure of a row.
 * @csspart bar - The track of a row's bar.
 * @csspart note - The note of items left out for want of a figure.
 *
 * @cssprop --rb-ranking-bar-color - Bar colour (default `--rb-color-accent`, which also fills the badges of the first three; the empty part is `--rb-color-track`).
 * @cssprop --rb-ranking-max-height - Height of the list box outside a sized container (default none: every row shows).
 */
export class RbRanking extends RbElement<RankingConfig, RankingModel, undefined, 'ranking' | 'matrix' | 'map'> {
  protected readonly strings = rankingMessages;

  /** Widget configuration: JSON in the attribute, or an object through the property. */
  declare config: RankingConfigInput | undefined;

  static override styles = [...RbElement.styles, rankingStyles];

  protected readonly configSchema = rankingConfigSchema;
  /** The ranking reads the lists it ranks and those their counts come from; problems in the ranked list are errors. */
  protected readonly scope = rankingScope;

  /** @internal The scrolling board. */
  private readonly scroller = new StepScroller(this);
  /** @internal Bar lengths as CSS custom properties (a constructed sheet: no `style` attributes). */
  private readonly bars: CSSStyleSheet | null = typeof CSSStyleSheet === 'function' && 'replaceSync' in CSSStyleSheet.prototype ? new CSSStyleSheet() : null;

  /** Index of the first row the scrolling board shows (0: the top). */
  get position(): number {
    return this.scroller.position;
  }

  /** True while the board steps (`scroll` set, more rows than the box shows, motion allowed). */
  get scrolling(): boolean {
    return this.scroller.running;
  }

  protected buildModel(data: RegionBrandData, config: RankingConfig, ctx: RenderContext<'ranking' | 'matrix' | 'map'>): RankingModel {
    return buildModel(data, config, ctx);
  }

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const root = super.createRenderRoot();
    if (this.bars && root instanceof ShadowRoot) root.adoptedStyleSheets = [...root.adoptedStyleSheets, this.bars];
    return root;
  }

  protected renderModel(model: RankingModel): TemplateResult {
    return html`<ol part="list" class="list ${this.animated ? '' : 'still'}" aria-label=${model.summary}>
        ${model.rows.map((r, i) => this.renderRow(r, i, model.rankWord))}
      </ol>
      ${model.note ? html`<p part="note" class="missing">${model.note}</p>` : nothing}`;
  }

  private renderRow(r: RankingRow, i: number, rankWord: string): TemplateResult {
    return html`<li part="row" class="row ${r.rank <= 3 ? 'top' : ''} ${r.focused ? 'focused' : ''}" data-index=${i}>
      <button
        type="button"
        part="item"
        class="item"
        aria-current=${r.focused ? 'true' : 'false'}
        data-kind=${r.kind}
        data-id=${r.id}
        @click=${() => this.emit('rb-select', { kind: r.kind, id: r.id })}
      >
        <span part="rank" class="rank"><span class="visually-hidden">${rankWord} </span>${r.rank}</span>
        <span class="name">${r.name}${r.note ? html`<small>${r.note}</small>` : nothing}</span>
        <span part="value" class="value">${r.valueText}</span>
        <span part="bar" class="bar" aria-hidden="true"><span class="fill"></span></span>
      </button>
    </li>`;
  }

  /** False under `animation: false` or `prefers-reduced-motion`. */
  private get animated(): boolean {
    return objectValue(this.config)?.['animation'] !== false && !prefersReducedMotion();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const model = this.model;
    // Numbers only (shares of the leader): nothing from the data reaches the style sheet.
    this.bars?.replaceSync(
      (model?.rows ?? []).map((r, i) => `.row[data-index="${i}"]{--rb-ranking-share:${r.share.toFixed(4)}}`).join('\n'),
    );
    const list = this.renderRoot.querySelector<HTMLElement>('.list');
    this.scroller.sync(list, model?.scroll ?? null, this.animated);
  }
}
