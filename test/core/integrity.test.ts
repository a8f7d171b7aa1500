// The integrity rules beside validate.test.ts's table: blank ids, cycles of units (one walker
// for units and brands), ids listed twice (warnings), and GeoJSON features without a boundary.
import { expect } from '@esm-bundle/chai';
import '../../src/widgets/coverage-gauge/index.js';
import type { RbCoverageGauge } from '../../src/widgets/coverage-gauge/index.js';
import { validateDocument } from '../../src/core/validate.js';
import { describeIssue, type ValidationIssue } from '../../src/core/errors.js';
import type { RegionBrandDataInput } from '../../src/core/schema.js';
import { cleanup, create, nextEvent, sample, shadow, until } from '../support/helpers.js';

type Doc = Record<string, any>;
type SampleName = 'kaiping' | 'pingyuan' | 'taiping';
const LANGS = ['zh-CN', 'en', 'zh-Hant'] as const;

async function spoilt(mutate: (d: Doc) => void, name: SampleName = 'kaiping'): Promise<Doc> {
  const doc = await sample(name);
  mutate(doc);
  return doc;
}

/** The errors of a document that must be refused. */
async function errorsOf(mutate: (d: Doc) => void, name: SampleName = 'kaiping'): Promise<readonly ValidationIssue[]> {
  const r = validateDocument(await spoilt(mutate, name));
  if (r.ok) throw new Error('the document should be refused');
  return r.error.issues;
}

/** The warnings of a document that must be accepted. */
async function warningsOf(mutate: (d: Doc) => void, name: SampleName = 'kaiping'): Promise<readonly ValidationIssue[]> {
  const r = validateDocument(await spoilt(mutate, name));
  if (!r.ok) throw r.error;
  return r.warnings;
}

const says = (issue: ValidationIssue) => Object.fromEntries(LANGS.map((lang) => [lang, describeIssue(issue, lang)]));

