/**
 * The built-in themes besides light (`dark`, `red`, `screen`): token values over the defaults of
 * `theme.ts`. A chunk of its own, loaded with the first widget that shows one of them
 * (`themes-on-demand.ts`), so a page in the default theme never loads it.
 */
/** A tag that keeps the text as written: plain CSS text the build still minifies (its templates tagged css), read by the Node renderer without Lit. */
const css = String.raw;

export const OTHER_THEMES_CSS = css`
  :host([data-rb-theme='dark']) {
    --rb-color-text: #e8eaed;
    --rb-color-muted: #a8afba;
    --rb-color-background: #1b1e23;
    --rb-color-surface: #262a31;
    --rb-color-border: #3a404a;
    --rb-color-accent: #ff6b6b;
    --rb-color-rise: #ff7a45;
    --rb-color-fall: #73d13d;
    --rb-color-good: #73d13d;
    --rb-color-warn: #ffc53d;
    --rb-color-bad: #ff6b6b;
    --rb-color-track: #3a404a;
    --rb-color-series-1: #ff6b6b;
    --rb-color-series-2: #69a7ff;
    --rb-color-series-3: #ffc53d;
    --rb-color-series-4: #73d13d;
    --rb-color-series-5: #b37feb;
    --rb-color-series-6: #5cdbd3;
    --rb-color-series-7: #ff85c0;
    --rb-color-series-8: #a8b4c4;
  }
  :host([data-rb-theme='dark'][data-rb-rise='green']) {
    --rb-color-rise: #73d13d;
    --rb-color-fall: #ff7a45;
  }
  :host([data-rb-theme='red']) {
    --rb-color-text: #3b0a0a;
    --rb-color-muted: #6e3b3b;
    --rb-color-background: #fff7f2;
    --rb-color-surface: #fde9e1;
    --rb-color-border: #f0c4b8;
    --rb-color-accent: #b5121b;
    --rb-color-series-1: #b5121b;
    --rb-color-series-2: #8f5200;
    --rb-color-series-3: #7a1f1f;
    --rb-color-series-4: #a35c00;
    --rb-color-series-5: #8c2d5e;
    --rb-color-series-6: #5b6b2f;
    --rb-color-series-7: #c2410c;
    --rb-color-series-8: #6e4b3b;
  }
  :host([data-rb-theme='screen']) {
    --rb-color-text: #f4f8ff;
    --rb-color-muted: #b8c7e0;
    --rb-color-background: #061530;
    --rb-color-surface: #0c2247;
    --rb-color-border: #24406e;
    --rb-color-accent: #36c5ff;
    --rb-color-rise: #ff6a5c;
    --rb-color-fall: #34e08e;
    --rb-color-good: #34e08e;
    --rb-color-warn: #ffc53d;
    --rb-color-bad: #ff6a5c;
    --rb-color-track: #24406e;
    --rb-color-series-1: #36c5ff;
    --rb-color-series-2: #ffc53d;
    --rb-color-series-3: #34e08e;
    --rb-color-series-4: #ff8a5c;
    --rb-color-series-5: #b9a4ff;
    --rb-color-series-6: #5fe3e0;
    --rb-color-series-7: #ff86c2;
    --rb-color-series-8: #c9d6ea;
    --rb-font-size: 18px;
    --rb-spacing: 16px;
    --rb-radius: 4px;
    --rb-chart-height: 320px;
  }
  :host([data-rb-theme='screen'][data-rb-rise='green']) {
    --rb-color-rise: #34e08e;
    --rb-color-fall: #ff6a5c;
  }
`;
