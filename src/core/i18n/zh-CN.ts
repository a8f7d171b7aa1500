/**
 * Simplified Chinese, the default language, whole. It is one language in several files, all in
 * `zh-CN/`: `shared.ts` (what every widget reads, built into every entry) and one file per widget
 * section of {@link Messages} (`growth.ts`, `gauge.ts`, `matrix.ts`, `ranking.ts`, `map.ts`,
 * `screen.ts`) and per part loaded on demand (`toolbar.ts`, `link.ts`), each provided as the module
 * that reads it is imported (`widgetMessages` in `registry.ts`), so that a widget's first load
 * carries its own strings only. What mistakes say is `problems.zh-CN.ts`. Translators: the
 * whole language is this object; en and zh-Hant are one file each.
 */
import type { Messages } from './messages.js';
import { gauge } from './zh-CN/gauge.js';
import { growth } from './zh-CN/growth.js';
import { link } from './zh-CN/link.js';
import { map } from './zh-CN/map.js';
import { matrix } from './zh-CN/matrix.js';
import { ranking } from './zh-CN/ranking.js';
import { screen } from './zh-CN/screen.js';
import { shared } from './zh-CN/shared.js';
import { toolbar } from './zh-CN/toolbar.js';

/** Simplified Chinese, the default language: every string of every widget. */
export const zhCN: Messages = { ...shared, gauge, growth, matrix, ranking, map, screen, toolbar, link };
