// The configure form as data: field descriptors generated from the shipped config schemas, choices
// from the loaded document, descriptions in the chosen language; and the embed snippets.
import { expect } from '@esm-bundle/chai';
import { CONFIG_SCHEMAS } from '../../../src/workbench/config-schemas.generated.js';
import { addWidget, arrangeStage, moveWidget, overlaps, removeWidget, resizeWidget, setArea, setColumns, setStage, setStageField, toDashboardConfig, EMPTY_SPEC, type DashboardSpec } from '../../../src/workbench/dashboard-spec.js';
import { buildModel as buildDashboardModel, dashboardConfigSchema } from '../../../src/widgets/dashboard/dashboard.options.js';
import * as v from 'valibot';
import { en } from '../../../src/core/i18n/en.js';
import { messagesFor } from '../../../src/core/i18n/index.js';
import { zhCN } from '../../../src/core/i18n/zh-CN.js';
import { zhHant } from '../../../src/core/i18n/zh-Hant.js';
import { workbenchLanguages, workbenchMessages } from '../../../src/workbench/i18n/index.js';
import { formFields, setField, type FieldDescriptor, type FormContext } from '../../../src/workbench/schema-form.js';
import { embedSnippets } from '../../../src/workbench/snippets.js';
import { sample } from '../../support/helpers.js';

/** The choices of a choice field (throws for another kind). */
function choicesOf(f: FieldDescriptor | undefined): { value: string; label: string }[] {
  if (!f || (f.kind !== 'choice' && f.kind !== 'choices')) throw new Error(`${f?.name} has no choices`);
  return [...f.choices];
}

async function fields(type: string, lang = 'zh-CN', config: Record<string, unknown> = {}): Promise<Record<string, FieldDescriptor>> {
  const ctx: FormContext = {
    type,
    doc: (await sample('kaiping')) as FormContext['doc'],
    config,
    messages: workbenchMessages(lang),
    languages: [{ value: 'zh-CN', label: '简体中文' }, { value: 'en', label: 'English' }],
    themes: ['light', 'dark'],
  };
  return Object.fromEntries(formFields(CONFIG_SCHEMAS[type]!, ctx).map((f) => [f.name, f]));
}

