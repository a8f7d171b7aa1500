// Types of scripts/readme-api-render.mjs (the README test imports it).
export declare const START: string;
export declare const END: string;
export declare function elementsOf(manifest: unknown): { tagName: string; [key: string]: unknown }[];
export declare function apiMarkdown(manifest: unknown): string;
export declare function extractApiBlock(readme: string): string | null;
export declare function replaceApiBlock(readme: string, block: string): string;
