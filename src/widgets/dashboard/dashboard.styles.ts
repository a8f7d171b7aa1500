/** Styles of `rb-dashboard`: the flowing grid, the big-screen stage, page controls. */
import { css } from 'lit';

export const dashboardStyles = css`
  /* A flowing dashboard lets the portal's page show between its cards in the light theme; other
     themes (dark, screen …) paint their background, so their light text never sits on a light page. */
  :host([data-rb-theme='light']) {
    background: transparent;
  }
  :host([data-layout='stage']) {
    display: block;
    height: 100vh;
    padding: 0;
    background: var(--rb-color-background);
    container-type: normal;
  }
  :host(:fullscreen) {
    width: 100vw;
    height: 100vh;
    background: var(--rb-color-background);
  }
  .grid {
    display: grid;
    gap: var(--rb-dashboard-gap, 16px);
  }
  @container (max-width: 640px) {
    .flow .grid {
      grid-template-columns: 1fr !important;
    }
    .flow .cell {
      grid-column: auto !important;
    }
  }
  .bar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em 1em;
    margin-bottom: var(--rb-dashboard-gap, 16px);
  }
  .bar h2,
  .bar h3 {
    margin: 0;
    font-weight: 600;
  }
  .bar h2 {
    font-size: 1.6em;
  }
  .bar h3 {
    font-size: 1.2em;
    color: var(--rb-color-muted);
  }
  .bar .subtitle {
    margin: 0;
    color: var(--rb-color-muted);
  }
  .controls {
    display: flex;
    align-items: center;
    gap: 0.4em;
    margin-inline-start: auto;
  }
  .controls button {
    font: inherit;
    font-size: 0.9em;
    min-width: 2.2em;
    min-height: 2.2em;
    color: var(--rb-color-text);
    background: var(--rb-color-surface);
    border: 1px solid var(--rb-color-border);
    border-radius: calc(var(--rb-radius) / 2);
    cursor: pointer;
  }
  .controls button[aria-current='page'] {
    background: var(--rb-color-accent);
    border-color: var(--rb-color-accent);
    color: var(--rb-color-background);
  }
  .controls button:focus-visible {
    outline: 2px solid var(--rb-color-accent);
    outline-offset: 2px;
  }
  .screen,
  .screen-body {
    width: 100%;
    height: 100%;
  }
  /* Positioned, so that what the widgets position absolutely (their visually hidden texts and data
     tables) is clipped with the stage and scrolls with the viewport, instead of reaching past the
     window and giving the portal's page scroll bars of its own. */
  .screen {
    position: relative;
    overflow: hidden;
  }
  .viewport {
    width: 100%;
    height: 100%;
    overflow: hidden;
    display: grid;
    place-items: center;
  }
  /* One track the size of the viewport: a stage larger than it (fit cover) stays centred, cropped evenly on both sides. */
  .viewport:not(.scroll) {
    grid-template: minmax(0, 1fr) / minmax(0, 1fr);
  }
  .viewport.scroll {
    overflow: auto;
    place-items: start;
  }
  .viewport.scroll .stage {
    margin: auto;
  }
  .stage {
    position: relative;
    box-sizing: border-box;
    display: flex;
    flex-direction: column;
    padding: var(--rb-dashboard-gap, 16px);
    overflow: hidden;
    background: var(--rb-color-background);
  }
  .stage .grid {
    flex: 1;
    min-height: 0;
  }
  .stage .cell {
    min-width: 0;
    min-height: 0;
    overflow: hidden;
    container-type: size;
  }
  .stage .cell > * {
    height: 100%;
    --rb-chart-height: calc(100cqh - 2 * var(--rb-spacing) - 2.6em);
  }
  /* A broken widget's mistake in its place; on a stage, those whose area is wrong below the grid. */
  .cell.broken > .error {
    box-sizing: border-box;
    overflow: auto;
  }
  .unplaced {
    flex: none;
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(20em, 1fr));
    gap: var(--rb-dashboard-gap, 16px);
    max-height: 30%;
    overflow: auto;
    margin-top: var(--rb-dashboard-gap, 16px);
  }
  @media (prefers-reduced-motion: no-preference) {
    .page.turned {
      animation: rb-page-in 400ms ease-out;
    }
  }
  @keyframes rb-page-in {
    from {
      opacity: 0;
    }
    to {
      opacity: 1;
    }
  }
`;
