/**
 * What only the Node renderer says (the browser bundles never carry it): a PNG's missing glyphs
 * and PNG output without its optional package, in each language the library speaks, chosen as
 * the library chooses (`languageTag`: zh-TW → zh-Hant, en-GB → en; else zh-CN).
 */
import { languageTag } from '../core/i18n/registry.js';

export interface RenderMessages {
  /** Characters a PNG's font has no glyph for (drawn as empty boxes): the characters, then the text of the first. */
  readonly glyphsMissing: (chars: string, text: string) => string;
  /** PNG output asked where the optional package @resvg/resvg-js cannot be loaded: why not. */
  readonly pngUnavailable: (reason: string) => string;
  /**
   * A spec that is no dashboard (no `widgets`) and names no widget type: the types (listed), and
   * how to write it as a widget (`{ "type": "coverage-gauge", "config": { … } }`, the type its keys suggest).
   */
  readonly noType: (types: readonly string[], example: string) => string;
}

const MESSAGES: Readonly<Record<string, RenderMessages>> = {
  en: {
    glyphsMissing: (chars, text) => `the picture's font has no ${chars}, which the PNG draws as empty boxes (in "${text}"): write it with common characters, or write SVG (the viewer's fonts show it)`,
    pngUnavailable: (reason) => `PNG output needs the optional package @resvg/resvg-js, which cannot be loaded here (${reason}): run npm install @resvg/resvg-js, or write SVG`,
    noType: (types, example) => `the spec is no dashboard ("widgets": […]) and does not say which widget it is: give the type with --type (${types.join(', ')}), or write it as ${example}`,
  },
  'zh-CN': {
    glyphsMissing: (chars, text) => `图片所用字体中没有“${chars}”，PNG 中画成空框（在“${text}”中）：请改用常用字，或输出 SVG（由查看者的字体显示）`,
    pngUnavailable: (reason) => `输出 PNG 需要可选依赖 @resvg/resvg-js，但此处无法加载（${reason}）：请运行 npm install @resvg/resvg-js，或改为输出 SVG`,
    noType: (types, example) => `这个配置文件不是大屏配置（"widgets": […]），也没有写明是哪种组件：请用 --type 给出类型（${types.join('、')}），或写成 ${example}`,
  },
  'zh-Hant': {
    glyphsMissing: (chars, text) => `圖片所用字型中沒有「${chars}」，PNG 中畫成空框（在「${text}」中）：請改用常用字，或輸出 SVG（由檢視者的字型顯示）`,
    pngUnavailable: (reason) => `輸出 PNG 需要可選相依套件 @resvg/resvg-js，但此處無法載入（${reason}）：請執行 npm install @resvg/resvg-js，或改為輸出 SVG`,
    noType: (types, example) => `這個設定檔不是大屏設定（"widgets": […]），也沒有寫明是哪種元件：請用 --type 給出類型（${types.join('、')}），或寫成 ${example}`,
  },
};

/** The renderer's messages in a language (zh-CN for a language it does not speak, as the widgets do). */
export function renderMessages(lang: string | null | undefined): RenderMessages {
  return MESSAGES[languageTag(lang)] ?? MESSAGES['zh-CN']!;
}
