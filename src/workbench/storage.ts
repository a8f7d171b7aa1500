/**
 * Work in progress, kept in this browser's localStorage only (never sent anywhere): the document,
 * the configs per widget type, the dashboard spec and where the editor was.
 */
import type { RegionBrandData } from '../core/schema.js';
import type { DashboardSpec } from './dashboard-spec.js';

export interface Draft {
  readonly version: 1;
  readonly fileName: string;
  readonly doc: RegionBrandData | null;
  readonly step: string;
  readonly widgetType: string;
  readonly configs: Readonly<Record<string, Readonly<Record<string, unknown>>>>;
  readonly spec: DashboardSpec;
  readonly dataUrl: string;
  readonly scriptUrl: string;
}

export const DEFAULT_STORAGE_KEY = 'region-brand-widgets:workbench';

/**
 * The document is kept under a key of its own (`<key>:doc`) and written only when it is another
 * document: a draft is saved after every edit of a form, and turning a 10,000-enterprise document
 * (1.3 MB) into text each time froze the page for 0.2 s. The draft itself says `docKept`.
 */
const docKey = (key: string) => `${key}:doc`;

/** The document object last written (or read) under each key. */
const keptDocs = new Map<string, RegionBrandData | null>();

export function readDraft(key: string): Draft | null {
  try {
    const text = localStorage.getItem(key);
    if (!text) return null;
    const draft = JSON.parse(text) as Draft & { docKept?: boolean };
    if (!draft || draft.version !== 1) return null;
    // A draft saved before the document had its own key holds it inline.
    const kept = draft.docKept ? (JSON.parse(localStorage.getItem(docKey(key)) ?? 'null') as RegionBrandData | null) : draft.doc;
    const { docKept: _, ...rest } = draft;
    keptDocs.set(key, kept);
    return { ...rest, doc: kept };
  } catch {
    return null;
  }
}

/** Saves a draft; false when the storage refused it (full, or disabled). */
export function writeDraft(key: string, draft: Draft): boolean {
  try {
    if (!keptDocs.has(key) || keptDocs.get(key) !== draft.doc) {
      if (draft.doc) localStorage.setItem(docKey(key), JSON.stringify(draft.doc));
      else localStorage.removeItem(docKey(key));
      keptDocs.set(key, draft.doc);
    }
    localStorage.setItem(key, JSON.stringify({ ...draft, doc: null, docKept: draft.doc !== null }));
    return true;
  } catch {
    keptDocs.delete(key);
    return false;
  }
}

export function clearDraft(key: string): void {
  keptDocs.delete(key);
  try {
    localStorage.removeItem(key);
    localStorage.removeItem(docKey(key));
  } catch {
    // storage disabled: nothing kept
  }
}
