import { LitElement, css, html, nothing, unsafeCSS, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { clockFor } from '../../core/page-clock.js';
import type { Timer } from '../../core/clock.js';
import { languageReady } from '../../core/i18n/registry.js';
import { linkGroup, linkMessages, type LinkGroup } from '../../core/link-group.js';
import { comparePeriods, periodLabel } from '../../core/periods.js';
import { themeStyles } from '../../core/theme-styles.js';
import { OTHER_THEMES_CSS } from '../../core/themes.js';
import { nextPeriod } from './period.options.js';

let controls = 0;

/** The `data` attribute: JSON text read as a document; text that is not JSON is no document (never an exception in the page). */
const documentAttribute = {
  fromAttribute(value: string | null): unknown {
    try {
      return value === null ? undefined : JSON.parse(value);
    } catch {
      return undefined;
    }
  },
};

/**
 * The period control of a link group: a native, labelled select listing the periods the group's
 * documents hold (sorted as periods: 2022 < 2022-H1 < 2022-Q1 …), with “latest” (each item's own
 * latest figure) first, and a play/pause button that steps through the periods. Every widget with
 * the same `group` shows the chosen period. Hidden while the documents hold one period or none.
 *
 * @summary `<rb-period group="county"></rb-period>` beside widgets with `group="county"`.
 * @tag rb-period
 *
 * @attr group - The link group it controls (the `group` of the widgets).
 * @attr data - A data document (JSON) whose periods it lists beside those of the group's widgets;
 *   without `group`, it is a control of its own (read `period`).
 * @attr interval - Seconds per step while playing (default 2).
 * @attr lang - `zh-CN` (default), `zh-Hant` or `en`.
 * @attr theme - `light` (default), `dark`, `red`, `screen`, `auto` or another registered theme.
 *
 * @csspart control - The label and select.
 * @csspart select - The native select of periods.
 * @csspart play - The play/pause button.
 */
export class RbPeriod extends LitElement {
  static override styles = [
    themeStyles,
    unsafeCSS(OTHER_THEMES_CSS),
    css`
      :host {
        display: block;
      }
      :host([data-rb-empty]) {
        display: none;
      }
      .period {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 0.5em;
        color: var(--rb-color-text);
        font-family: var(--rb-font-family);
        font-size: var(--rb-font-size);
      }
      select,
      button {
        font: inherit;
        color: inherit;
        background: var(--rb-color-surface);
        border: 1px solid var(--rb-color-border);
        border-radius: calc(var(--rb-radius) / 2);
        padding: 0.25em 0.6em;
      }
      button[aria-pressed='true'] {
        border-color: var(--rb-color-accent);
      }
      select:focus-visible,
      button:focus-visible {
        outline: 2px solid var(--rb-color-accent);
        outline-offset: 2px;
      }
    `,
  ];

  /** @internal Lit's reactive properties (a static field, not decorators: no Lit decorator code in the entry). */
  static override properties: PropertyDeclarations = {
    group: { reflect: true }, lang: { reflect: true }, theme: { reflect: true }, interval: { type: Number }, playing: { attribute: false }, data: { converter: documentAttribute },
  };

  /** The link group it controls. */
  group?: string;

  /**
   * A document whose periods the control lists, beside those of the group's widgets (an object, or
   * JSON text as the attribute). Without `group`, the control has a group of its own: it shows
   * once the document holds more than one period, and `period` says the one chosen.
   */
  data?: unknown;

  /** The group of a control without `group` (given only `data`). */
  private readonly ownGroup = `rb-period-${++controls}`;

  /** Language (`zh-CN` default, `zh-Hant`, `en`); else inherited from the closest `lang` in the page. */
  declare lang: string;

  /** Theme: `light` (default), `dark`, `red`, `screen`, `auto` or another registered theme. */
  theme?: string;

  /** The effective language: `lang` here or on an ancestor, else zh-CN. */
  get effectiveLang(): string {
    return this.lang || this.parentElement?.closest('[lang]')?.getAttribute('lang') || 'zh-CN';
  }

  /** Seconds per step while playing. */
  interval = 2;

  /** True while stepping through the periods. */
  playing = false;

  private linked: LinkGroup | null = null;
  private unsubscribe: (() => void) | null = null;
  private timer: Timer | undefined;

  /** The periods the group's documents hold, sorted as periods. */
  get periods(): string[] {
    return this.linked?.periods ?? [];
  }

  /** The period shown (undefined: each item's latest). */
  get period(): string | undefined {
    return this.linked?.state.period;
  }

  set period(value: string | undefined) {
    this.linked?.setPeriod(value || undefined);
  }

  /** Starts stepping through the periods (from the first after the one shown). */
  play(): void {
    if (this.periods.length < 2 || !this.linked) return;
    // From the last period, playback starts again at the first.
    if (nextPeriod(this.periods, this.period) === undefined) {
      this.linked.lang = this.effectiveLang;
      this.linked.setPeriod(this.periods[0]);
    }
    this.playing = true;
    this.schedule();
  }

  /** Stops stepping. */
  pause(): void {
    this.playing = false;
    this.timer?.cancel();
    this.timer = undefined;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.pause();
    this.leave();
  }

  protected override willUpdate(_changed: PropertyValues<this>): void {
    this.setAttribute('data-rb-theme', this.theme || 'light');
    // A language that loads on demand: draw again once it is there.
    void languageReady(this.effectiveLang)?.then(() => this.requestUpdate());
    const name = this.group || (this.data !== undefined && this.data !== null ? this.ownGroup : undefined);
    if (this.linked?.name !== name) {
      this.leave();
      if (name) {
        this.linked = linkGroup(name);
        this.unsubscribe = this.linked.subscribe(() => this.requestUpdate());
      }
    }
    this.linked?.setDocument(this, this.data);
    this.toggleAttribute('data-rb-empty', this.periods.length <= 1);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.requestUpdate();
  }

  private leave(): void {
    this.linked?.setDocument(this, null);
    this.unsubscribe?.();
    this.unsubscribe = null;
    this.linked = null;
  }

  /**
   * One step after `interval` seconds, on the clock of the dashboard it sits in (else the page's);
   * the last period ends the playback. Under reduced motion the widgets draw each step without a
   * transition.
   */
  private schedule(): void {
    this.timer?.cancel();
    const seconds = Number.isFinite(this.interval) && this.interval > 0 ? this.interval : 2;
    this.timer = clockFor(this).after(seconds * 1000, () => this.step());
  }

  private step(): void {
    if (!this.playing || !this.linked) return;
    const next = nextPeriod(this.periods, this.period);
    if (next === undefined) return this.pause();
    this.linked.lang = this.effectiveLang;
    this.linked.setPeriod(next);
    if (nextPeriod(this.periods, next) === undefined) this.pause();
    else this.schedule();
  }

  private readonly onChange = (e: Event): void => {
    this.pause();
    if (!this.linked) return;
    this.linked.lang = this.effectiveLang;
    this.linked.setPeriod((e.target as HTMLSelectElement).value || undefined);
  };

  private readonly onPlay = (): void => {
    if (this.playing) this.pause();
    else this.play();
  };

  protected override render(): TemplateResult | typeof nothing {
    const periods = this.periods;
    if (periods.length <= 1) return nothing;
    const lang = this.effectiveLang;
    const m = linkMessages(lang).link;
    const current = this.period ?? '';
    // A period the documents do not hold (a spec's `period`, a shared link's) is still the one every
    // widget shows ("no data for P"): listed, so the control says it instead of "latest".
    const listed = current && !periods.includes(current) ? [...periods, current].sort(comparePeriods) : periods;
    return html`<div class="period" part="control">
      <label for="period">${m.period}</label>
      <select id="period" part="select" @change=${this.onChange} .value=${current}>
        <option value="" ?selected=${current === ''}>${m.latest}</option>
        ${listed.map((p) => html`<option value=${p} ?selected=${p === current}>${periodLabel(p, lang)}</option>`)}
      </select>
      <button type="button" part="play" aria-pressed=${this.playing ? 'true' : 'false'} @click=${this.onPlay}>
        ${this.playing ? m.pause : m.play}
      </button>
    </div>`;
  }
}
