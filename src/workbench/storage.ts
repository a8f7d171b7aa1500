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

export function readDraft(key: string): Draft | null {
  try {
    const text = localStorage.getItem(key);
    if (!text) return null;
    const draft = JSON.parse(text) as Draft;
    return draft && draft.version === 1 ? draft : null;
  } catch {
    return null;
  }
}

/** Saves a draft; false when the storage refused it (full, or disabled). */
export function writeDraft(key: string, draft: Draft): boolean {
  try {
    localStorage.setItem(key, JSON.stringify(draft));
    return true;
  } catch {
    return false;
  }
}

export function clearDraft(key: string): void {
  try {
    localStorage.removeItem(key);
  } catch {
    // storage disabled: nothing kept
  }
}
