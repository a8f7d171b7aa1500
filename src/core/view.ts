/**
 * What a widget shows, as one named value: nothing yet, a model (with the error behind its stale
 * marker when a refresh failed), or an error instead of the drawing. The element's `state`,
 * `stale`, `lastError` and `model` are read from it; failures change it in one place.
 */
import type { RegionBrandData } from './schema.js';
import type { WidgetModel, WidgetState } from './contract.js';
import type { DocumentStatus } from './document-controller.js';
import type { RbError } from './errors.js';

/** What is shown. */
export type View<M extends WidgetModel> =
  | { readonly kind: 'nothing' }
  | { readonly kind: 'model'; readonly model: M; readonly sources: RegionBrandData['sources']; readonly staleError: RbError | null }
  | { readonly kind: 'error'; readonly error: RbError };

export const NOTHING: View<never> = { kind: 'nothing' };

/** The widget's state: from what it shows, else from where its document is (a document at hand is still being built). */
export function viewState(view: View<WidgetModel>, documents: DocumentStatus): WidgetState {
  if (view.kind === 'model') return 'ready';
  if (view.kind === 'error') return 'error';
  return documents === 'ready' ? 'loading' : documents;
}

/** The error being shown, or the one behind the stale marker. */
export function viewError(view: View<WidgetModel>): RbError | null {
  if (view.kind === 'error') return view.error;
  return view.kind === 'model' ? view.staleError : null;
}

/** What a failure shows: on a refresh with a model shown, that model marked stale; else the error. */
export function failedView<M extends WidgetModel>(view: View<M>, error: RbError, refresh: boolean): View<M> {
  return refresh && view.kind === 'model' ? { ...view, staleError: error } : { kind: 'error', error };
}
