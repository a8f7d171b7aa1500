import { expect } from '@esm-bundle/chai';
import '../../src/widgets/growth-indicator/index.js';
import type { RbGrowthIndicator } from '../../src/widgets/growth-indicator/index.js';
import { RbError, describeIssue } from '../../src/core/errors.js';
import { problemsZhHant } from '../../src/core/i18n/problems.zh-Hant.js';
import { validateDocument } from '../../src/core/validate.js';
import { formatCompact, formatPercent, formatPlain, formatQuantity } from '../../src/core/format.js';
import { messagesFor } from '../../src/core/i18n/index.js';
import { loadLanguage, registerLanguage } from '../../src/core/i18n/language.js';
import { registerMessages, sharedMessagesFor, widgetMessages } from '../../src/core/i18n/registry.js';
import { growth } from '../../src/core/i18n/zh-CN/growth.js';
import { shared } from '../../src/core/i18n/zh-CN/shared.js';
import type { RenderContext } from '../../src/core/contract.js';
import { growthIndicatorMessages } from '../../src/widgets/growth-indicator/growth-indicator.options.js';
import { rankingMessages } from '../../src/widgets/ranking/ranking.options.js';
import { en } from '../../src/core/i18n/en.js';
import { zhCN } from '../../src/core/i18n/zh-CN.js';
import { zhHant } from '../../src/core/i18n/zh-Hant.js';
import { periodLabel } from '../../src/core/periods.js';
import { cleanup, nextEvent, shadow } from '../support/helpers.js';

/** The key paths of a messages object (functions and option objects are leaves). */
function keyPaths(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => (prefix.endsWith('periods') || prefix.endsWith('units') ? [`${prefix}.${k}`] : keyPaths(v, `${prefix}.${k}`)));
}