describe('workbench form from the config schemas', () => {
  it('uses the schema files that ship, unchanged', async () => {
    for (const [type, schema] of Object.entries(CONFIG_SCHEMAS)) {
      const shipped = await (await fetch(`/schema/${type}.config.schema.json`)).json();
      expect(schema, type).to.deep.equal(shipped);
    }
    expect(Object.keys(CONFIG_SCHEMAS).sort()).to.deep.equal(['brand-matrix', 'cluster-map', 'coverage-gauge', 'growth-indicator', 'ranking']);
  });

  it('makes enumerations choices, booleans switches, number lists with their range, data ids choices by name', async () => {
    const doc = await sample('kaiping');
    const f = await fields('coverage-gauge');
    expect(f['style']).to.include({ kind: 'choice' });
    expect(choicesOf(f['style'])).to.deep.equal([
      { value: 'gauge', label: '仪表盘' },
      { value: 'ring', label: '圆环' },
      { value: 'bar', label: '横条' },
    ]);
    expect(f['breakdown']).to.include({ kind: 'switch', defaultValue: false });
    expect(f['thresholds']).to.include({ kind: 'numbers', minimum: 0, maximum: 1 });
    expect(f['coverage']!.kind).to.equal('choice');
    const coverage = { choices: choicesOf(f['coverage']) };
    expect(coverage.choices.map((c) => c.value)).to.deep.equal(doc['coverage'].map((c: { id: string }) => c.id));
    expect(coverage.choices[0]!.label).to.contain(doc['coverage'][0].name);
    expect(f['theme']).to.include({ kind: 'choice' });
    expect(f['title']).to.include({ kind: 'text' });
  });

  it('offers the clusters as several choices, metrics per widget, and periods of the chosen indicator', async () => {
    const doc = await sample('kaiping');
    const map = await fields('cluster-map');
    expect(map['clusters']!.kind).to.equal('choices');
    expect(choicesOf(map['clusters'])).to.have.length(doc['clusters'].length);
    expect(choicesOf(map['metric']).map((c) => c.value)).to.include('output');
    const growth = await fields('growth-indicator', 'zh-CN', { indicator: 'magang-sales' });
    const indicator = doc['indicators'].find((i: { id: string }) => i.id === 'magang-sales');
    const periods = choicesOf(growth['period']).map((c) => c.value);
    for (const p of indicator.series ?? []) expect(periods).to.include(p.period);
  });

  it('describes each field in the chosen language', async () => {
    const zh = await fields('coverage-gauge', 'zh-CN');
    const en = await fields('coverage-gauge', 'en');
    const hant = await fields('coverage-gauge', 'zh-TW');
    expect(zh['thresholds']!.label).to.equal('颜色分界');
    expect(en['thresholds']!.label).to.equal('Colour thresholds');
    expect(hant['thresholds']!.label).to.equal('顏色分界');
    for (const f of Object.values(en)) expect(f.description, f.name).to.not.equal('');
    expect(en['metric'] ?? null).to.equal(null);
    expect((await fields('brand-matrix', 'en'))['metric']!.description).to.contain('brand metric');
  });

  it('labels and describes every option of every widget in every language, none left in the schema\'s English', async () => {
    for (const m of workbenchLanguages()) {
      for (const type of Object.keys(CONFIG_SCHEMAS)) {
        for (const f of Object.values(await fields(type, m.lang))) {
          expect(m.fieldLabels[f.name], `${m.lang} ${type}.${f.name} label`).to.be.a('string').and.not.equal('');
          expect(m.fieldDescriptions[`${type}.${f.name}`] ?? m.fieldDescriptions[f.name], `${m.lang} ${type}.${f.name} description`).to.be.a('string').and.not.equal('');
          const fixed = CONFIG_SCHEMAS[type]!.properties?.[f.name];
          for (const value of fixed?.enum ?? fixed?.anyOf?.flatMap((a) => a.enum ?? []) ?? []) {
            expect(m.choiceLabels[`${f.name}.${String(value)}`], `${m.lang} ${type}.${f.name} = ${String(value)}`).to.be.a('string').and.not.equal('');
          }
        }
      }
    }
  });

  it('speaks every language of the library, chosen for a tag as the library chooses', () => {
    for (const tag of ['zh-CN', 'zh', 'zh-Hans', 'zh-SG', 'zh-Hant', 'zh-TW', 'zh-HK', 'zh-MO', 'en', 'en-GB', 'en-US']) {
      expect(workbenchMessages(tag).lang, tag).to.equal(messagesFor(tag).lang);
    }
    // The library's language files (src/core/i18n): each has the workbench's strings too.
    const library = [zhCN, zhHant, en].map((m) => m.lang).sort();
    expect(workbenchLanguages().map((m) => m.lang).sort()).to.deep.equal(library);
  });

  it('keeps only what the editor chose in the config', async () => {
    const f = await fields('coverage-gauge');
    let config = setField({}, f['style']!, 'ring');
    config = setField(config, f['breakdown']!, false);
    config = setField(config, f['thresholds']!, [0.6, 0.9]);
    expect(config).to.deep.equal({ style: 'ring' });
    expect(setField(config, f['style']!, '')).to.deep.equal({});
    // Thresholds [] judge nothing (a share, not a target): kept; no cluster chosen means all: left out.
    expect(setField({}, f['thresholds']!, [])).to.deep.equal({ thresholds: [] });
    const map = await fields('cluster-map');
    expect(setField({ clusters: ['goose'] }, map['clusters']!, [])).to.deep.equal({});
  });
});

