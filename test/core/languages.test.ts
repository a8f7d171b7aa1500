import { expect } from '@esm-bundle/chai';
import '../../src/widgets/growth-indicator/index.js';
import type { RbGrowthIndicator } from '../../src/widgets/growth-indicator/index.js';
import { RbError } from '../../src/core/errors.js';
import { formatCompact, formatPercent, formatPlain, formatQuantity } from '../../src/core/format.js';
import { messagesFor } from '../../src/core/i18n/index.js';
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
    expect(messagesFor(null)).to.equal(zhCN);
  });

  it('has every message in every language (the same keys as zh-CN)', () => {
    const reference = keyPaths(zhCN).filter((p) => !p.startsWith('.units.')).sort();
    for (const m of [zhHant, en]) expect(keyPaths(m).filter((p) => !p.startsWith('.units.')).sort(), m.lang).to.deep.equal(reference);
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
    expect(error.localizedMessage('zh-CN')).to.equal('缺少必填字段（另有 2 处问题）');
    expect(error.localizedMessage('zh-TW')).to.equal('缺少必填欄位（另有 2 處問題）');
    expect(error.localizedMessage('en')).to.equal('required field is missing (and 2 more)');
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
