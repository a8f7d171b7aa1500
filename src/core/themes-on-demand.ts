/**
 * The built-in themes besides light (`themes.ts`), loaded with the first widget that shows one:
 * {@link themesReady} says whether they are in (starting their loading once), {@link adoptThemes}
 * adds their stylesheet to a widget's shadow root. A widget is hidden while they load and builds
 * once they are in, so neither the page nor a chart's colours ever show the wrong theme; if they
 * cannot be loaded, the light tokens are shown.
 */
import { unsafeCSS, type CSSResult, type LitElement } from 'lit';
import { adoptExtraStyles } from './extra-styles.js';
import { OnDemand } from './on-demand.js';

const themes = new OnDemand(
  () => import('./themes.js').then((m): CSSResult => unsafeCSS(m.OTHER_THEMES_CSS)),
  'the themes (the light theme is shown)',
);

/** Null when `theme` needs nothing more (light, or the themes are in or cannot be had); else the promise of their loading, which never rejects. */
export function themesReady(theme: string): Promise<unknown> | null {
  return theme === 'light' ? null : themes.ready();
}

/** Adds the themes' stylesheet, once it is in, to the shadow root of `element` (after its own styles). */
export function adoptThemes(element: LitElement): void {
  if (themes.module) adoptExtraStyles(element, themes.module);
}
