import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import type { RenderContext } from '../../core/contract.js';
import { RbElement } from '../../core/base-element.js';
import type { RegionBrandData } from '../../core/schema.js';
import {
  growthIndicatorMessages,
  growthIndicatorConfigSchema,
  buildModel,
  growthIndicatorScope,
  type GrowthFigure,
  type GrowthIndicatorConfig,
  type GrowthIndicatorConfigInput,
  type GrowthIndicatorModel,
  type Sparkline,
  type TargetProgress,
} from './growth-indicator.options.js';
import { growthIndicatorStyles } from './growth-indicator.styles.js';
import { CountUp } from './count-up.js';
import { formatQuantity } from '../../core/format.js';

/**
 * A KPI card for one growth indicator: its value scaled to 万/亿 (K/M/B), the period, growth
 * year-on-year (同比) and/or period-on-period (环比) with sign and arrow, an optional sparkline of
 * the series and progress to a target. Plain HTML and SVG: no chart library, light enough for
 * fifty cards on a page.
 *
 * Published figures without base values display fully (value only, growth only, or both). With a
 * series, growth is computed; where a reported growth differs from it by more than 0.1
 * percentage point, the reported one is shown and `rb-warning` names both.
 *
 * Colour: the arrow shows the direction; the colour shows improvement in the locale's convention
 * (`--rb-color-rise` for a rise, `--rb-color-fall` for a fall; zh-CN rise red, en rise green).
 * With `better: "lower"` in the data the two colours swap.
 *
 * @summary KPI card: `<rb-growth-indicator src="data.json" config='{"indicator":"industrial-output"}'>`.
 * @tag rb-growth-indicator
 *
 * @attr src - URL of a region-brand-data document.
 * @attr data - Inline JSON document.
 * @attr config - JSON: `indicator` (id), `period` (default latest), `compare` (`yoy` | `pop` | `both`), `sparkline` (boolean; default when the series has ≥ 2 points), `target` (boolean), `countUp` (boolean: the value counts up to its figure; off under reduced motion), plus `title`, `subtitle`, `lang`, `showSource`, `toolbar`.
 * @attr lang - `zh-CN` (default) or `en`.
 * @attr theme - `light` (default), `dark`, `red`, `screen` (big screens) or `auto` (follows the system's light or dark setting).
 * @attr refresh - Seconds between re-fetches of `src`.
 *
 * @fires rb-load - Data loaded and rendered.
 * @fires rb-error - `detail: { code, message, path, stale }`.
 * @fires rb-warning - `detail: { message, path, values }`; `values: { reported, computed }` when reported and computed growth disagree.
 * @fires rb-select - `detail: { kind: 'indicator', id }` on click, Enter or Space on the card.
 *
 * @csspart card - The card (role group, focusable).
 * @csspart name - The indicator name.
 * @csspart value - The scaled value with its unit.
 * @csspart period - The period label.
 * @csspart growth - The list of growth rates.
 * @csspart sparkline - The SVG sparkline.
 * @csspart target - Progress to the target (bar and percent).
 *
 * @cssprop --rb-color-rise - Colour of an improving rise (and of a falling figure when lower is better).
 * @cssprop --rb-color-fall - Colour of a worsening fall (and of a rising figure when lower is better).
 * @cssprop --rb-growth-sparkline-color - Sparkline stroke (default --rb-color-accent).
 */
export class RbGrowthIndicator extends RbElement<GrowthIndicatorConfig, GrowthIndicatorModel, undefined, 'growth'> {
  protected readonly strings = growthIndicatorMessages;

  /** Widget configuration: JSON in the attribute, or an object through the property. */
  declare config: GrowthIndicatorConfigInput | undefined;

  static override styles = [...RbElement.styles, growthIndicatorStyles];

  /** @internal The count-up of the value (`countUp: true`). */
  private readonly counter = new CountUp(this);

  protected readonly configSchema = growthIndicatorConfigSchema;
  /** The card validates the indicator it shows (and its scope), not the rest of the document. */
  protected readonly scope = growthIndicatorScope;

