/**
 * Elements of the manifest that are tools for editors, not widgets: each has its own entry, is
 * never part of the IIFE or a widget entry, and has no widget state stories (no data, no error
 * codes of its own). The editors' workbench (issue 15).
 */
export const TOOL_TAGS: readonly string[] = ['rb-workbench'];

export const isWidgetTag = (tag: string): boolean => !TOOL_TAGS.includes(tag);
