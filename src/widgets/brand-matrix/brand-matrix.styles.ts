import { css } from 'lit';

/**
 * Names, clusters and chips wrap instead of ending in an ellipsis with the whole text in a
 * `title`: on a phone (narrow box) or a touch screen without hover, a title is never seen.
 */
const wrapped = css`
  .name,
  .clusters,
  .chip {
    white-space: normal;
    overflow-wrap: anywhere;
    text-overflow: clip;
  }
`;

/** Styles of `rb-brand-matrix`: the card matrix (grid layout) and the chart legend. */
export const brandMatrixStyles = css`
  :host {
    --rb-chart-height: 420px;
    --rb-matrix-card-width: 190px;
  }
  ul {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .forest {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 320px), 1fr));
    gap: calc(var(--rb-spacing) * 1.5);
    align-items: start;
  }
  .tree {
    display: flex;
    flex-direction: column;
    gap: var(--rb-spacing);
    min-width: 0;
  }
  .tree > .card {
    width: 100%;
    max-width: 460px;
    margin-inline: auto;
  }
  .level {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--rb-matrix-card-width)), 1fr));
    gap: calc(var(--rb-spacing) * 0.75);
  }
  .tree > .level {
    border-top: 2px solid var(--rb-color-border);
    padding-top: var(--rb-spacing);
  }
  .node {
    display: flex;
    flex-direction: column;
    gap: 0.4em;
    min-width: 0;
  }
  .node > .card {
    flex: 1 0 auto;
  }
  .node.open {
    grid-column: 1 / -1;
  }
  .node.open > .card {
    flex: none;
    max-width: 460px;
  }
  .node.open > .level {
    padding-inline-start: var(--rb-spacing);
    border-inline-start: 2px solid var(--rb-color-border);
  }
  .card.focused {
    outline: 3px solid var(--rb-color-accent);
    outline-offset: 1px;
  }
  .card.no-data .figure strong {
    font-weight: normal;
    color: var(--rb-color-muted);
  }
  .card {
    box-sizing: border-box;
    display: flex;
    flex-direction: column;
    gap: 0.35em;
    min-width: 0;
    padding: calc(var(--rb-spacing) * 0.75);
    background: var(--rb-color-surface);
    border: 1px solid var(--rb-color-border);
    border-top: 4px solid var(--rb-color-series-2);
    border-radius: var(--rb-radius);
    cursor: pointer;
  }
  .card.party {
    border-top-color: var(--rb-color-accent);
  }
  .card:hover {
    border-color: var(--rb-color-muted);
  }
  .card.party:hover {
    border-top-color: var(--rb-color-accent);
  }
  .card.region:hover {
    border-top-color: var(--rb-color-series-2);
  }
  .card:focus-within {
    outline: 2px solid var(--rb-color-accent);
    outline-offset: 2px;
  }
  .name {
    display: block;
    width: 100%;
    margin: 0;
    padding: 0;
    border: 0;
    background: none;
    color: inherit;
    font: inherit;
    font-size: 1.1em;
    font-weight: 600;
    text-align: start;
    white-space: nowrap;
    overflow: hidden;
    text-overflow: ellipsis;
    cursor: pointer;
  }
  .name:focus {
    outline: none;
  }
  .tree > .card .name {
    font-size: 1.3em;
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    gap: 0.3em 0.6em;
    align-items: center;
    color: var(--rb-color-muted);
    font-size: max(12px, 0.85em);
  }
  .badge {
    display: inline-block;
    padding: 0 0.45em;
    border: 1px solid currentColor;
    border-radius: 999px;
    font-size: max(12px, 0.85em);
    line-height: 1.5;
    white-space: nowrap;
  }
  .badge.region {
    color: var(--rb-color-series-2);
  }
  .badge.party {
    color: var(--rb-color-accent);
  }
  .figure {
    margin: 0;
    font-size: 1.05em;
  }
  .figure strong {
    font-size: 1.15em;
  }
  .figure small {
    color: var(--rb-color-muted);
  }
  .chips {
    display: flex;
    flex-wrap: wrap;
    gap: 0.3em;
    font-size: max(12px, 0.8em);
  }
  .chip {
    display: inline-flex;
    align-items: center;
    gap: 0.3em;
    max-width: 100%;
    padding: 0.1em 0.5em;
    border-radius: 999px;
    background: var(--rb-color-background);
    border: 1px solid var(--rb-color-border);
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  .cert {
    padding: 0 0.35em;
    border-radius: 999px;
    background: var(--rb-color-good);
    color: var(--rb-color-background);
    font-size: max(12px, 0.85em);
  }
  .clusters {
    margin: 0;
    color: var(--rb-color-muted);
    font-size: max(12px, 0.8em);
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  .toggle {
    align-self: flex-start;
    padding: 0.2em 0.6em;
    border: 1px solid var(--rb-color-border);
    border-radius: calc(var(--rb-radius) / 2);
    background: var(--rb-color-background);
    color: var(--rb-color-text);
    font: inherit;
    font-size: max(12px, 0.8em);
    cursor: pointer;
    min-height: 24px;
  }
  @container (max-width: 480px) {
    ${wrapped}
  }
  @media (hover: none) and (pointer: coarse) {
    ${wrapped}
  }
  .toggle:focus-visible {
    outline: 2px solid var(--rb-color-accent);
    outline-offset: 1px;
  }
  .toggle::before {
    content: '▸ ';
  }
  .toggle[aria-expanded='true']::before {
    content: '▾ ';
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 0.6em;
    margin: 0;
    font-size: max(12px, 0.85em);
  }
`;
