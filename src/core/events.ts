/**
 * The events every widget fires. All bubble and cross shadow roots (`composed`).
 */
import type { ErrorCode } from './i18n/registry.js';

/** `rb-error`: loading, validation or configuration failed. */
export interface RbErrorDetail {
  readonly code: ErrorCode;
  /** Localised in the widget's language. */
  readonly message: string;
  /** JSON Pointer into the document (or into `config` for `invalid-config`). */
  readonly path: string;
  /** True when the widget keeps showing its last good data (a failed refresh). */
  readonly stale: boolean;
  /** Every problem, localised, with its JSON Pointer (`message` says the first and counts the others). */
  readonly issues: readonly { readonly path: string; readonly message: string }[];
}

/** `rb-warning`: the data is usable but something deserves attention. */
export interface RbWarningDetail {
  readonly message: string;
  readonly path: string;
  /** Numbers that the message names, for programmatic use. */
  readonly values?: Readonly<Record<string, number>>;
}

/** `rb-select`: a brand, cluster, unit, enterprise or coverage entry was clicked or chosen by keyboard. */
export interface RbSelectDetail {
  readonly kind: 'brand' | 'cluster' | 'unit' | 'enterprise' | 'coverage' | 'indicator';
  /** The item's id; an enterprise without one is named by its JSON Pointer. */
  readonly id: string;
}

/** `rb-load`: data arrived and the widget rendered it. */
export interface RbLoadDetail {
  /** Where the document came from (`src` URL), or `inline`. */
  readonly source: string;
}

export interface RbEventMap {
  'rb-load': CustomEvent<RbLoadDetail>;
  'rb-error': CustomEvent<RbErrorDetail>;
  'rb-warning': CustomEvent<RbWarningDetail>;
  'rb-select': CustomEvent<RbSelectDetail>;
}

declare global {
  interface GlobalEventHandlersEventMap extends RbEventMap {}
}
