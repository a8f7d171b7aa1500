// Contrast of what ECharts draws on the canvas (axe-core only sees HTML text): for every theme and
// language, the colours a real element resolves from its --rb-* tokens (what build() hands to the
// option builders as ctx.theme) meet WCAG 2.1 AA:
//   - marks (series/palette, accent, state colours) against the chart background and panels: 3:1 (1.4.11)
//   - gauge arcs against the empty track: 3:1 (1.4.11, adjacent colours)
//   - chart text (labels, axis labels, tooltips) against background and panels: 4.5:1 (1.4.3)
//   - labels drawn in the background colour on coloured tiles (treemap, sunburst): 4.5:1 (1.4.3)
import { expect } from '@esm-bundle/chai';
import '../../src/index.js';
import { resolveTheme, type ThemeColors } from '../../src/core/theme.js';
import type { RbChartElement } from '../../src/core/chart-element.js';
import { cleanup, create, nextEvent, sample, settle, until } from '../support/helpers.js';

/** sRGB channels of any CSS colour, as the browser parses it. */
function rgb(color: string): [number, number, number] {
  const ctx = document.createElement('canvas').getContext('2d')!;
  ctx.fillStyle = '#010203';
  ctx.fillStyle = color;
  const parsed = ctx.fillStyle;
  if (parsed === '#010203' && color.toLowerCase() !== '#010203') throw new Error(`not a colour: ${color}`);
  const m = /^#([0-9a-f]{6})$/i.exec(parsed);
  if (!m) throw new Error(`translucent colour ${color} (${parsed}): contrast undefined`);
  const n = parseInt(m[1]!, 16);
  return [n >> 16, (n >> 8) & 255, n & 255];
}

/** WCAG 2.1 relative luminance. */
export function luminance(color: string): number {
  const [r, g, b] = rgb(color).map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG 2.1 contrast ratio (1 … 21). */
export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** Pairs below `min`, as readable lines. */
function failures(pairs: [string, string, string][], min: number): string[] {
  return pairs
    .map(([what, fg, bg]) => ({ what, fg, bg, ratio: contrast(fg, bg) }))
    .filter((p) => p.ratio < min)
    .map((p) => `${p.what}: ${p.fg} on ${p.bg} = ${p.ratio.toFixed(2)} < ${min}`);
}

/** The named colours of a theme. */
function marks(t: ThemeColors): [string, string][] {
  return [
    ...t.palette.map((c, i) => [`series-${i + 1}`, c] as [string, string]),
    ['accent', t.accent],
    ['good', t.good],
    ['warn', t.warn],
    ['bad', t.bad],
    ['rise', t.rise],
    ['fall', t.fall],
  ];
}

describe('contrast of chart colours (WCAG 2.1 AA)', function () {
  this.timeout(40000);
  afterEach(cleanup);

  it('the WCAG formula itself', () => {
    expect(contrast('#000000', '#ffffff')).to.be.closeTo(21, 1e-9);
    expect(contrast('#ffffff', '#ffffff')).to.equal(1);
    expect(contrast('#767676', '#ffffff')).to.be.closeTo(4.54, 0.01);
    expect(contrast('rgb(118, 118, 118)', 'white')).to.be.closeTo(4.54, 0.01);
    expect(() => contrast('rgba(0,0,0,0.5)', '#fff')).to.throw(/translucent/);
  });

  for (const theme of ['light', 'dark', 'red', 'screen']) {
    for (const lang of ['zh-CN', 'en']) {
      describe(`${theme}, ${lang}`, () => {
        let t: ThemeColors;
        /** A real element's tokens, once its theme and lang attributes are reflected. */
        const resolved = async (props: Record<string, unknown>) => {
          const el = create<HTMLElement>('rb-coverage-gauge', props);
          await settle(el);
          return resolveTheme(el);
        };
        beforeEach(async () => {
          t = await resolved({ theme, lang });
        });

        it('resolves this theme from the element\'s tokens', async () => {
          const ref = await resolved({ lang });
          if (theme === 'light') expect(t).to.deep.equal(ref);
          else expect(t.background).to.not.equal(ref.background);
          expect(t.palette).to.have.length(8);
        });

        it('marks: 3:1 against the background and panels', () => {
          const pairs: [string, string, string][] = [];
          for (const [name, c] of marks(t)) {
            pairs.push([`${name} / background`, c, t.background], [`${name} / surface`, c, t.surface]);
          }
          expect(failures(pairs, 3)).to.deep.equal([]);
        });

        it('gauge arcs: 3:1 against the empty track', () => {
          const pairs: [string, string, string][] = [t.good, t.warn, t.bad, t.accent].map((c) => [`arc / track`, c, t.track]);
          expect(failures(pairs, 3)).to.deep.equal([]);
        });

        it('chart text: 4.5:1 against the background and panels', () => {
          const pairs: [string, string, string][] = [];
          for (const [name, c] of [['text', t.text], ['muted', t.muted]] as const) {
            pairs.push([`${name} / background`, c, t.background], [`${name} / surface`, c, t.surface]);
          }
          expect(failures(pairs, 4.5)).to.deep.equal([]);
        });

        it('labels in the background colour on coloured tiles: 4.5:1', () => {
          const pairs: [string, string, string][] = [...t.palette, t.accent].map((c, i) => [`label on tile ${i + 1}`, t.background, c]);
          expect(failures(pairs, 4.5)).to.deep.equal([]);
        });
      });
    }
  }

  it('these are the colours a drawn chart is given', async () => {
    for (const theme of ['light', 'dark', 'red', 'screen']) {
      const el = create<RbChartElement<any, any>>('rb-brand-matrix', { theme, config: { layout: 'treemap', animation: false } });
      el.style.width = '640px';
      const loaded = nextEvent(el, 'rb-load');
      (el as any).data = await sample('kaiping');
      await loaded;
      el.scrollIntoView();
      await until(() => el.chart, 4000, 'chart init');
      await settle(el);
      const t = resolveTheme(el);
      const drawn = JSON.stringify(el.chart!.getOption()).toLowerCase();
      for (const c of [t.background, t.palette[1]!, t.palette[2]!, t.palette[5]!]) expect(drawn, `${theme} ${c}`).to.contain(c.toLowerCase());
    }
  });
});
