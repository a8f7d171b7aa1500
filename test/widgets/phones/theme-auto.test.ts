// `theme: "auto"` (attribute or config): light or dark as prefers-color-scheme says, switching
// live while the widget is on the page, with the built-in themes' tokens (their contrast is
// tested in test/core/contrast.test.ts); a widget taken off the page stops listening.
import { expect } from '@esm-bundle/chai';
import { emulateMedia } from '@web/test-runner-commands';
import '../../../src/index.js';
import { resolveTheme } from '../../../src/core/theme.js';
import { cleanup, mount, nextEvent, until } from '../../support/helpers.js';

const DARK_BACKGROUND = '#1b1e23';
const LIGHT_BACKGROUND = '#ffffff';

describe('phones: theme auto', () => {
  afterEach(async () => {
    cleanup();
    await emulateMedia({ colorScheme: 'light' });
  });

  it('follows prefers-color-scheme live, from the attribute and from config, canvas included', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    const byAttribute = mount<any>('<rb-coverage-gauge theme="auto" src="/demo/data/kaiping.json" config=\'{"coverage":"enterprise-party","animation":false}\'></rb-coverage-gauge>');
    const byConfig = mount<any>('<rb-brand-matrix src="/demo/data/kaiping.json" config=\'{"layout":"treemap","theme":"auto","animation":false}\'></rb-brand-matrix>');
    await Promise.all([nextEvent(byAttribute, 'rb-load'), nextEvent(byConfig, 'rb-load')]);
    for (const el of [byAttribute, byConfig]) {
      expect(el.getAttribute('data-rb-theme')).to.equal('dark');
      expect(resolveTheme(el).background).to.equal(DARK_BACKGROUND);
    }
    byConfig.scrollIntoView();
    const chart = await until(() => byConfig.chart, 4000, 'treemap');
    const drawnBorder = () => JSON.stringify(chart.getOption().series[0].itemStyle);
    expect(drawnBorder()).to.contain(DARK_BACKGROUND);
    await emulateMedia({ colorScheme: 'light' });
    await until(() => byAttribute.getAttribute('data-rb-theme') === 'light' && byConfig.getAttribute('data-rb-theme') === 'light', 3000, 'light');
    expect(resolveTheme(byAttribute).background).to.equal(LIGHT_BACKGROUND);
    // The canvas is rebuilt with the light tokens.
    await until(() => drawnBorder().includes(LIGHT_BACKGROUND), 3000, 'treemap redrawn light');
  });

  it('a widget off the page no longer follows the scheme', async () => {
    const el = mount<any>('<rb-coverage-gauge theme="auto" src="/demo/data/kaiping.json" config=\'{"coverage":"enterprise-party"}\'></rb-coverage-gauge>');
    await nextEvent(el, 'rb-load');
    expect(el.getAttribute('data-rb-theme')).to.equal('light');
    el.remove();
    await emulateMedia({ colorScheme: 'dark' });
    await new Promise((r) => setTimeout(r, 100));
    expect(el.getAttribute('data-rb-theme')).to.equal('light');
    document.body.append(el);
    await el.updateComplete;
    expect(el.getAttribute('data-rb-theme')).to.equal('dark');
  });
});