describe('integrity rules', () => {
  afterEach(cleanup);

  describe('blank ids', () => {
    const lists: [string, SampleName, (d: Doc, id: string) => void][] = [
      ['/region/id', 'kaiping', (d, id) => (d.region.id = id)],
      ['/units/3/id', 'kaiping', (d, id) => (d.units[3].id = id)],
      ['/brands/2/id', 'kaiping', (d, id) => (d.brands[2].id = id)],
      ['/clusters/4/id', 'kaiping', (d, id) => (d.clusters[4].id = id)],
      ['/clusters/0/enterprises/0/id', 'kaiping', (d, id) => (d.clusters[0].enterprises[0].id = id)],
      ['/indicators/2/id', 'taiping', (d, id) => (d.indicators[2].id = id)],
      ['/coverage/1/id', 'pingyuan', (d, id) => (d.coverage[1].id = id)],
    ];

    it('are an error at the id, the same for "" and for blanks only, in every list', async () => {
      for (const [path, name, spoil] of lists) {
        for (const id of ['', '  ', '\t', '　']) {
          const issues = await errorsOf((d) => spoil(d, id), name);
          expect(issues[0], `${path} ${JSON.stringify(id)}`).to.include({ path, key: 'blankId' });
        }
      }
    });

    it('say what, where and how to fix in three languages', async () => {
      const [issue] = await errorsOf((d) => (d.units[3].id = '  '));
      expect(says(issue!)).to.deep.equal({
        'zh-CN': '第 4 个单位“蚬冈镇”的“编号”（id）：编号不能为空，也不能只有空格：请填写一个编号（如 magang），其他项靠它引用这一项',
        en: 'unit 4 “蚬冈镇”, “id”: an id cannot be empty or blanks only: write an id (such as magang); other items refer to this one by it',
        'zh-Hant': '第 4 個單位「蚬冈镇」的「編號」（id）：編號不能為空，也不能只有空格：請填寫一個編號（如 magang），其他項靠它引用這一項',
      });
    });

    it('a missing id is still missing, and an id with a space inside is an id', async () => {
      const [missing] = await errorsOf((d) => delete d.units[0].id);
      expect(missing).to.include({ path: '/units/0/id', key: 'required' });
      expect(validateDocument(await spoilt((d) => (d.indicators[0].id = 'industrial output'), 'taiping')).ok).to.equal(true);
    });
  });

  describe('cycles of units', () => {
    it('a unit its own parent, two units and three units in a ring: one error per cycle, at its first unit\'s parent', async () => {
      const self = await errorsOf((d) => (d.units[4].parent = d.units[4].id));
      expect(self.map((i) => [i.path, i.key, i.params[0]])).to.deep.equal([['/units/4/parent', 'unitCycle', 'chishui → chishui']]);
      const two = await errorsOf((d) => ((d.units[1].parent = 'xiangang'), (d.units[3].parent = 'dasha')));
      expect(two.map((i) => [i.path, i.params[0]])).to.deep.equal([['/units/1/parent', 'dasha → xiangang → dasha']]);
      const three = await errorsOf((d) => ((d.units[0].parent = 'tangkou'), (d.units[2].parent = 'chikan'), (d.units[6].parent = 'magang')));
      expect(three.map((i) => [i.path, i.params[0]])).to.deep.equal([['/units/0/parent', 'magang → tangkou → chikan → magang']]);
      // Two separate cycles are two errors; a unit that leads into a cycle is not one of them.
      const both = await errorsOf((d) => {
        d.units[1].parent = 'xiangang';
        d.units[3].parent = 'dasha';
        d.units[5].parent = 'jinji';
        d.units[0].parent = 'dasha';
      });
      expect(both.map((i) => i.path)).to.deep.equal(['/units/1/parent', '/units/5/parent']);
    });

    it('say which units and how to fix in three languages; the brand cycle keeps its own words', async () => {
      const [issue] = await errorsOf((d) => ((d.units[1].parent = 'xiangang'), (d.units[3].parent = 'dasha')));
      const text = says(issue!);
      expect(text['zh-CN']).to.equal('第 2 个单位“大沙镇”的“上级”（parent）：单位的上级关系存在循环：dasha → xiangang → dasha。请改正其中一个单位的上级（parent）：最上层的单位填地区本身的编号，或不填');
      expect(text['en']).to.contain("the units' parents form a cycle: dasha → xiangang → dasha").and.contain('names the region itself');
      expect(text['zh-Hant']).to.contain('單位的上級關係存在循環：dasha → xiangang → dasha');
      const [brand] = await errorsOf((d) => (d.brands[0].parent = 'magang-youpin'));
      expect(brand).to.include({ path: '/brands/0/parent', key: 'cycle' });
      expect(says(brand!)['zh-CN']).to.contain('品牌层级存在循环：kaiping-youpin → magang-youpin → kaiping-youpin。请改正其中一个品牌的上级');
    });

    it('the region as a unit\'s parent is no cycle', async () => {
      expect(await warningsOf((d) => d.units.forEach((u: Doc) => (u.parent = 'kaiping')))).to.deep.equal([]);
    });
  });

  describe('the same id listed twice', () => {
    it('in a brand\'s clusters and a cluster\'s units: a warning at the repeat naming the first', async () => {
      const warnings = await warningsOf((d) => {
        d.brands[1].clusters = ['goose', 'food', 'goose'];
        d.clusters[2].units = ['chishui', 'baihe', 'baihe', 'chishui'];
      });
      expect(warnings.map((w) => [w.path, w.key, ...w.params])).to.deep.equal([
        ['/brands/1/clusters/2', 'listedTwice', 'goose', '/brands/1/clusters/0'],
        ['/clusters/2/units/2', 'listedTwice', 'baihe', '/clusters/2/units/1'],
        ['/clusters/2/units/3', 'listedTwice', 'chishui', '/clusters/2/units/0'],
      ]);
      expect(says(warnings[0]!)).to.deep.equal({
        'zh-CN': '第 2 个品牌“马冈优品”中第 3 个产业集群：“goose”列了两次（首次在 第 1 个产业集群）：请删去重复的这一项',
        en: 'brand 2 “马冈优品”, cluster 3: "goose" is listed twice (first at cluster 1): remove this one',
        'zh-Hant': '第 2 個品牌「马冈优品」中第 3 個產業集群：「goose」列了兩次（首次在 第 1 個產業集群）：請刪去重複的這一項',
      });
    });

    it('in a coverage breakdown: a warning saying the gauge shows the unit twice, which it does', async () => {
      const doc = await sample('kaiping');
      const rows = doc['coverage'][0].breakdown;
      rows.push({ ...rows[1], covered: 1 });
      const whole = validateDocument(doc);
      if (!whole.ok) throw whole.error;
      expect(whole.warnings.map((w) => [w.path, w.key, ...w.params])).to.deep.equal([['/coverage/0/breakdown/7/unit', 'breakdownTwice', 'dasha', '/coverage/0/breakdown/1/unit']]);
      const text = says(whole.warnings[0]!);
      expect(text['zh-CN']).to.contain('单位“dasha”在明细中出现两次（首次在 第 2 个明细“dasha”）：覆盖率组件会把它显示成两行');
      expect(text['en']).to.contain('shows it as two rows');
      expect(text['zh-Hant']).to.contain('顯示成兩列');

      const gauge = create<RbCoverageGauge>('rb-coverage-gauge', { config: { coverage: doc['coverage'][0].id, breakdown: true, animation: false } });
      const warned = nextEvent<{ path: string; message: string }>(gauge, 'rb-warning');
      gauge.data = doc as RegionBrandDataInput;
      const { detail } = await warned;
      expect(detail.path).to.equal('/coverage/0/breakdown/7/unit');
      expect(detail.message).to.contain('dasha');
      await until(() => gauge.state === 'ready', 5000, 'the gauge drawn');
      await gauge.updateComplete;
      // What the message says: two rows of Dasha, not one summed row.
      const dasha = [...shadow(gauge).querySelectorAll('[part=unit][data-unit=dasha]')];
      expect(dasha).to.have.length(2);
    });
  });

  describe('GeoJSON features without a boundary', () => {
    const square = [[[112, 22], [113, 22], [113, 23], [112, 22]]];
    const collection = (...geometries: unknown[]) => ({
      type: 'FeatureCollection',
      features: geometries.map((geometry, i) => ({ type: 'Feature', properties: { id: `f${i}` }, geometry })),
    });

    it('an unlocated feature (geometry null) is valid and said nothing about; points and lines are valid with a warning each', async () => {
      const geo = collection(
        { type: 'Polygon', coordinates: square },
        null,
        { type: 'Point', coordinates: [112.5, 22.5] },
        { type: 'LineString', coordinates: [[112, 22], [113, 23]] },
        { type: 'GeometryCollection', geometries: [] },
      );
      const warnings = await warningsOf((d) => (d.geo = geo));
      expect(warnings.map((w) => [w.path, w.key, ...w.params])).to.deep.equal([
        ['/geo/features/2/geometry/type', 'notArea', 'Point'],
        ['/geo/features/3/geometry/type', 'notArea', 'LineString'],
        ['/geo/features/4/geometry/type', 'notArea', 'GeometryCollection'],
      ]);
      const text = says(warnings[0]!);
      expect(text['zh-CN']).to.contain('这个地图要素是 Point，不是区域边界').and.contain('中心坐标 center');
      expect(text['en']).to.contain('is a Point, not a boundary');
      expect(text['zh-Hant']).to.contain('這個地圖要素是 Point，不是區域邊界');
      expect(await warningsOf((d) => (d.geo = collection(null)))).to.deep.equal([]);
    });

    it('still refuses what is not GeoJSON: an unknown geometry type, a polygon without rings, a feature without its geometry member', async () => {
      for (const geo of [
        collection({ type: 'Circle', coordinates: [112, 22] }),
        collection({ type: 'MultiPolygon', coordinates: 7 }),
        { type: 'FeatureCollection', features: [{ type: 'Feature', properties: {} }] },
      ]) {
        const issues = await errorsOf((d) => (d.geo = geo));
        expect(issues[0]!.path, JSON.stringify(geo)).to.match(/^\/geo/);
      }
    });
  });
});
