import { css } from 'lit';

/** Styles of the KPI card. Colours are `--rb-*` tokens only. */
export const growthIndicatorStyles = css`
  .card {
    display: grid;
    grid-template-columns: auto minmax(0, 1fr);
    grid-template-areas:
      'name name'
      'value spark'
      'period spark'
      'growth growth'
      'target target';
    align-items: end;
    column-gap: var(--rb-spacing);
    row-gap: 0.15em;
    padding: 2px;
    border-radius: calc(var(--rb-radius) / 2);
    cursor: pointer;
    outline: none;
  }
  .card:focus-visible {
    box-shadow: 0 0 0 2px var(--rb-color-background), 0 0 0 4px var(--rb-color-accent);
  }
  .name {
    grid-area: name;
    color: var(--rb-color-muted);
    font-size: 0.95em;
    overflow-wrap: anywhere;
  }
  .value {
    grid-area: value;
    font-size: 1.9em;
    font-weight: 700;
    line-height: 1.15;
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  .period {
    grid-area: period;
    color: var(--rb-color-muted);
    font-size: max(12px, 0.85em);
  }
  .growth {
    grid-area: growth;
    display: flex;
    flex-wrap: wrap;
    gap: 0.2em 1em;
    margin: 0.2em 0 0;
    padding: 0;
    list-style: none;
    font-variant-numeric: tabular-nums;
  }
  .growth-only .growth {
    grid-area: value;
    font-size: 1.6em;
    font-weight: 700;
  }
  .growth-only .growth .label {
    font-size: max(12px, 0.55em);
    font-weight: 400;
  }
  .growth .label {
    color: var(--rb-color-muted);
    margin-inline-end: 0.3em;
  }
  .growth .arrow {
    margin-inline-end: 0.1em;
  }
  .tone-rise {
    color: var(--rb-color-rise);
  }
  .tone-fall {
    color: var(--rb-color-fall);
  }
  .tone-neutral {
    color: var(--rb-color-muted);
  }
  .growth .disagrees .rate {
    text-decoration: underline dotted;
  }
  .sparkline {
    grid-area: spark;
    align-self: center;
    justify-self: end;
    width: 100%;
    max-width: 120px;
    height: auto;
    overflow: visible;
  }
  .sparkline .line {
    fill: none;
    stroke: var(--rb-growth-sparkline-color, var(--rb-color-accent));
    stroke-width: 1.5;
    vector-effect: non-scaling-stroke;
    stroke-linejoin: round;
    stroke-linecap: round;
  }
  .sparkline .marker {
    fill: var(--rb-growth-sparkline-color, var(--rb-color-accent));
  }
  .target {
    grid-area: target;
    display: grid;
    grid-template-columns: 1fr auto;
    gap: 0.2em 0.6em;
    margin-top: 0.4em;
    font-size: max(12px, 0.85em);
    color: var(--rb-color-muted);
  }
  .target-bar {
    grid-column: 1 / -1;
    display: block;
    width: 100%;
  }
  .target-track {
    fill: var(--rb-color-track);
  }
  .target-fill {
    fill: var(--rb-color-accent);
  }
  .target-fill.met {
    fill: var(--rb-color-good);
  }
  .target-percent {
    font-variant-numeric: tabular-nums;
    color: var(--rb-color-text);
  }
  /* The note of a reported growth that differs from the computed one is the item's title; a touch
     screen shows no titles, so it is written out under the figure there. */
  @media (hover: none) and (pointer: coarse) {
    .growth-item[title]::after {
      content: attr(title);
      display: block;
      color: var(--rb-color-muted);
      font-size: max(12px, 0.8em);
      font-weight: 400;
      overflow-wrap: anywhere;
    }
  }
`;
