/**
 * The sources footer's text (`showSource`), one line in the element and in a picture:
 * `来源：开平市统计局 · 2025年6月30日；江门日报` / `Source: …`, punctuated by the language.
 */
import type { SharedMessages } from './i18n/registry.js';
import { periodLabel } from './periods.js';
import type { RegionBrandData } from './schema.js';

export function sourceLine(sources: NonNullable<RegionBrandData['sources']>, lang: string, m: SharedMessages): string {
  const list = sources
    .map((s) => `${s.title}${s.publisher ? ` · ${s.publisher}` : ''}${s.date ? ` · ${periodLabel(s.date, lang)}` : ''}`)
    .join(m.text.groupSeparator);
  return m.text.field(m.ui.source, list);
}
