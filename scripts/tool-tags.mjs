// Elements of the manifest that are tools for editors, not widgets (issue 15): each has its own
// entry, is never part of the IIFE or a widget entry, shares none of the widgets' API and has no
// widget state stories. The README's API block and the build tests read this list.
export const TOOL_TAGS = ['rb-workbench'];

// Controls that drive widgets but show no data of their own (issue 18): part of the IIFE, without
// the widgets' data API or state stories.
export const CONTROL_TAGS = ['rb-period'];

export const isWidgetTag = (tag) => !TOOL_TAGS.includes(tag) && !CONTROL_TAGS.includes(tag);
