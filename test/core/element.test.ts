// Shared element behaviour (loading, errors, refresh, events, chart lifecycle), exercised through
// rb-coverage-gauge, the smallest widget.
import { expect } from '@esm-bundle/chai';
import '../../src/widgets/coverage-gauge/index.js';
import type { RbCoverageGauge } from '../../src/widgets/coverage-gauge/index.js';
import { clearDocumentCache } from '../../src/core/data-source.js';
import type { RbErrorDetail } from '../../src/core/events.js';
import { cleanup, create, hits, mount, nextEvent, recordEvents, sample, serve, settle, shadow, uniqueKey, until } from '../support/helpers.js';
import type { RegionBrandDataInput } from '../../src/core/schema.js';
import { THEMES } from '../../src/core/theme.js';
import { themeNames } from '../../src/render/theme-colors.js';

const errorPanel = (el: Element) => shadow(el).querySelector('[part=error]');

async function gaugeWithError(props: Record<string, unknown>): Promise<{ el: RbCoverageGauge; detail: RbErrorDetail }> {
  const el = document.createElement('rb-coverage-gauge') as RbCoverageGauge;
  const error = nextEvent<RbErrorDetail>(el, 'rb-error');
  Object.assign(el, props);
  document.body.append(el);
  (cleanupList as HTMLElement[]).push(el);
  return { el, detail: (await error).detail };
}
const cleanupList: HTMLElement[] = [];

