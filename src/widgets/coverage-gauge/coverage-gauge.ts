import { html, css, nothing, svg, type TemplateResult } from 'lit';
import { GaugeChart } from 'echarts/charts';
import type { RenderContext } from '../../core/contract.js';
import { RbChartElement } from '../../core/chart-element.js';
import type { RegionBrandData } from '../../core/schema.js';
import {
  coverageGaugeMessages,
  coverageGaugeConfigSchema,
  buildModel,
  coverageGaugeScope,
  type BreakdownRow,
  type CoverageGaugeConfig,
  type CoverageGaugeConfigInput,
  type CoverageGaugeModel,
} from './coverage-gauge.options.js';
import { BreakdownLimit } from './breakdown-limit.js';
import { visibleRows } from './breakdown-fit.js';

/**
 * Party-organisation and programme coverage (covered of total, or a published ratio) as a gauge,
 * a ring or a plain HTML bar, coloured by thresholds, with a full-coverage badge and optional
 * per-unit bars.
 *
 * @summary Coverage as a gauge: `<rb-coverage-gauge src="data.json" config='{"coverage":"villages"}'>`.
 * @tag rb-coverage-gauge
 *
 * @attr src - URL of a region-brand-data document.
 * @attr data - Inline JSON document.
 * @attr config - JSON: `coverage` (id), `style` (`gauge` | `ring` | `bar`), `thresholds` (e.g. `[0.6, 0.9]`), `breakdown` (per-unit bars), plus `title`, `subtitle`, `lang`, `animation`, `showSource`, `toolbar`, `patterns` (decal patterns over the colours).
 * @attr lang - `zh-CN` (default) or `en`.
 * @attr theme - `light` (default), `dark`, `red`, `screen` (big screens) or `auto` (follows the system's light or dark setting).
 * @attr refresh - Seconds between re-fetches of `src`.
 *
 * @fires rb-load - Data loaded and rendered.
 * @fires rb-error - `detail: { code, message, path, stale }`.
 * @fires rb-warning - `detail: { message, path }`.
 * @fires rb-select - `detail: { kind: 'coverage', id }` when the gauge is clicked; `{ kind: 'unit', id }` on click or Enter on a breakdown row.
 *
 * @csspart figures - The percentage and counts written as text under the chart.
 * @csspart badge - The full-coverage badge (全覆盖 / Full coverage).
 * @csspart bar - The HTML bar of style `bar` (role meter).
 * @csspart breakdown - The per-unit list.
 * @csspart unit - One per-unit row (a button).
 * @csspart more - `另有 N 个单位` / `N more units` after the rows a cell of fixed height shows.
 *
 * @cssprop --rb-color-good - Ratio at or above the last threshold, and the badge.
 * @cssprop --rb-color-warn - Ratio between thresholds.
 * @cssprop --rb-color-bad - Ratio below the first threshold.
 * @cssprop --rb-color-track - Empty part of gauges and bars.
 * @cssprop --rb-color-series-2 - A ratio not judged (`thresholds: []`: a share, not a target).
 */
export class RbCoverageGauge extends RbChartElement<CoverageGaugeConfig, CoverageGaugeModel, undefined, 'gauge'> {
  protected readonly strings = coverageGaugeMessages;

  /** Widget configuration: JSON in the attribute, or an object through the property. */
  declare config: CoverageGaugeConfigInput | undefined;

