/**
 * What every widget is before it has data: its language, theme and `config` property, the look
 * they give the host (theme tokens, rise/fall colours), its typed events, and the documentation
 * of the parts and tokens every widget shares. `RbElement` adds the data pipeline.
 */
import { LitElement, type PropertyDeclarations } from 'lit';
import { frameStyles } from './element-styles.js';
import { themeStyles } from './theme-styles.js';
import type { RbEventMap } from './events.js';
import { sharedMessagesFor } from './i18n/registry.js';
import type { ValidationIssue } from './errors.js';
import { jsonAttribute, objectValue } from './json-attribute.js';
import { THEMES } from './theme.js';
import { adoptThemes, themesReady } from './themes-on-demand.js';
import { mediaQuery } from './media-query.js';

/** True when the reader asked for reduced motion (animations off). */
export const prefersReducedMotion = (): boolean => mediaQuery('(prefers-reduced-motion: reduce)')?.matches === true;

/**
 * Shared base of all `rb-*` widgets: language, theme, config and events.
 *
 * @fires rb-load - Data arrived and the widget rendered it, once per load. `detail: { source }`.
 * @fires rb-error - Loading, validation or configuration failed. `detail: { code, message, path, stale }`.
 * @fires rb-warning - Usable data with something to check. `detail: { message, path, values }`.
 * @fires rb-select - An item was chosen. `detail: { kind, id }`.
 *
 * @csspart base - The widget's frame.
 * @csspart header - Title and subtitle.
 * @csspart body - The chart, card or error panel.
 * @csspart error - The error panel.
 * @csspart problems - Every problem of an error with its JSON Pointer (a disclosure in the error panel).
 * @csspart stale - The marker shown when a refresh failed and older data is shown.
 * @csspart source - The sources footer (`showSource`).
 * @csspart toolbar - Export buttons and the data-table toggle (`toolbar: true` in config).
 * @csspart table - The figures as a table (visually hidden unless toggled on).
 *
 * @cssprop --rb-color-text - Text colour.
 * @cssprop --rb-color-muted - Secondary text colour.
 * @cssprop --rb-color-background - Widget background.
 * @cssprop --rb-color-surface - Cards and panels.
 * @cssprop --rb-color-border - Borders.
 * @cssprop --rb-color-accent - Accent (party red by default).
 * @cssprop --rb-color-rise - Rising values (red in Chinese, green in English).
 * @cssprop --rb-color-fall - Falling values (green in Chinese, red in English).
 * @cssprop --rb-color-good - Good state (target met, full coverage).
 * @cssprop --rb-color-warn - Warning state.
 * @cssprop --rb-color-bad - Bad state and errors.
 * @cssprop --rb-color-track - Empty part of gauges and bars.
 * @cssprop --rb-color-series-1 - First series colour (up to --rb-color-series-8).
 * @cssprop --rb-font-family - Font stack.
 * @cssprop --rb-font-size - Base font size.
 * @cssprop --rb-radius - Corner radius.
 * @cssprop --rb-spacing - Inner spacing.
 * @cssprop --rb-chart-height - Height of chart areas.
 */
export abstract class RbThemedElement extends LitElement {
  static override styles = [themeStyles, frameStyles];

  /** @internal Lit's reactive properties (a static field: see `RbElement.properties`). */
  static override properties: PropertyDeclarations = {
    config: { converter: jsonAttribute },
    lang: { reflect: true },
    theme: { reflect: true },
    layoutEpoch: { state: true },
  };

  /** Widget configuration: JSON in the attribute, or an object through the property. */
  config?: unknown;

  /** Language (`zh-CN` default, `zh-Hant`, `en`); else inherited from the closest `lang` in the page. */
  override lang!: string;

  /**
   * Theme: `light` (default), `dark`, `red`, `screen` (dark big-screen look, larger type), or
   * `auto` (light or dark as the reader's `prefers-color-scheme`, switching live); `config.theme` wins.
   */
  theme?: string;

  /**
   * Bumped when what the drawing was built for changes outside the properties (the colour scheme
   * of `theme: "auto"`, the width of the box): the widget rebuilds its model.
   * @internal
   */
  protected layoutEpoch = 0;

  private readonly darkScheme = mediaQuery('(prefers-color-scheme: dark)');
  private readonly onScheme = (): void => {
    if (this.effectiveTheme !== 'auto') return;
    this.applyLook();
    this.layoutEpoch++;
  };

  override connectedCallback(): void {
    super.connectedCallback();
    this.darkScheme?.addEventListener('change', this.onScheme);
    // Back on the page: the scheme may have changed while it was off.
    if (this.hasUpdated) this.onScheme();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.darkScheme?.removeEventListener('change', this.onScheme);
  }

  /** The effective language: config, then `lang` here or on an ancestor, then zh-CN. */
  get effectiveLang(): string {
    const fromConfig = objectValue(this.config)?.['lang'];
    if (typeof fromConfig === 'string' && fromConfig) return fromConfig;
    if (this.lang) return this.lang;
    return this.parentElement?.closest('[lang]')?.getAttribute('lang') || 'zh-CN';
  }

  /** The effective theme: config, then the `theme` attribute, then `light` (`auto` as it is). */
  get effectiveTheme(): string {
    const fromConfig = objectValue(this.config)?.['theme'];
    return (typeof fromConfig === 'string' && fromConfig) || this.theme || 'light';
  }

  /** A theme name that is not a built-in theme (`drak`), as a warning at `/theme` (config) or the attribute's ``; else none. */
  protected themeIssues(): ValidationIssue[] {
    const name = this.effectiveTheme;
    if ((THEMES as readonly string[]).includes(name)) return [];
    return [{ path: objectValue(this.config)?.['theme'] === name ? '/theme' : '', key: 'unknownTheme', params: [name, THEMES] }];
  }

  /**
   * Theme and rise/fall colours follow the effective theme and language (`config` included).
   * Returns the loading of the theme's stylesheet when it is not in yet (the host stays hidden
   * until it is; build nothing before, since charts read the colours), else null.
   */
  protected applyLook(): Promise<unknown> | null {
    const effective = this.effectiveTheme;
    const theme = effective === 'auto' ? (this.darkScheme?.matches ? 'dark' : 'light') : effective;
    this.setAttribute('data-rb-theme', theme);
    this.setAttribute('data-rb-rise', sharedMessagesFor(this.effectiveLang).riseColour);
    const loading = themesReady(theme);
    this.toggleAttribute('data-rb-theme-loading', loading !== null);
    if (!loading) adoptThemes(this);
    return loading;
  }

  /**
   * CSS pixels of width the drawing gets: the host's width less the frame's padding
   * (`--rb-spacing` each side); undefined before the host is laid out.
   * @internal
   */
  protected drawingWidth(): number | undefined {
    const width = this.clientWidth;
    if (!width) return undefined;
    const spacing = parseFloat(getComputedStyle(this).getPropertyValue('--rb-spacing')) || 0;
    return Math.max(0, width - 2 * spacing);
  }

  /** Fires a typed, bubbling, composed event. */
  protected emit<K extends keyof RbEventMap>(name: K, detail: RbEventMap[K]['detail']): boolean {
    return this.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true, cancelable: false }));
  }

  /** Fires an event once the current render has finished. */
  protected emitLater<K extends keyof RbEventMap>(name: K, detail: RbEventMap[K]['detail']): void {
    void this.updateComplete.then(() => this.emit(name, detail));
  }
}