describe('widget core', () => {
  afterEach(() => {
    cleanup();
    while (cleanupList.length) cleanupList.pop()!.remove();
    clearDocumentCache();
  });

  describe('loading', () => {
    it('fetches a URL once per page however many widgets name it', async () => {
      const key = uniqueKey();
      const url = await serve(key, { body: await sample('pingyuan'), delayMs: 50 });
      const a = mount<RbCoverageGauge>(`<rb-coverage-gauge src="${url}"></rb-coverage-gauge>`);
      const b = mount<RbCoverageGauge>(`<rb-coverage-gauge src="${url}" config='{"coverage":"key-villages"}'></rb-coverage-gauge>`);
      await Promise.all([nextEvent(a, 'rb-load'), nextEvent(b, 'rb-load')]);
      const c = mount<RbCoverageGauge>(`<rb-coverage-gauge src="${url}"></rb-coverage-gauge>`);
      await nextEvent(c, 'rb-load');
      expect(await hits(key)).to.equal(1);
      expect(shadow(b).textContent).to.contain('197');
    });

    it('reads inline JSON from the data attribute', async () => {
      const doc = JSON.stringify(await sample('pingyuan')).replace(/'/g, '&#39;');
      const el = mount(`<rb-coverage-gauge data='${doc}' config='{"coverage":"fund-participation"}'></rb-coverage-gauge>`);
      await nextEvent(el, 'rb-load');
      expect(shadow(el).textContent).to.contain('74.85%');
    });

    it('reads an object from the data property', async () => {
      const el = create<RbCoverageGauge>('rb-coverage-gauge', { data: await sample('pingyuan') });
      await nextEvent(el, 'rb-load');
      expect(shadow(el).textContent).to.contain('424 / 424');
    });

    it('reports a 404 as fetch-failed', async () => {
      const { el, detail } = await gaugeWithError({ src: '/no/such/document.json' });
      expect(detail.code).to.equal('fetch-failed');
      expect(detail.message).to.contain('404');
      await settle(el);
      expect(errorPanel(el)!.textContent).to.contain('fetch-failed');
    });

    it('reports a 500 as fetch-failed', async () => {
      const url = await serve(uniqueKey(), { status: 500, body: 'oops' });
      const { detail } = await gaugeWithError({ src: url });
      expect(detail.code).to.equal('fetch-failed');
      expect(detail.message).to.contain('500');
    });

    it('reports a document that is not JSON as invalid-json', async () => {
      const { detail } = await gaugeWithError({ src: '/test/fixtures/broken.json' });
      expect(detail.code).to.equal('invalid-json');
    });

    it('gives up on a server that never answers', async () => {
      const url = await serve(uniqueKey(), { body: {}, delayMs: -1 });
      const { el, detail } = await gaugeWithError({ src: url, timeout: 0.3 });
      expect(detail.code).to.equal('fetch-failed');
      await settle(el);
      expect(errorPanel(el)!.textContent).to.match(/0\.3/);
    });

    it('aborts its request when it leaves the page', async () => {
      const key = uniqueKey();
      const url = await serve(key, { body: await sample('pingyuan'), delayMs: 400 });
      const el = mount(`<rb-coverage-gauge src="${url}"></rb-coverage-gauge>`);
      const events = recordEvents(el, 'rb-load', 'rb-error');
      await new Promise((r) => setTimeout(r, 50));
      el.remove();
      await new Promise((r) => setTimeout(r, 600));
      expect(events).to.have.length(0);
      // Returning to the page loads again.
      document.body.append(el);
      cleanupList.push(el);
      await nextEvent(el, 'rb-load');
    });
  });

  describe('errors', () => {
    it('shows the JSON path at fault in zh-CN by default and fires rb-error', async () => {
      const doc = await sample('kaiping');
      doc['coverage'][0]['by'] = 62;
      const { el, detail } = await gaugeWithError({ data: doc });
      expect(detail).to.include({ code: 'invalid-data', path: '/coverage/0/by', stale: false });
      await settle(el);
      const panel = errorPanel(el)!;
      expect(panel.getAttribute('role')).to.equal('alert');
      expect(panel.textContent).to.contain('/coverage/0/by').and.contain('数据不符合格式要求');
    });

    it('is not broken by a mistake in a part of the document it does not show', async () => {
      const doc = await sample('kaiping');
      doc['brands'][3]['parent'] = 'nowhere';
      const el = create<RbCoverageGauge>('rb-coverage-gauge', { data: doc });
      const errors = recordEvents(el, 'rb-error');
      await nextEvent(el, 'rb-load');
      expect(el.state).to.equal('ready');
      expect(errors).to.deep.equal([]);
    });

    it('localises the error panel in English', async () => {
      const doc = await sample('kaiping');
      doc['version'] = 3;
      const { el, detail } = await gaugeWithError({ data: doc, lang: 'en' });
      expect(detail.code).to.equal('unsupported-version');
      await settle(el);
      expect(errorPanel(el)!.textContent).to.contain('Unsupported data format version').and.contain('/version');
    });

    it('reports bad config JSON and unknown options as invalid-config', async () => {
      const el = mount(`<rb-coverage-gauge src="/demo/data/pingyuan.json" config='{"coverage": villages}'></rb-coverage-gauge>`);
      expect((await nextEvent<RbErrorDetail>(el, 'rb-error')).detail.code).to.equal('invalid-config');
      const typo = mount(`<rb-coverage-gauge src="/demo/data/pingyuan.json" config='{"stlye":"ring"}'></rb-coverage-gauge>`);
      const d = (await nextEvent<RbErrorDetail>(typo, 'rb-error')).detail;
      expect(d).to.include({ code: 'invalid-config', path: '/stlye' });
    });

    it('refuses a config that is a JSON list, text or a number, saying it needs an object (not "unknown option 0", and an empty list is not the default config)', async () => {
      for (const config of ['[]', '["villages"]', '"ring"', '42']) {
        const el = mount(`<rb-coverage-gauge src="/demo/data/pingyuan.json" lang="en" config='${config}'></rb-coverage-gauge>`);
        const d = (await nextEvent<RbErrorDetail>(el, 'rb-error')).detail;
        expect(d, config).to.include({ code: 'invalid-config', path: '' });
        expect(d.message, config).to.contain('expected an object').and.not.contain('Unknown option');
      }
    });

    it('names the ids that exist when the config names a missing one', async () => {
      const { detail } = await gaugeWithError({ src: '/demo/data/pingyuan.json', config: { coverage: 'towns' } });
      expect(detail).to.include({ code: 'invalid-config', path: '/coverage' });
      expect(detail.message).to.contain('villages').and.contain('key-villages').and.contain('fund-participation');
    });

    it('keeps working beside a broken widget and recovers when given good data', async () => {
      const good = mount(`<rb-coverage-gauge src="/demo/data/pingyuan.json"></rb-coverage-gauge>`);
      const { el: bad } = await gaugeWithError({ data: { format: 'region-brand-data', version: 1 } });
      await nextEvent(good, 'rb-load');
      expect(shadow(good).textContent).to.contain('100%');
      const loaded = nextEvent(bad, 'rb-load');
      bad.data = await sample('pingyuan');
      await loaded;
      expect(errorPanel(bad)).to.equal(null);
    });

    it('warns about an unknown top-level field', async () => {
      const doc = await sample('pingyuan');
      doc['coverge'] = [];
      const el = document.createElement('rb-coverage-gauge') as RbCoverageGauge;
      const warning = nextEvent<{ path: string }>(el, 'rb-warning');
      el.data = doc as RegionBrandDataInput;
      document.body.append(el);
      cleanupList.push(el);
      expect((await warning).detail.path).to.equal('/coverge');
    });
  });

  describe('refresh', () => {
    it('warns about a refresh or timeout that is not seconds, in the widget language, and still shows the data', async () => {
      const url = await serve(uniqueKey(), { body: await sample('pingyuan') });
      const el = document.createElement('rb-coverage-gauge') as RbCoverageGauge;
      const events = recordEvents(el, 'rb-warning', 'rb-load');
      el.setAttribute('refresh', '5分钟');
      el.setAttribute('timeout', '-3');
      el.setAttribute('lang', 'en');
      el.src = url;
      document.body.append(el);
      cleanupList.push(el);
      await until(() => events.some((e) => e.type === 'rb-load'));
      await settle(el);
      const warnings = events.filter((e) => e.type === 'rb-warning').map((e) => e.detail as { message: string; path: string });
      expect(warnings.map((w) => w.message)).to.deep.equal([
        'the refresh attribute takes the seconds between reloads (300 for every 5 minutes), not "5分钟": the widget does not refresh now',
        'the timeout attribute takes the seconds to wait for the data (such as 30), not "-3": the default of 15 s applies',
      ]);
      expect(el.state).to.equal('ready');
    });

    it('warns about a theme that does not exist (attribute or config) and shows the light theme', async () => {
      const url = await serve(uniqueKey(), { body: await sample('pingyuan') });
      for (const [attribute, config, path] of [['drak', undefined, ''], ['dark', { theme: 'blue' }, '/theme']] as const) {
        const el = document.createElement('rb-coverage-gauge') as RbCoverageGauge;
        const events = recordEvents(el, 'rb-warning', 'rb-load');
        el.setAttribute('theme', attribute);
        if (config) el.config = config;
        el.src = url;
        document.body.append(el);
        cleanupList.push(el);
        await until(() => events.some((e) => e.type === 'rb-load'));
        await settle(el);
        const name = config?.theme ?? attribute;
        expect(events.filter((e) => e.type === 'rb-warning').map((e) => e.detail)).to.deep.equal([
          { message: `没有名为“${name}”的主题，现按 light 显示：可用的主题有 light、dark、red、screen、auto`, path },
        ]);
        expect(getComputedStyle(el).getPropertyValue('--rb-color-background').trim()).to.equal('#ffffff');
      }
    });

    it('knows as built-in themes exactly those the stylesheets define, and auto', () => {
      expect([...THEMES].sort()).to.deep.equal([...themeNames(), 'auto'].sort());
    });

    it('takes refresh="0" and seconds without a warning', async () => {
      const url = await serve(uniqueKey(), { body: await sample('pingyuan') });
      for (const refresh of ['0', '300']) {
        const el = document.createElement('rb-coverage-gauge') as RbCoverageGauge;
        const events = recordEvents(el, 'rb-warning', 'rb-load');
        el.setAttribute('refresh', refresh);
        el.src = url;
        document.body.append(el);
        cleanupList.push(el);
        await until(() => events.some((e) => e.type === 'rb-load'));
        await settle(el);
        expect(events.filter((e) => e.type === 'rb-warning').map((e) => (e.detail as { message: string }).message)).to.deep.equal([]);
      }
    });

    it('keeps the last good render on a failed refresh, marks it stale, and recovers', async () => {
      const key = uniqueKey();
      const good = await sample('pingyuan');
      const url = await serve(key, { body: good });
      const el = mount<RbCoverageGauge>(`<rb-coverage-gauge src="${url}"></rb-coverage-gauge>`);
      await nextEvent(el, 'rb-load');

      await serve(key, { status: 503, body: 'down' });
      const failed = nextEvent<RbErrorDetail>(el, 'rb-error');
      await el.reload();
      expect((await failed).detail).to.include({ code: 'fetch-failed', stale: true });
      await settle(el);
      expect(shadow(el).textContent).to.contain('424 / 424');
      expect(shadow(el).querySelector('[part=stale]')).to.not.equal(null);
      expect(el.stale).to.equal(true);

      await serve(key, { body: 'not json' });
      const invalid = nextEvent<RbErrorDetail>(el, 'rb-error');
      await el.reload();
      expect((await invalid).detail).to.include({ code: 'invalid-json', stale: true });

      const next = structuredClone(good);
      next['coverage'][0]['covered'] = 400;
      await serve(key, { body: next });
      const recovered = nextEvent(el, 'rb-load');
      await el.reload();
      await recovered;
      await settle(el);
      expect(shadow(el).querySelector('[part=stale]')).to.equal(null);
      expect(shadow(el).textContent).to.contain('400 / 424');
    });

    it('re-fetches every `refresh` seconds', async () => {
      const key = uniqueKey();
      const url = await serve(key, { body: await sample('pingyuan') });
      const el = mount(`<rb-coverage-gauge src="${url}" refresh="1"></rb-coverage-gauge>`);
      await nextEvent(el, 'rb-load');
      await nextEvent(el, 'rb-load');
      expect(await hits(key)).to.be.greaterThanOrEqual(2);
      el.remove();
      const after = await hits(key);
      await new Promise((r) => setTimeout(r, 1300));
      expect(await hits(key)).to.equal(after);
    });
  });

  describe('chart lifecycle', () => {
    it('disposes the chart exactly once on removal, and survives being moved', async () => {
      const el = mount<RbCoverageGauge>(`<rb-coverage-gauge src="/demo/data/pingyuan.json"></rb-coverage-gauge>`);
      await nextEvent(el, 'rb-load');
      const chart = await until(() => el.chart, 3000, 'chart');
      let disposed = 0;
      const original = chart.dispose.bind(chart);
      chart.dispose = () => {
        disposed++;
        original();
      };
      const other = document.createElement('div');
      document.body.append(other);
      other.append(el);
      await settle(el);
      expect(el.chart).to.equal(chart);
      expect(disposed).to.equal(0);
      other.remove();
      await Promise.resolve();
      await Promise.resolve();
      expect(disposed).to.equal(1);
      expect(chart.isDisposed()).to.equal(true);
      el.remove();
      await Promise.resolve();
      expect(disposed).to.equal(1);
    });

    it('starts the chart only once the element is visible', async () => {
      const el = mount<RbCoverageGauge>(`<rb-coverage-gauge hidden src="/demo/data/pingyuan.json"></rb-coverage-gauge>`);
      await nextEvent(el, 'rb-load');
      await settle(el);
      expect(el.chart).to.equal(undefined);
      el.hidden = false;
      await until(() => el.chart, 3000, 'chart after unhide');
    });

    it('fires rb-select when the chart is clicked', async () => {
      const el = mount<RbCoverageGauge>(`<rb-coverage-gauge src="/demo/data/pingyuan.json"></rb-coverage-gauge>`);
      await nextEvent(el, 'rb-load');
      const chart = await until(() => el.chart, 3000, 'chart');
      const select = nextEvent<{ kind: string; id: string }>(document, 'rb-select');
      const seriesData = (chart.getOption() as any).series[0].data[0];
      (chart as any).trigger('click', { data: seriesData });
      expect((await select).detail).to.deep.equal({ kind: 'coverage', id: 'villages' });
    });
  });

  describe('language', () => {
    it('inherits lang from the page and follows the lang attribute', async () => {
      const wrapper = mount(`<div lang="en"><rb-coverage-gauge src="/demo/data/pingyuan.json" config='{"coverage":"nope"}'></rb-coverage-gauge></div>`);
      const el = wrapper.querySelector('rb-coverage-gauge') as RbCoverageGauge;
      const detail = (await nextEvent<RbErrorDetail>(el, 'rb-error')).detail;
      expect(detail.message).to.contain('Existing ids');
      el.lang = 'zh-CN';
      await settle(el);
      expect(errorPanel(el)!.textContent).to.contain('现有编号');
    });
  });
});