describe('languages', () => {
  afterEach(cleanup);

  it('chooses Traditional Chinese for Taiwan, Hong Kong, Macao and the Hant script, else zh-CN or en', () => {
    const choice: Record<string, string> = {
      'zh-TW': 'zh-Hant',
      'zh-HK': 'zh-Hant',
      'zh-MO': 'zh-Hant',
      'zh-Hant': 'zh-Hant',
      'zh-hant-tw': 'zh-Hant',
      'zh-Hant-HK': 'zh-Hant',
      zh: 'zh-CN',
      'zh-CN': 'zh-CN',
      'zh-SG': 'zh-CN',
      'zh-Hans': 'zh-CN',
      'zh-Hans-HK': 'zh-CN',
      en: 'en',
      'en-GB': 'en',
      'en-Latn-US': 'en',
      fr: 'zh-CN',
      '': 'zh-CN',
      'not a tag!': 'zh-CN',
    };
    const chosen = Object.fromEntries(Object.keys(choice).map((tag) => [tag, messagesFor(tag).lang]));
    expect(chosen).to.deep.equal(choice);
    // The built-in zh-CN, whole here: `index.ts` provides every widget's section.
    expect(messagesFor(null)).to.deep.equal(zhCN);
  });

  it('has every message in every language (the same keys as zh-CN)', () => {
    // Unit words are each language's own (`unitsOne` only where a language says 1 otherwise).
    const own = (p: string) => !/^\.units(One)?(\.|$)/.test(p);
    const reference = keyPaths(zhCN).filter(own).sort();
    for (const m of [zhHant, en]) expect(keyPaths(m).filter(own).sort(), m.lang).to.deep.equal(reference);
  });

  it("zh-CN is one language in files by widget: the shared strings and each widget's section make it whole", () => {
    const { gauge, growth: g, matrix, ranking, map, screen, toolbar, link, ...rest } = zhCN;
    expect(rest).to.deep.equal(shared);
    expect(g).to.equal(growth);
    for (const section of [gauge, matrix, ranking, map, screen, toolbar, link]) expect(section).to.be.an('object');
  });

  it("a widget reads its own section in every language, through the messages its module provides", () => {
    for (const lang of ['zh-CN', 'zh-TW', 'en', 'fr', null]) {
      expect(growthIndicatorMessages(lang).growth, String(lang)).to.equal(messagesFor(lang).growth);
      expect(growthIndicatorMessages(lang).growth.trend('x'), String(lang)).to.be.a('string');
      for (const section of ['ranking', 'matrix', 'map'] as const) expect(rankingMessages(lang)[section], `${lang} ${section}`).to.be.an('object');
    }
    // The types name only the shared strings and the widget's own sections.
    // @ts-expect-error: the KPI card's messages have no matrix section
    expect(growthIndicatorMessages('zh-CN').matrix).to.exist;
    // @ts-expect-error: nor does a builder's context of the card's
    ((ctx: RenderContext<'growth'>) => ctx.messages.gauge)({ messages: growthIndicatorMessages('zh-CN') } as RenderContext<'growth'>);
    // @ts-expect-error: the shared strings have no widget section
    expect(sharedMessagesFor('zh-CN').growth).to.exist;
    // @ts-expect-error: a widget's messages come from its own zh-CN section, not another's
    widgetMessages<'growth'>({ gauge: zhCN.gauge });
  });

  it('a zh-CN the page registers wins over the built-in one, sections included', () => {
    const own = { ...zhCN, growth: { ...zhCN.growth, trend: (points: string) => `趋势 ${points}` } };
    registerLanguage(own);
    try {
      expect(growthIndicatorMessages('zh-CN').growth.trend('1')).to.equal('趋势 1');
      expect(messagesFor('zh')).to.equal(own);
      // A widget module imported afterwards leaves the page's zh-CN as it is.
      widgetMessages({ growth: { ...growth, noGrowth: '×' } });
      expect(growthIndicatorMessages('zh-CN').growth).to.equal(own.growth);
    } finally {
      registerMessages(zhCN);
    }
  });

  it('writes numbers in 萬/億 with Intl in zh-Hant, for every tag that chooses it', () => {
    for (const tag of ['zh-Hant', 'zh-TW', 'zh-HK', 'zh-MO']) {
      expect(formatCompact(3066000000, tag), tag).to.equal('30.66億');
      expect(formatCompact(11310000, tag), tag).to.equal('1131萬');
      expect(formatQuantity(3783000000, '元', tag), tag).to.equal('37.83億元');
      expect(formatQuantity(424, '个', tag), tag).to.equal('424個');
      expect(formatQuantity(6791, '件', tag), tag).to.equal('6791件');
    }
    expect(formatPlain(11310000, 'zh-HK')).to.equal('11,310,000');
    expect(formatPercent(0.3561, 'zh-TW')).to.equal('35.61%');
    expect(formatPercent(0.241, 'zh-HK', { signed: true })).to.equal('+24.1%');
    // Simplified Chinese is unchanged.
    expect(formatCompact(11310000, 'zh-SG')).to.equal('1131万');
  });

  it('labels periods in each language', () => {
    expect(periodLabel('2022-Q1', 'zh-TW')).to.equal('2022年第一季');
    expect(periodLabel('2022-Q4', 'zh-HK')).to.equal('2022年第四季');
    expect(periodLabel('2025-H2', 'zh-Hant')).to.equal('2025年下半年');
    expect(periodLabel('2022-03', 'zh-TW')).to.equal('2022年3月');
    expect(periodLabel('2023-03-28', 'zh-TW')).to.equal('2023年3月28日');
    expect(periodLabel('2022', 'zh-MO')).to.equal('2022年');
    expect(periodLabel('2022-Q1', 'zh-CN')).to.equal('2022年一季度');
    expect(periodLabel('2023-03-28', 'en')).to.equal('Mar 28, 2023');
    expect(periodLabel('2022-Q5', 'zh-TW')).to.equal('2022-Q5');
  });

  it('counts further problems in the language of the message', () => {
    const error = new RbError('invalid-data', [
      { path: '/brands/0/name', key: 'required', params: [] },
      { path: '/brands/1/name', key: 'required', params: [] },
      { path: '/brands/2/name', key: 'required', params: [] },
    ]);
    expect(error.localizedMessage('zh-CN')).to.equal('缺少必填字段“name”：请写上 "name": …（另有 2 处问题）');
    expect(error.localizedMessage('zh-TW')).to.equal('缺少必填欄位「name」：請寫上 "name": …（另有 2 處問題）');
    expect(error.localizedMessage('en')).to.equal('required field “name” is missing: write "name": … (and 2 more)');
  });

  it('names the place of a mistake in traditional characters: 「期間」, not the simplified 期间', async () => {
    await loadLanguage('zh-TW');
    const r = validateDocument({
      format: 'region-brand-data', version: 1, region: { id: 'r', name: '某縣', level: 'county' }, asOf: '2025-06-30',
      indicators: [{ id: 'tax', name: '稅收收入', unit: '元', series: [{ period: '2022-Q1', value: 1 }, { period: '2022-Q1', value: 2 }] }],
    });
    if (r.ok) throw new Error('a repeated period is an error');
    const text = describeIssue(r.error.issues[0]!, 'zh-TW');
    expect(text).to.contain('「期間」（period）').and.not.contain('期间');
    // Every word that places a mistake: none of the common simplified-only characters.
    const words = [...Object.values(problemsZhHant.where.fields), ...Object.values(problemsZhHant.where.things)].join('');
    expect(words).to.not.match(/[间数据个为单级类县镇产业组织党标题处链编称启动态览总围坐纬经历资]/);
  });

  it('renders a widget with lang="zh-TW" in traditional characters', async () => {
    const el = document.createElement('rb-growth-indicator') as RbGrowthIndicator;
    el.setAttribute('lang', 'zh-TW');
    el.setAttribute('src', '/demo/data/taiping.json');
    el.setAttribute('config', '{"indicator":"above-scale-output"}');
    const load = nextEvent(el, 'rb-load');
    document.body.append(el);
    await load;
    await el.updateComplete;
    const root = shadow(el);
    expect(root.querySelector('[part=value]')!.textContent).to.equal('30.66億元');
    expect(root.querySelector('[part=period]')!.textContent).to.equal('2022年第一季');
    expect(root.querySelector('.growth-item')!.textContent).to.contain('年增率').and.contain('+24.1%');
    expect(getComputedStyle(root.querySelector('.growth-item')!).color).to.equal('rgb(212, 56, 13)');
  });

  it('writes the sources footer with the punctuation of each language', async () => {
    const doc = await (await fetch('/demo/data/kaiping.json')).json();
    const first = doc.sources[0];
    for (const [lang, label] of [['zh-CN', '来源：'], ['zh-TW', '資料來源：'], ['en', 'Source: ']] as const) {
      const el = document.createElement('rb-growth-indicator') as RbGrowthIndicator;
      el.setAttribute('lang', lang);
      el.config = { showSource: true };
      const load = nextEvent(el, 'rb-load');
      el.data = doc;
      document.body.append(el);
      await load;
      await el.updateComplete;
      const text = shadow(el).querySelector('[part=source]')!.textContent!.trim();
      expect(text.startsWith(`${label}${first.title}`), `${lang}: ${text}`).to.equal(true);
      el.remove();
    }
  });

  it('inherits zh-HK from the page and shows its errors in traditional characters', async () => {
    const host = document.createElement('div');
    host.lang = 'zh-HK';
    document.body.append(host);
    try {
      const el = document.createElement('rb-growth-indicator') as RbGrowthIndicator;
      el.data = { format: 'region-brand-data', version: 1, region: { id: 'r', name: '某縣', level: 'county' }, asOf: '2025-06-30', indicators: [] };
      el.config = { indicator: 'missing' };
      const failed = nextEvent(el, 'rb-error');
      host.append(el);
      await failed;
      await el.updateComplete;
      const text = shadow(el).textContent ?? '';
      expect(text).to.contain('資料');
      expect(text).to.not.match(/数据|加载/);
    } finally {
      host.remove();
    }
  });
});
