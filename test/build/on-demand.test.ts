// Code a widget on its own does not need loads on demand from the built files: the link groups
// (shared selection and period, URL hash) load the first time an element names a group.
import { expect } from '@esm-bundle/chai';
import { staticClosure } from '../support/built-files.js';

describe('link groups on demand (dist/)', () => {
  it('a KPI card entry does not carry the link groups; the dashboard entry does', async () => {
    expect(await staticClosure('/dist/growth-indicator.js')).to.not.include('hashchange');
    expect(await staticClosure('/dist/dashboard.js')).to.include('hashchange');
  });

  it('a KPI card from dist/ that names a group builds once, in the period the group was given', async () => {
    await import('/dist/growth-indicator.js' as string);
    const data = await (await fetch('/demo/data/kaiping.json')).json();
    const indicator = data.indicators.find((i: { series?: unknown[] }) => (i.series?.length ?? 0) >= 2);
    const periods: string[] = indicator.series.map((p: { period: string }) => p.period).sort();
    const earlier = periods[0]!;
    location.hash = `rb.ondemand.period=${encodeURIComponent(earlier)}`;
    const el = document.createElement('rb-growth-indicator') as HTMLElement & { state: string; data: unknown; config: unknown; model: { period: string | null } | null };
    el.setAttribute('group', 'ondemand');
    el.config = { indicator: indicator.id };
    let loads = 0;
    const loaded = new Promise<void>((resolve) => el.addEventListener('rb-load', () => (loads++, resolve())));
    el.data = data;
    document.body.append(el);
    await loaded;
    await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    expect(el.state).to.equal('ready');
    expect(loads).to.equal(1);
    expect(earlier).to.not.equal(periods.at(-1));
    expect(el.model?.period).to.equal(earlier);
    el.remove();
    location.hash = '';
  });
});