  static override styles = [
    ...RbChartElement.styles,
    css`
      .figures {
        margin: 0;
        text-align: center;
        color: var(--rb-color-muted);
        font-size: 0.9em;
        word-break: keep-all;
      }
      .badge {
        display: inline-block;
        margin-inline-start: 0.5em;
        padding: 0.05em 0.6em;
        border-radius: 999px;
        background: var(--rb-color-good);
        color: var(--rb-color-background);
        font-size: max(12px, 0.85em);
        font-weight: 600;
        vertical-align: middle;
      }
      .bar-block {
        display: flex;
        flex-direction: column;
        gap: 0.4em;
      }
      .bar-block .big {
        font-size: 1.9em;
        font-weight: 700;
        font-variant-numeric: tabular-nums;
        color: var(--rb-color-text);
      }
      .bar-block .figures {
        text-align: start;
      }
      .bar,
      .unit-bar {
        display: block;
        width: 100%;
      }
      .track {
        fill: var(--rb-color-track);
      }
      .tone-good {
        fill: var(--rb-color-good);
      }
      .tone-warn {
        fill: var(--rb-color-warn);
      }
      .tone-bad {
        fill: var(--rb-color-bad);
      }
      .tone-neutral {
        fill: var(--rb-color-series-2);
      }
      .breakdown {
        margin-top: 0.6em;
      }
      /* A cell of fixed height (a big-screen stage, a dashboard row): the widget fills it, the
         drawing gives up room to the breakdown, and the breakdown shows the rows that fit, then
         "N more units" (breakdown-limit.ts): nobody scrolls a big screen. On a flowing page
         nothing limits the height and all of it shows, as before. */
      .base {
        box-sizing: border-box;
        height: 100%;
      }
      .body:has(> .breakdown) {
        display: flex;
        flex-direction: column;
        flex: 1 1 auto;
        min-height: 0;
      }
      .body:has(> .breakdown) > .breakdown {
        min-height: 0;
      }
      .breakdown {
        position: relative;
      }
      .more {
        margin: 0.15em 0 0;
        padding-inline: 0.2em;
        color: var(--rb-color-muted);
        font-size: 0.85em;
      }
      /* The "N more units" line measured, unseen, while every row is shown (breakdown-limit.ts). */
      .more-probe {
        position: absolute;
        top: 0;
        inset-inline: 0;
        visibility: hidden;
      }
      @container (max-width: 559.98px) {
        .body:has(> .frame + .figures + .breakdown) .chart {
          height: min(var(--rb-chart-height), max(120px, 45cqh));
        }
      }
      /* A wide gauge or ring (a big-screen cell, a wide column): the figures and the breakdown
         beside the drawing, so a cell of fixed height shows them all instead of cutting the list off. */
      @container (min-width: 560px) {
        .body:has(> .frame + .figures + .breakdown) {
          display: grid;
          grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
          column-gap: calc(2 * var(--rb-spacing));
        }
        .body:has(> .frame + .figures + .breakdown) > .frame {
          grid-row: 1 / span 2;
        }
        .body:has(> .frame + .figures + .breakdown) > .figures {
          grid-column: 2;
          align-self: end;
          text-align: start;
        }
        .body:has(> .frame + .figures + .breakdown) > .breakdown {
          grid-column: 2;
          align-self: start;
        }
      }
      .breakdown h3 {
        margin: 0 0 0.3em;
        font-size: 0.95em;
        font-weight: 600;
      }
      .breakdown ul {
        list-style: none;
        margin: 0;
        padding: 0;
        display: flex;
        flex-direction: column;
        gap: 0.15em;
      }
      .unit.focused {
        outline: 2px solid var(--rb-color-accent);
        background: var(--rb-color-surface);
      }
      .unit {
        display: grid;
        grid-template-columns: minmax(0, 1fr) auto;
        gap: 0.15em 0.6em;
        width: 100%;
        padding: 0.3em 0.2em;
        border: 0;
        border-radius: calc(var(--rb-radius) / 2);
        background: none;
        color: inherit;
        font: inherit;
        font-size: 0.9em;
        text-align: start;
        cursor: pointer;
        /* A touch target of at least 24 CSS px (WCAG 2.5.8). */
        min-height: 24px;
      }
      .unit:hover {
        background: var(--rb-color-surface);
      }
      .unit:focus-visible {
        outline: 2px solid var(--rb-color-accent);
        outline-offset: 1px;
      }
      .unit-name {
        overflow-wrap: anywhere;
      }
      .unit-figures {
        color: var(--rb-color-muted);
        font-variant-numeric: tabular-nums;
      }
      .unit-bar {
        grid-column: 1 / -1;
      }
    `,
  ];

  /** How many breakdown rows a cell of fixed height shows. */
  private readonly limit = new BreakdownLimit(this, () => this.model);

  protected readonly configSchema = coverageGaugeConfigSchema;
  /** The gauge validates the coverage entry it shows (and its units), not the rest of the document. */
  protected readonly scope = coverageGaugeScope;
  /** @internal */
  readonly echartsModules = [GaugeChart];

