/**
 * The built-in themes besides light (`themes.ts`), loaded with the first widget that shows one:
 * {@link themesReady} says whether they are in (starting their loading once), {@link adoptThemes}
 * adds their stylesheet to a widget's shadow root. A widget is hidden while they load and builds
 * once they are in, so neither the page nor a chart's colours ever show the wrong theme.
 */
import { adoptStyles, type CSSResult, type LitElement } from 'lit';

let sheet: CSSResult | null = null;
let loading: Promise<unknown> | null = null;
/** The import failed (a deployment missing the chunk): the light tokens are shown. */
let unavailable = false;

/** Null when `theme` needs nothing more (light, or the themes are in or cannot be had); else the promise of their loading, which never rejects. */
export function themesReady(theme: string): Promise<unknown> | null {
  if (theme === 'light' || sheet || unavailable) return null;
  loading ??= import('./themes.js').then(
    (m) => void (sheet = m.otherThemeStyles),
    (e: unknown) => {
      unavailable = true;
      console.warn('region-brand-widgets: the themes could not be loaded; the light theme is shown', e);
    },
  );
  return loading;
}

const adopted = new WeakSet<ShadowRoot>();

/** Adds the themes' stylesheet, once it is in, to the shadow root of `element` (after its own styles; once per root). */
export function adoptThemes(element: LitElement): void {
  const root = element.renderRoot;
  if (!sheet || !(root instanceof ShadowRoot) || adopted.has(root)) return;
  adopted.add(root);
  adoptStyles(root, [...(element.constructor as typeof LitElement).elementStyles, sheet]);
}
