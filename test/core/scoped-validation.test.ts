// A mistake breaks only the widgets that show it; bugs are not data errors.
import { expect } from '@esm-bundle/chai';
import '../../src/widgets/dashboard/index.js';
import type { RbCoverageGauge } from '../../src/widgets/coverage-gauge/index.js';
import type { RbGrowthIndicator } from '../../src/widgets/growth-indicator/index.js';
import { WHOLE_DOCUMENT, showsItemOf, validateScoped, type ValidationScope } from '../../src/core/scoped-validation.js';
import { validateDocument } from '../../src/core/validate.js';
import { DocumentSchema, TOP_LEVEL_FIELDS } from '../../src/core/schema.js';
import { INDICATORS, UNITS } from '../../src/core/sections.js';
import { cleanup, create, recordEvents, sample, until } from '../support/helpers.js';

const indicatorScope: ValidationScope<{ indicator?: string }> = {
  sections: { indicators: INDICATORS, units: UNITS },
  shows: showsItemOf('indicators', (c) => c.indicator),
};

describe('scoped validation', () => {
  afterEach(cleanup);

  it('knows every top-level field of the schema', () => {
    expect([...TOP_LEVEL_FIELDS].sort()).to.deep.equal(Object.keys(DocumentSchema.entries).sort());
  });

  it('errs on the item shown, warns about the others, and ignores sections not read', async () => {
    const doc = await sample('kaiping');
    const named = doc['indicators'][1].id as string;
    delete doc['indicators'][3].name;
    doc['clusters'][0].enterprises = [{ name: 7 }];
    const whole = validateDocument(doc);
    expect(whole.ok).to.equal(false);

    const other = validateScoped(doc, indicatorScope, { indicator: named });
    if (!other.ok) throw other.error;
    expect(other.warnings.map((w) => w.path)).to.deep.equal(['/indicators/3/name']);

    const broken = validateScoped(doc, indicatorScope, { indicator: doc['indicators'][3].id });
    expect(broken.ok).to.equal(false);
    if (!broken.ok) expect(broken.error.issues.map((i) => i.path)).to.deep.equal(['/indicators/3/name']);

    const whole2 = validateScoped(doc, WHOLE_DOCUMENT, undefined);
    expect(whole2.ok).to.equal(false);
    if (!whole2.ok && !whole.ok) expect(whole2.error.issues.map((i) => i.path)).to.include.members(whole.error.issues.map((i) => i.path));
  });

  it('makes a broken unit an error for the item that references it', async () => {
    const doc = await sample('taiping');
    const indicator = (doc['indicators'] as { id: string; scope?: string }[]).find((i) => i.scope && i.scope !== doc['region'].id);
    if (!indicator) throw new Error('fixture: an indicator scoped to a unit');
    const unitIndex = (doc['units'] as { id: string }[]).findIndex((u) => u.id === indicator.scope);
    delete doc['units'][unitIndex].level;
    const result = validateScoped(doc, indicatorScope, { indicator: indicator.id });
    expect(result.ok).to.equal(false);
    if (!result.ok) expect(result.error.path).to.equal(`/units/${unitIndex}/level`);
  });

  it('keeps every other widget of a page working when one indicator has no name', async () => {
    const doc = await sample('kaiping');
    const broken = doc['indicators'][0];
    delete broken.name;
    const page = create<HTMLElement>('rb-dashboard', {
      data: doc,
      config: {
        columns: 2,
        widgets: [
          { type: 'growth-indicator', config: { indicator: broken.id } },
          { type: 'growth-indicator', config: { indicator: doc['indicators'][1].id } },
          { type: 'coverage-gauge', config: { coverage: doc['coverage'][0].id } },
          { type: 'brand-matrix' },
          { type: 'cluster-map', config: { mode: 'graph' } },
        ],
      },
    });
    const events = recordEvents(page, 'rb-error', 'rb-warning');
    const widgets = await until(() => {
      const all = [...(page.shadowRoot?.querySelectorAll('rb-growth-indicator, rb-coverage-gauge, rb-brand-matrix, rb-cluster-map') ?? [])];
      return all.length === 5 && all.every((w) => (w as RbGrowthIndicator).state === 'ready' || (w as RbGrowthIndicator).state === 'error') ? all : null;
    }, 5000, 'five widgets settled');
    const states = widgets.map((w) => (w as RbCoverageGauge).state);
    expect(states).to.deep.equal(['error', 'ready', 'ready', 'ready', 'ready']);
    const errors = events.filter((e) => e.type === 'rb-error');
    expect(errors.map((e) => e.detail.path)).to.deep.equal(['/indicators/0/name']);
    const warnings = events.filter((e) => e.type === 'rb-warning' && e.detail.path === '/indicators/0/name');
    expect(warnings, 'the other KPI card names the mistake as a warning').to.have.length(1);
  });

  it('shows a bug of a builder as an internal error with its stack in the console, not as invalid data', async () => {
    const logged: unknown[][] = [];
    const error = console.error;
    console.error = (...args: unknown[]) => void logged.push(args);
    try {
      const doc = await sample('pingyuan');
      // A builder that throws a TypeError stands in for a bug of the library.
      const el = create<RbCoverageGauge>('rb-coverage-gauge', { data: doc });
      await until(() => el.state === 'ready', 3000, 'ready');
      const events = recordEvents(el, 'rb-error');
      (el as unknown as { buildModel: () => never }).buildModel = () => {
        throw new TypeError('a bug');
      };
      el.config = { title: 'x' };
      await until(() => el.state === 'error', 3000, 'error');
      await el.updateComplete;
      expect(el.lastError!.code).to.equal('internal');
      expect(events.map((e) => e.detail.code)).to.deep.equal(['internal']);
      expect(logged.some((args) => args.some((a) => a instanceof TypeError && a.stack))).to.equal(true);
    } finally {
      console.error = error;
    }
  });
});
