// The command line's own text in each language the library speaks: one object per language,
// chosen by the library's own `languageTag` (zh-TW → zh-Hant, en-GB → en, else zh-CN).
export const HELP = {
  en: {
    main: `Usage: region-brand-widgets <command> [options]

Commands:
  validate FILE…                    check documents (.json) and workbooks (.xlsx, folder of .csv)
  import BOOK.xlsx|FOLDER -o data.json   workbook → document
  export data.json -o book.xlsx|FOLDER   document → workbook (.xlsx, or one .csv per sheet in FOLDER)
  template [--sample] -o book.xlsx  the empty template (or the filled Kaiping sample)
  render SPEC.json --data data.json -o out.png|out.svg   a widget or dashboard as a picture

Options: --lang en|zh-CN|zh-Hant (messages; sheet headers in English for en, else in Chinese), --help (for each command)`,
    validate: `Usage: region-brand-widgets validate FILE… [--json] [--lang en]
Checks each file (.json document, .xlsx workbook, or a folder of .csv sheets) with the rules the
widgets apply. Prints every problem with its cell and JSON Pointer; --json prints them as JSON.
Exit code 1 when any file has an error (warnings alone exit 0).`,
    import: `Usage: region-brand-widgets import BOOK.xlsx|FOLDER_OF_CSV [-o data.json] [--lang en]
Converts a workbook into a region-brand-data document (to stdout without -o). A workbook with
errors writes nothing and exits 1.`,
    export: `Usage: region-brand-widgets export data.json -o book.xlsx|FOLDER [--lang en]
Converts a document into a workbook: an .xlsx file, or one .csv file per sheet in FOLDER.`,
    template: `Usage: region-brand-widgets template [--sample] -o book.xlsx [--lang en]
Writes the empty template workbook (instructions and allowed values included), or with --sample
the filled Kaiping sample.`,
    render: `Usage: region-brand-widgets render SPEC.json [--data data.json] -o out.png|out.svg
       [--type TYPE] [--width PX] [--height PX] [--scale N] [--page N] [--period 2024] [--lang en] [--theme dark]
Draws one widget or a whole rb-dashboard spec as an SVG or PNG, without a browser. SPEC.json is a
dashboard spec ({ "widgets": [...] }), a widget as a dashboard lists it ({ "type", "config" }), or
a widget's config with --type (coverage-gauge, growth-indicator, brand-matrix, cluster-map, ranking,
dashboard). --data defaults to the spec's "src". --scale sets PNG pixels per CSS pixel; a stage
is drawn whole at its design size (or scaled to --width/--height); --page picks a page (1 = first);
--period shows that period in every widget (as the page's period control does).
Bad input prints its code, JSON Pointer and message, exits 1 and writes no file.`,
  },
  'zh-CN': {
    main: `用法：region-brand-widgets <命令> [选项]

命令：
  validate 文件…                     检查数据文件（.json）和工作簿（.xlsx，或 .csv 文件夹）
  import 工作簿.xlsx|文件夹 -o data.json  工作簿 → 数据文件
  export data.json -o 工作簿.xlsx|文件夹  数据文件 → 工作簿（.xlsx，或在文件夹中每表一个 .csv）
  template [--sample] -o 工作簿.xlsx   空白填报模板（--sample 为开平示例）
  render 配置.json --data data.json -o 图.png|图.svg   把组件或大屏画成图片

选项：--lang zh-CN|zh-Hant|en（提示语言；en 时表头为英文，否则为中文），--help（每个命令都有）`,
    validate: `用法：region-brand-widgets validate 文件… [--json] [--lang en]
按组件使用的同一套规则检查每个文件（.json 数据、.xlsx 工作簿或 .csv 文件夹），列出每个问题所在的
单元格和 JSON 指针；--json 以 JSON 输出。有任何错误时退出码为 1（只有警告时为 0）。`,
    import: `用法：region-brand-widgets import 工作簿.xlsx|CSV文件夹 [-o data.json] [--lang en]
把工作簿转换为 region-brand-data 数据文件（未给 -o 时输出到标准输出）。有错误的工作簿不写出任何内容，退出码 1。`,
    export: `用法：region-brand-widgets export data.json -o 工作簿.xlsx|文件夹 [--lang en]
把数据文件转换为工作簿：.xlsx 文件，或在文件夹中每个工作表一个 .csv 文件。`,
    template: `用法：region-brand-widgets template [--sample] -o 工作簿.xlsx [--lang en]
写出空白填报模板（含说明和允许值），--sample 写出填好的开平示例。`,
    render: `用法：region-brand-widgets render 配置.json [--data data.json] -o 图.png|图.svg
       [--type 类型] [--width 像素] [--height 像素] [--scale 倍数] [--page 页] [--period 2024] [--lang en] [--theme dark]
不用浏览器，把一个组件或整个 rb-dashboard 大屏配置画成 SVG 或 PNG。配置.json 可以是大屏配置
（{ "widgets": [...] }）、大屏中的一个组件（{ "type", "config" }），或配合 --type 的组件配置
（coverage-gauge、growth-indicator、brand-matrix、cluster-map、ranking、dashboard）。未给 --data 时使用
配置中的 "src"。--scale 为 PNG 每 CSS 像素的像素数；大屏（stage）按设计尺寸完整绘制（或按 --width/--height
缩放）；--page 选择页（1 为第一页）；--period 让每个组件显示该期（与页面上的期间控件相同）。输入有误时列出错误代码、JSON 指针和说明，
退出码 1，不写出文件。`,
  },
  'zh-Hant': {
    main: `用法：region-brand-widgets <命令> [選項]

命令：
  validate 檔案…                     檢查資料檔案（.json）和活頁簿（.xlsx，或 .csv 資料夾）
  import 活頁簿.xlsx|資料夾 -o data.json  活頁簿 → 資料檔案
  export data.json -o 活頁簿.xlsx|資料夾  資料檔案 → 活頁簿（.xlsx，或在資料夾中每表一個 .csv）
  template [--sample] -o 活頁簿.xlsx   空白填報範本（--sample 為開平範例）
  render 設定.json --data data.json -o 圖.png|圖.svg   把元件或大屏畫成圖片

選項：--lang zh-Hant|zh-CN|en（提示語言；en 時表頭為英文，否則為簡體中文），--help（每個命令都有）`,
    validate: `用法：region-brand-widgets validate 檔案… [--json] [--lang en]
按元件使用的同一套規則檢查每個檔案（.json 資料、.xlsx 活頁簿或 .csv 資料夾），列出每個問題所在的
儲存格和 JSON 指標；--json 以 JSON 輸出。有任何錯誤時結束碼為 1（只有警告時為 0）。`,
    import: `用法：region-brand-widgets import 活頁簿.xlsx|CSV資料夾 [-o data.json] [--lang en]
把活頁簿轉換為 region-brand-data 資料檔案（未給 -o 時輸出到標準輸出）。有錯誤的活頁簿不寫出任何內容，結束碼 1。`,
    export: `用法：region-brand-widgets export data.json -o 活頁簿.xlsx|資料夾 [--lang en]
把資料檔案轉換為活頁簿：.xlsx 檔案，或在資料夾中每個工作表一個 .csv 檔案。`,
    template: `用法：region-brand-widgets template [--sample] -o 活頁簿.xlsx [--lang en]
寫出空白填報範本（含說明和允許值），--sample 寫出填好的開平範例。`,
    render: `用法：region-brand-widgets render 設定.json [--data data.json] -o 圖.png|圖.svg
       [--type 類型] [--width 像素] [--height 像素] [--scale 倍數] [--page 頁] [--period 2024] [--lang en] [--theme dark]
不用瀏覽器，把一個元件或整個 rb-dashboard 大屏設定畫成 SVG 或 PNG。設定.json 可以是大屏設定
（{ "widgets": [...] }）、大屏中的一個元件（{ "type", "config" }），或配合 --type 的元件設定
（coverage-gauge、growth-indicator、brand-matrix、cluster-map、ranking、dashboard）。未給 --data 時使用
設定中的 "src"。--scale 為 PNG 每 CSS 像素的像素數；大屏（stage）按設計尺寸完整繪製（或按 --width/--height
縮放）；--page 選擇頁（1 為第一頁）；--period 讓每個元件顯示該期（與頁面上的期間控制項相同）。輸入有誤時列出錯誤代碼、JSON 指標和說明，
結束碼 1，不寫出檔案。`,
  },
};