describe('workbench snippets and dashboard spec', () => {
  it('escapes config text so that a title can never end the attribute', () => {
    const s = embedSnippets({ type: 'coverage-gauge', config: { title: `It's <b>&` } }, { dataUrl: 'd.json', scriptUrl: 'rbw.iife.js' });
    expect(s.html).to.equal(`<script src="rbw.iife.js"></script>\n<rb-coverage-gauge src="d.json" config='{"title":"It&#39;s &lt;b>&amp;"}'></rb-coverage-gauge>`);
    const parsed = new DOMParser().parseFromString(s.html, 'text/html').querySelector('rb-coverage-gauge')!;
    expect(JSON.parse(parsed.getAttribute('config')!)).to.deep.equal({ title: `It's <b>&` });
    expect(parsed.children).to.have.length(0);
    const esm = embedSnippets({ type: 'dashboard', config: {} }, { dataUrl: 'd.json', scriptUrl: '/rbw/index.js' });
    expect(esm.html).to.contain('<script type="module" src="/rbw/index.js"></script>');
    expect(esm.react).to.contain(`import 'region-brand-widgets/dashboard.js';`).and.to.contain('<rb-dashboard src="d.json" config={"{}"} />');
    expect(esm.vue).to.contain(':config="config"');
  });

  it('adds, reorders, sizes and removes widgets', () => {
    let spec = addWidget(EMPTY_SPEC, { type: 'coverage-gauge', config: { style: 'ring' } });
    spec = addWidget(spec, { type: 'brand-matrix', config: {} });
    spec = moveWidget(spec, 1, -1);
    spec = resizeWidget(spec, 0, 30);
    expect(toDashboardConfig(spec, 'data.json')).to.deep.equal({
      src: 'data.json',
      columns: 12,
      widgets: [
        { type: 'brand-matrix', config: {}, span: 12 },
        { type: 'coverage-gauge', config: { style: 'ring' } },
      ],
    });
    expect(moveWidget(spec, 0, -1)).to.equal(spec);
    expect(removeWidget(spec, 0).widgets.map((w) => w.type)).to.deep.equal(['coverage-gauge']);
  });

  it('lays widgets out on a big-screen stage: inside the grid, never overlapping, as rb-dashboard takes them', () => {
    const inside = (spec: DashboardSpec) =>
      spec.widgets.every(({ area }) => area && area[0] >= 1 && area[1] >= 1 && area[0] + area[2] - 1 <= spec.columns && area[1] + area[3] - 1 <= spec.stage!.rows);
    const apart = (spec: DashboardSpec) => spec.widgets.every((a, i) => spec.widgets.every((b, j) => i === j || !overlaps(a.area!, b.area!)));
    for (const n of [1, 2, 3, 5, 7, 12]) {
      let spec: DashboardSpec = EMPTY_SPEC;
      for (let i = 0; i < n; i++) spec = addWidget(spec, { type: 'growth-indicator', config: { indicator: `i${i}` }, span: 6 });
      spec = setStage(spec, true);
      expect(inside(spec) && apart(spec), `${n} widgets arranged`).to.equal(true);
      // Added on the stage: a free place, else everything arranged again.
      spec = addWidget(spec, { type: 'coverage-gauge', config: {} });
      expect(inside(spec) && apart(spec), `${n} + 1 widgets`).to.equal(true);
      const config = toDashboardConfig(spec, 'd.json');
      const parsed = v.safeParse(dashboardConfigSchema, config);
      expect(parsed.success, JSON.stringify(parsed.issues?.[0]?.path)).to.equal(true);
      expect(config).to.include({ columns: 24, rows: 12 }).and.to.have.deep.property('stage', { width: 1920, height: 1080, fit: 'contain' });
      expect((config['widgets'] as { span?: number }[]).every((w) => !('span' in w))).to.equal(true);
      // Back to a flowing page: spans kept, areas and stage gone.
      const page = setStage(spec, false);
      expect(page.stage).to.equal(undefined);
      expect(page.widgets.every((w) => w.area === undefined)).to.equal(true);
      expect(page.widgets[0]!.span).to.equal(6);
    }
  });

  it('keeps a typed area, size and row count on the grid', () => {
    let spec = setStage(addWidget(addWidget(EMPTY_SPEC, { type: 'ranking', config: {} }), { type: 'brand-matrix', config: {} }), true);
    spec = setArea(spec, 0, [20, 11, 10, 5]);
    expect(spec.widgets[0]!.area).to.deep.equal([20, 11, 5, 2]);
    spec = setArea(spec, 1, [0, -3, 2.6, Number.NaN]);
    expect(spec.widgets[1]!.area).to.deep.equal([1, 1, 3, 1]);
    spec = setStageField(spec, { rows: 6, width: 50, height: 3840.4 });
    expect(spec.stage).to.deep.equal({ width: 100, height: 3840, fit: 'contain', rows: 6 });
    expect(spec.widgets[0]!.area).to.deep.equal([20, 6, 5, 1]);
    spec = setColumns(spec, 12);
    expect(spec.widgets[0]!.area).to.deep.equal([12, 6, 1, 1]);
    spec = arrangeStage(spec);
    expect(spec.widgets.map((w) => w.area)).to.deep.equal([[1, 1, 6, 6], [7, 1, 6, 6]]);
  });

  it('a composed stage is the stage rb-dashboard draws', () => {
    let spec: DashboardSpec = EMPTY_SPEC;
    for (const type of ['growth-indicator', 'coverage-gauge', 'ranking']) spec = addWidget(spec, { type, config: {} });
    spec = setStageField(setStage(spec, true), { fit: 'cover', width: 3840, height: 2160 });
    const config = v.parse(dashboardConfigSchema, { ...toDashboardConfig(spec), link: true });
    const model = buildDashboardModel(null as never, config, { lang: 'zh-CN', messages: messagesFor('zh-CN') } as never);
    expect(model.stage).to.deep.equal({ width: 3840, height: 2160, fit: 'cover' });
    expect(model.pages[0]!.items.map((w) => w.area)).to.deep.equal(spec.widgets.map((w) => [...w.area!]));
  });
});