  protected buildModel(data: RegionBrandData, config: CoverageGaugeConfig, ctx: RenderContext<'gauge'>): CoverageGaugeModel {
    return buildModel(data, config, ctx);
  }

  /** Style `bar` is an HTML model: no ECharts instance and no canvas. */
  protected override renderHtml(model: CoverageGaugeModel): TemplateResult {
    return html`${this.renderBar(model)} ${this.renderBreakdown(model)}`;
  }

  protected override renderExtra(model: CoverageGaugeModel): TemplateResult {
    return html`${this.renderFigures(model)} ${this.renderBreakdown(model)}`;
  }

  private renderFigures(model: CoverageGaugeModel): TemplateResult {
    return html`<p part="figures" class="figures">
      <span class="percent">${model.percentText}</span>${model.countText
        ? html` · <span class="counts">${model.countText}</span>`
        : ''}${model.fullText ? html`<span part="badge" class="badge">${model.fullText}</span>` : nothing}
    </p>`;
  }

  private renderBar(model: CoverageGaugeModel): TemplateResult {
    const percent = Math.round(model.figures.ratio * 1000) / 10;
    return html`<div class="bar-block">
      <span class="big" aria-hidden="true">${model.percentText}</span>
      <svg
        part="bar"
        class="bar"
        height="14"
        role="meter"
        aria-valuemin="0"
        aria-valuemax="100"
        aria-valuenow=${percent}
        aria-valuetext=${model.percentText}
        aria-label=${model.summary}
      >
        ${barRects(percent, model.tone, 14)}
      </svg>
      ${this.renderFigures(model)}
    </div>`;
  }

  /**
   * The per-unit rows. In a cell of fixed height, the rows that fit (the selected unit among them)
   * and then `另有 N 个单位` (the data table keeps every unit); all of them while they are
   * measured, with the line unseen.
   */
  private renderBreakdown(model: CoverageGaugeModel): TemplateResult | typeof nothing {
    const shown = this.limit.shown;
    if (!model.breakdown?.length || (shown !== null && shown < 0)) return nothing;
    const rows = visibleRows(model.breakdown, shown);
    const hidden = model.breakdown.length - rows.length;
    return html`<section part="breakdown" class="breakdown" aria-label=${model.breakdownTitle}>
      <h3>${model.breakdownTitle}</h3>
      <ul>
        ${rows.map((r) => html`<li>${this.renderUnit(r)}</li>`)}
      </ul>
      ${hidden
        ? html`<p part="more" class="more">${model.moreUnits(hidden)}</p>`
        : shown === null
          ? html`<p class="more more-probe" aria-hidden="true">${model.moreUnits(model.breakdown.length)}</p>`
          : nothing}
    </section>`;
  }

  private renderUnit(r: BreakdownRow): TemplateResult {
    return html`<button
      type="button"
      part="unit"
      class=${r.focused ? 'unit focused' : 'unit'}
      aria-pressed=${r.focused ? 'true' : 'false'}
      data-unit=${r.unit}
      @click=${() => this.emit('rb-select', { kind: 'unit', id: r.unit })}
    >
      <span class="unit-name">${r.name}</span><span class="unit-figures">${r.countText} · ${r.percentText}</span>
      <svg class="unit-bar" height="6" aria-hidden="true">${barRects(Math.round(r.ratio * 1000) / 10, r.tone, 6)}</svg>
    </button>`;
  }
}

// A breakdown in a cell of fixed height is measured as drawn, then drawn again with the rows that
// fit (breakdown-limit.ts): that second update can only follow the first, so Lit's development-mode
// warning about it says nothing a page can act on. (Production builds have no warnings.)
RbCoverageGauge.disableWarning?.('change-in-update');

/**
 * Track and fill of a bar as SVG rects. Widths are SVG attributes (`width="29.8%"`), not inline
 * styles: a `style` attribute (which Lit's styleMap writes on first render) is blocked by a
 * `style-src 'self'` Content-Security-Policy.
 */
function barRects(percent: number, tone: string, height: number): TemplateResult {
  const clamped = Math.min(100, Math.max(0, percent));
  return svg`<rect class="track" width="100%" height=${height} rx=${height / 2}></rect><rect
      class="fill tone-${tone}" width="${clamped}%" height=${height} rx=${height / 2}></rect>`;
}
