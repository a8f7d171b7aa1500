import { css } from 'lit';

/**
 * Styles of the ranking. Colours are `--rb-*` tokens only; each bar's length is the custom
 * property `--rb-ranking-share` (0…1), set per row by a constructed style sheet (never a `style`
 * attribute, which a `style-src 'self'` policy blocks).
 */
export const rankingStyles = css`
  :host {
    --rb-ranking-bar-color: var(--rb-color-accent);
  }
  .base {
    box-sizing: border-box;
    height: 100%;
  }
  .body {
    flex: 1 1 auto;
    min-height: 0;
    display: flex;
    flex-direction: column;
  }
  .list {
    position: relative;
    flex: 1 1 auto;
    min-height: 0;
    max-height: var(--rb-ranking-max-height, none);
    overflow-y: auto;
    scrollbar-width: thin;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .row.focused .item {
    box-shadow: inset 3px 0 0 var(--rb-color-accent);
    font-weight: 700;
  }
  .item {
    display: grid;
    grid-template-columns: 2em minmax(0, 1fr) auto;
    grid-template-areas: 'rank name value' 'rank bar bar';
    align-items: center;
    gap: 0.25em 0.6em;
    width: 100%;
    padding: 0.35em 0.2em;
    border: 0;
    border-radius: calc(var(--rb-radius) / 2);
    background: none;
    color: inherit;
    font: inherit;
    text-align: start;
    cursor: pointer;
  }
  .item:hover {
    background: var(--rb-color-surface);
  }
  .item:focus-visible {
    outline: 2px solid var(--rb-color-accent);
    outline-offset: -2px;
  }
  .rank {
    grid-area: rank;
    justify-self: center;
    min-width: 1.6em;
    padding: 0.05em 0.3em;
    border-radius: 999px;
    font-weight: 700;
    font-variant-numeric: tabular-nums;
    text-align: center;
    color: var(--rb-color-muted);
  }
  .top .rank {
    background: var(--rb-color-accent);
    color: var(--rb-color-background);
  }
  .name {
    grid-area: name;
    overflow-wrap: anywhere;
  }
  .name small {
    margin-inline-start: 0.4em;
    color: var(--rb-color-muted);
    font-size: 0.85em;
  }
  .value {
    grid-area: value;
    font-weight: 600;
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  .bar {
    grid-area: bar;
    display: block;
    height: 0.45em;
    border-radius: 999px;
    background: var(--rb-color-track);
    overflow: hidden;
  }
  .fill {
    display: block;
    height: 100%;
    width: calc(var(--rb-ranking-share, 0) * 100%);
    border-radius: inherit;
    background: var(--rb-ranking-bar-color);
    transition: width 0.6s ease-out;
  }
  .still .fill {
    transition: none;
  }
  .missing {
    margin: 0.3em 0 0;
    color: var(--rb-color-muted);
    font-size: 0.85em;
  }
  @media (prefers-reduced-motion: reduce) {
    .fill {
      transition: none;
    }
    .list {
      scroll-behavior: auto;
    }
  }
`;
