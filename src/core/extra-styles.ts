/**
 * Stylesheets a widget adds to its shadow root after its own, as the code that needs them arrives
 * on demand (the other themes, the toolbar, the error panel): constructable stylesheets appended
 * to the root's own (a widget may have added sheets of its own: the ranking's bar lengths), so a
 * strict CSP (`style-src 'self'`) holds.
 */
import type { CSSResult, LitElement } from 'lit';

const added = new WeakMap<ShadowRoot, Set<CSSResult>>();

/** Adds `sheet` to the shadow root of `element`, after the sheets it has (once per root). */
export function adoptExtraStyles(element: LitElement, sheet: CSSResult): void {
  const root = element.renderRoot;
  const styleSheet = sheet.styleSheet;
  if (!(root instanceof ShadowRoot) || !styleSheet) return;
  const sheets = added.get(root) ?? new Set();
  if (sheets.has(sheet)) return;
  sheets.add(sheet);
  added.set(root, sheets);
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, styleSheet];
}
