// Types of scripts/tool-tags.mjs (the build tests import it).
export declare const TOOL_TAGS: readonly string[];
export declare const CONTROL_TAGS: readonly string[];
export declare function isWidgetTag(tag: string): boolean;
