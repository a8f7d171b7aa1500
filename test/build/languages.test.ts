// Languages other than zh-CN load on demand from the built files: a page of Chinese widgets does
// not carry them, and a widget asked for English waits for English before it shows or fires anything.
import { expect } from '@esm-bundle/chai';
import { staticClosure } from '../support/built-files.js';

describe('languages on demand (dist/)', () => {
  it('a widget entry carries zh-CN only; en and zh-Hant are separate files', async () => {
    for (const entry of ['/dist/growth-indicator.js', '/dist/coverage-gauge.js', '/dist/brand-matrix.js']) {
      const code = await staticClosure(entry);
      expect(code, entry).to.include('加载中…');
      expect(code, entry).to.not.include('Loading…');
      expect(code, entry).to.not.include('載入中…');
    }
  });

  it("a widget entry carries the shared zh-CN strings and its own section, not another widget's", async () => {
    /** A string of each widget's zh-CN section only (`src/core/i18n/zh-CN/`). */
    const own = { growth: '已完成目标', gauge: '分单位覆盖情况', matrix: '品牌矩阵', ranking: '项无此指标数据', map: '并非真实行政边界', screen: '退出全屏' };
    const carries: Record<string, (keyof typeof own)[]> = {
      'growth-indicator': ['growth'],
      'coverage-gauge': ['gauge'],
      'brand-matrix': ['matrix'],
      'cluster-map': ['map'],
      // The ranking names metrics as the matrix and the map do.
      ranking: ['ranking', 'matrix', 'map'],
      period: [],
    };
    for (const [entry, sections] of Object.entries(carries)) {
      const code = await staticClosure(`/dist/${entry}.js`);
      expect(code, entry).to.include('加载中…').and.include('年1–');
      // What only a mistake (the error titles), the toolbar or a link group says loads with them
      // (the period control is part of linking: it carries linking's strings).
      expect(code, entry).to.not.include('数据加载失败').and.not.include('导出工具');
      expect(code.includes('已取消选择'), `${entry} carries linking's strings`).to.equal(entry === 'period');
      for (const [section, marker] of Object.entries(own)) {
        expect(code.includes(marker), `${entry} carries ${section}`).to.equal(sections.includes(section as keyof typeof own));
      }
    }
    const dashboard = await staticClosure('/dist/dashboard.js');
    for (const marker of Object.values(own)) expect(dashboard).to.include(marker);
  });

  it('a page of two widget entries from dist/ shows each one\'s own zh-CN strings', async () => {
    await import('/dist/growth-indicator.js' as string);
    await import('/dist/coverage-gauge.js' as string);
    const data = await (await fetch('/demo/data/kaiping.json')).json();
    type Widget = HTMLElement & { state: string; data: unknown; config: unknown; updateComplete: Promise<unknown> };
    const make = (tag: string, config: unknown) => {
      const el = document.createElement(tag) as Widget;
      el.config = config;
      el.data = data;
      document.body.append(el);
      return el;
    };
    const card = make('rb-growth-indicator', { indicator: 'magang-sales', sparkline: true, target: true });
    const gauge = make('rb-coverage-gauge', { coverage: 'enterprise-party', breakdown: true, style: 'bar' });
    for (const el of [card, gauge]) {
      await el.updateComplete;
      expect(el.state, el.localName).to.equal('ready');
    }
    // Each from its own section: the sparkline's label and the target; the breakdown's caption.
    expect(card.shadowRoot!.innerHTML).to.include('走势：').and.include('已完成目标');
    expect(gauge.shadowRoot!.textContent).to.include('分单位覆盖情况');
    card.remove();
    gauge.remove();
  });

  it('the DOM-free entries answer in every language at once', async () => {
    const code = await staticClosure('/dist/validate.js');
    for (const s of ['加载中…', 'Loading…', '載入中…', '品牌矩阵', '已完成目标', '退出全屏']) expect(code).to.include(s);
  });

  it('an English widget from dist/ shows English and fires rb-load once it is in English', async () => {
    await import('/dist/growth-indicator.js' as string);
    const data = await (await fetch('/demo/data/kaiping.json')).json();
    const el = document.createElement('rb-growth-indicator') as HTMLElement & { state: string; data: unknown; config: unknown };
    el.setAttribute('lang', 'en');
    el.config = { indicator: data.indicators[0].id };
    const loaded = new Promise<void>((resolve) => el.addEventListener('rb-load', () => resolve(), { once: true }));
    el.data = data;
    document.body.append(el);
    await loaded;
    await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    const shown = el.shadowRoot!.textContent ?? '';
    expect(el.state).to.equal('ready');
    expect(shown).to.not.match(/同比|环比|加载中/);
    expect(shown).to.include('YoY');
    el.remove();
  });

  it('messages about mistakes are not in a widget entry: they load with the first mistake', async () => {
    for (const entry of ['/dist/growth-indicator.js', '/dist/coverage-gauge.js', '/dist/brand-matrix.js']) {
      const code = await staticClosure(entry);
      for (const s of ['缺少必填字段', 'required field is missing', '缺少必填欄位']) expect(code, entry).to.not.include(s);
    }
  });

  for (const [lang, missing, elsewhere] of [
    ['zh-CN', /第 1 个指标“[^”]+”缺少“名称”（name）/, /第 2 个指标“[^”]+”的“名称”（name）：应为字符串/],
    ['en', /indicator 1 .*name/i, /indicator 2 .*name.*string/i],
  ] as const) {
    it(`a ${lang} widget from dist/ says its mistake in ${lang}, and a mistake elsewhere is a warning before rb-load`, async () => {
      await import('/dist/growth-indicator.js' as string);
      const data = await (await fetch('/demo/data/kaiping.json')).json();
      type Widget = HTMLElement & { state: string; data: unknown; config: unknown; updateComplete: Promise<unknown> };
      const events: string[] = [];
      const make = (doc: unknown) => {
        const el = document.createElement('rb-growth-indicator') as Widget;
        el.setAttribute('lang', lang);
        el.config = { indicator: data.indicators[0].id };
        for (const type of ['rb-load', 'rb-error', 'rb-warning']) el.addEventListener(type, (e) => events.push(`${type} ${(e as CustomEvent).detail.message ?? ''}`));
        el.data = doc;
        document.body.append(el);
        return el;
      };
      // The card's own indicator without a name: an error, with the item and field in words.
      const broken = structuredClone(data);
      delete broken.indicators[0].name;
      const el = make(broken);
      await new Promise<void>((resolve) => el.addEventListener('rb-error', () => resolve(), { once: true }));
      await el.updateComplete;
      expect(el.state).to.equal('error');
      expect(events[0]).to.match(missing);
      expect(el.shadowRoot!.querySelector('[part=error]')!.textContent).to.match(missing);
      el.remove();
      // A mistake in an indicator the card does not show: a warning naming it, then rb-load.
      events.length = 0;
      const elsewhereBroken = structuredClone(data);
      elsewhereBroken.indicators[1].name = 42;
      const ok = make(elsewhereBroken);
      await new Promise<void>((resolve) => ok.addEventListener('rb-load', () => resolve(), { once: true }));
      expect(ok.state).to.equal('ready');
      expect(events.map((e) => e.split(' ')[0])).to.deep.equal(['rb-warning', 'rb-load']);
      expect(events[0]).to.match(elsewhere);
      ok.remove();
    });
  }

  it('updateComplete waits for what loads on demand: a zh-Hant card is in Traditional, and its mistake too, right after it', async () => {
    await import('/dist/growth-indicator.js' as string);
    const data = await (await fetch('/demo/data/kaiping.json')).json();
    type Widget = HTMLElement & { state: string; data: unknown; config: unknown; updateComplete: Promise<unknown> };
    const make = (doc: unknown) => {
      const el = document.createElement('rb-growth-indicator') as Widget;
      el.setAttribute('lang', 'zh-TW');
      el.config = { indicator: data.indicators[0].id };
      el.data = doc;
      document.body.append(el);
      return el;
    };
    // zh-Hant has not loaded on this page yet: the first frame waits for it.
    const el = make(data);
    await el.updateComplete;
    expect(el.state).to.equal('ready');
    expect(el.shadowRoot!.textContent).to.include('年增率');
    expect(el.shadowRoot!.textContent).to.match(/億|萬/);
    el.remove();
    // Nor have its problem messages: the error panel waits for them.
    const broken = structuredClone(data);
    delete broken.indicators[0].name;
    const bad = make(broken);
    await bad.updateComplete;
    expect(bad.state).to.equal('error');
    expect(bad.shadowRoot!.querySelector('[part=error]')!.textContent).to.match(/第 1 個指標「[^」]+」缺少「名稱」（name）/);
    bad.remove();
  });
  it('a mistake in the JSON text is placed (line, column, hint) though the code that places it loads with the mistake', async () => {
    await import('/dist/growth-indicator.js' as string);
    type Widget = HTMLElement & { state: string; lastError: { issues: { key: string; params: unknown[] }[] } | null; updateComplete: Promise<unknown> };
    const el = document.createElement('rb-growth-indicator') as Widget;
    // A clerk's full-width colon on line 2.
    el.setAttribute('data', '{"format": "region-brand-data",\n "version"： 1}');
    const reported = new Promise<string>((resolve) => el.addEventListener('rb-error', (e) => resolve((e as CustomEvent).detail.message), { once: true }));
    document.body.append(el);
    await el.updateComplete;
    expect(el.state).to.equal('error');
    expect(el.lastError!.issues[0]!.key).to.equal('jsonSyntax');
    expect(el.lastError!.issues[0]!.params.slice(0, 3)).to.deep.equal([2, 11, '：']);
    const panel = el.shadowRoot!.querySelector('[part=error]')!.textContent!;
    expect(panel).to.match(/第 2 行第 11 列/);
    expect(await reported).to.match(/第 2 行第 11 列/);
    el.remove();
  });
});