  protected buildModel(data: RegionBrandData, config: GrowthIndicatorConfig, ctx: RenderContext<'growth'>): GrowthIndicatorModel {
    return buildModel(data, config, ctx);
  }

  protected renderModel(model: GrowthIndicatorModel): TemplateResult {
    const growthOnly = model.valueText === null && model.growth.length > 0;
    return html`<div
      part="card"
      class="card ${growthOnly ? 'growth-only' : ''}"
      role="group"
      tabindex="0"
      aria-label=${model.summary}
      @click=${() => this.onClick(model)}
      @keydown=${(e: KeyboardEvent) => this.onKey(e, model)}
    >
      <div part="name" class="name">${model.name}</div>
      ${model.valueText !== null ? html`<div part="value" class="value">${this.renderValue(model.valueText)}</div>` : nothing}
      ${model.periodText ? html`<div part="period" class="period">${model.periodText}</div>` : nothing}
      ${model.growth.length ? html`<ul part="growth" class="growth">${model.growth.map(renderGrowth)}</ul>` : nothing}
      ${model.sparkline ? renderSparkline(model.sparkline) : nothing} ${model.target ? renderTarget(model.target) : nothing}
    </div>`;
  }

  /** The value; while counting up, the moving figure is hidden from assistive technology and the final one is there at once. */
  private renderValue(valueText: string): TemplateResult | string {
    const shown = this.counter.shown;
    if (shown === null) return valueText;
    return html`<span class="counting" aria-hidden="true">${shown}</span><span class="visually-hidden">${valueText}</span>`;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const model = this.model;
    const lang = this.effectiveLang;
    this.counter.sync(model?.value ?? null, (n) => formatQuantity(n, model?.unit, lang), model?.countUp === true);
  }

  private onClick(model: GrowthIndicatorModel): void {
    // Selecting the figures' text (to copy them) is not a choice of the card.
    if (document.getSelection()?.toString()) return;
    this.select(model);
  }

  private onKey(e: KeyboardEvent, model: GrowthIndicatorModel): void {
    if (e.key !== 'Enter' && e.key !== ' ') return;
    e.preventDefault();
    this.select(model);
  }

  private select(model: GrowthIndicatorModel): void {
    this.emit('rb-select', { kind: 'indicator', id: model.id });
  }
}

function renderGrowth(g: GrowthFigure): TemplateResult {
  return html`<li class="growth-item kind-${g.kind} tone-${g.tone} ${g.disagrees ? 'disagrees' : ''}" title=${g.note ?? nothing}>
    <span class="label">${g.label}</span><span class="arrow" aria-hidden="true">${g.arrow}</span><span class="rate">${g.text}</span>
  </li>`;
}

function renderSparkline(s: Sparkline): TemplateResult {
  return html`<svg
    part="sparkline"
    class="sparkline"
    viewBox="0 0 ${s.width} ${s.height}"
    width=${s.width}
    height=${s.height}
    role="img"
    aria-label=${s.label}
  >
    <path class="line" d=${s.path}></path>
    ${s.marker ? svg`<circle class="marker" cx=${s.marker.x} cy=${s.marker.y} r="2.5"></circle>` : nothing}
  </svg>`;
}

/** Widths are SVG attributes, not inline styles: `style-src 'self'` blocks style attributes. */
function renderTarget(t: TargetProgress): TemplateResult {
  return html`<div part="target" class="target">
    <svg
      class="target-bar"
      height="6"
      role="progressbar"
      aria-valuemin="0"
      aria-valuemax="100"
      aria-valuenow=${Math.round(t.fill * 100)}
      aria-label=${t.label}
    >
      <rect class="target-track" width="100%" height="6" rx="3"></rect>
      <rect class="target-fill ${t.met ? 'met' : ''}" width="${Math.round(t.fill * 1000) / 10}%" height="6" rx="3"></rect>
    </svg>
    <span class="target-text">${t.caption}</span><span class="target-percent">${t.percentText}</span>
  </div>`;
}