/** The command line's own sentences (the converter's and validator's come from the library). */
export const TEXT = {
  en: {
    error: 'error',
    warning: 'warning',
    list: ', ',
    needFile: 'validate: name at least one file',
    status: (errors, warnings) => (errors ? `${errors} error(s), ${warnings} warning(s)` : `valid${warnings ? `, ${warnings} warning(s)` : ''}`),
    needOut: (what) => `${what}: give the output file with -o`,
    oneBook: 'import: name one workbook (.xlsx or a folder of .csv)',
    oneDocument: 'export: name one .json document',
    cannotHold: 'the workbook cannot hold this; importing it back leaves it out',
    positiveNumber: (name, raw, most) => `--${name}: expected a number above 0 and at most ${most}, got “${raw}”`,
    unknownLang: (lang, langs) => `--lang: this library does not speak “${lang}” (${langs})`,
    unknownTheme: (theme, themes) => `--theme: unknown theme “${theme}” (${themes})`,
    notPeriod: (raw) => `--period: “${raw}” is not a period (such as 2024, 2024-H1, 2024-Q1, 2024-03, 2024-03-15)`,
    noSuchPage: (page, pages) => `--page ${page}: the spec has ${pages} page${pages === 1 ? '' : 's'}`,
    oneSpec: 'render: name one spec or config (.json)',
    unknownType: (type, types) => `--type: unknown type “${type}” (${types})`,
    needData: 'render: give the data document with --data',
    needValue: (option) => `${option} needs a value (for example ${option === '--lang' ? '--lang en' : '-o data.json'})`,
    isFolder: (file, example) => `cannot write ${file}: it is a folder; give a file name such as ${example}`,
    notFolder: (file) => `cannot write ${file}: part of the path is a file, not a folder`,
    cannotWrite: (file, code) => `cannot write ${file} (${code}): check that the place exists and can be written to`,
    unknownCommand: (command) => `unknown command “${command}” (see --help)`,
    unknownOption: (option, command) => `unknown option ${option} (see ${command} --help)`,
  },
  'zh-CN': {
    error: '错误',
    warning: '警告',
    list: '、',
    needFile: 'validate：请给出至少一个文件',
    status: (errors, warnings) => (errors ? `${errors} 个错误，${warnings} 个警告` : `通过${warnings ? `，${warnings} 个警告` : ''}`),
    needOut: (what) => `${what}：请用 -o 指定输出文件`,
    oneBook: 'import：请给出一个工作簿（.xlsx 或 .csv 文件夹）',
    oneDocument: 'export：请给出一个 .json 数据文件',
    cannotHold: '工作簿无法保存此项，导回时会缺失',
    positiveNumber: (name, raw, most) => `--${name}：应为大于 0、不超过 ${most} 的数，实际为“${raw}”`,
    unknownLang: (lang, langs) => `--lang：不支持的语言“${lang}”（${langs}）`,
    unknownTheme: (theme, themes) => `--theme：未知主题“${theme}”（${themes}）`,
    notPeriod: (raw) => `--period：“${raw}”不是期间（如 2024、2024-H1、2024-Q1、2024-03、2024-03-15）`,
    noSuchPage: (page, pages) => `--page ${page}：这份配置只有 ${pages} 页`,
    oneSpec: 'render：请给出一个配置文件（.json）',
    unknownType: (type, types) => `--type：未知类型“${type}”（${types}）`,
    needData: 'render：请用 --data 指定数据文件',
    needValue: (option) => `${option} 后面缺少值（如 ${option === '--lang' ? '--lang en' : '-o data.json'}）`,
    isFolder: (file, example) => `无法写入 ${file}：这是一个文件夹，请给出文件名，如 ${example}`,
    notFolder: (file) => `无法写入 ${file}：路径中有一段是文件而不是文件夹`,
    cannotWrite: (file, code) => `无法写入 ${file}（${code}）：请检查该位置是否存在、是否可写`,
    unknownCommand: (command) => `未知命令“${command}”（见 --help）`,
    unknownOption: (option, command) => `未知选项 ${option}（见 ${command} --help）`,
  },
  'zh-Hant': {
    error: '錯誤',
    warning: '警告',
    list: '、',
    needFile: 'validate：請給出至少一個檔案',
    status: (errors, warnings) => (errors ? `${errors} 個錯誤，${warnings} 個警告` : `通過${warnings ? `，${warnings} 個警告` : ''}`),
    needOut: (what) => `${what}：請用 -o 指定輸出檔案`,
    oneBook: 'import：請給出一個活頁簿（.xlsx 或 .csv 資料夾）',
    oneDocument: 'export：請給出一個 .json 資料檔案',
    cannotHold: '活頁簿無法保存此項，匯回時會缺失',
    positiveNumber: (name, raw, most) => `--${name}：應為大於 0、不超過 ${most} 的數，實際為「${raw}」`,
    unknownLang: (lang, langs) => `--lang：不支援的語言「${lang}」（${langs}）`,
    unknownTheme: (theme, themes) => `--theme：未知主題「${theme}」（${themes}）`,
    notPeriod: (raw) => `--period：「${raw}」不是期間（如 2024、2024-H1、2024-Q1、2024-03、2024-03-15）`,
    noSuchPage: (page, pages) => `--page ${page}：這份設定只有 ${pages} 頁`,
    oneSpec: 'render：請給出一個設定檔（.json）',
    unknownType: (type, types) => `--type：未知類型「${type}」（${types}）`,
    needData: 'render：請用 --data 指定資料檔案',
    needValue: (option) => `${option} 後面缺少值（如 ${option === '--lang' ? '--lang en' : '-o data.json'}）`,
    isFolder: (file, example) => `無法寫入 ${file}：這是一個資料夾，請給出檔名，如 ${example}`,
    notFolder: (file) => `無法寫入 ${file}：路徑中有一段是檔案而不是資料夾`,
    cannotWrite: (file, code) => `無法寫入 ${file}（${code}）：請檢查該位置是否存在、是否可寫入`,
    unknownCommand: (command) => `未知命令「${command}」（見 --help）`,
    unknownOption: (option, command) => `未知選項 ${option}（見 ${command} --help）`,
  },
};

/** The command line's sentences and help for a language tag the library chose (`languageTag`). */
export function cliText(tag) {
  const own = Object.hasOwn(TEXT, tag) ? tag : 'zh-CN';
  return { ...TEXT[own], help: HELP[own] };
}
