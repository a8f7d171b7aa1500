import { css } from 'lit';

export const workbenchStyles = css`
  :host {
    display: block;
    color: var(--rb-color-text, #1f2329);
    background: var(--rb-color-background, #fff);
    font-family: var(--rb-font-family, system-ui, sans-serif);
    font-size: var(--rb-font-size, 14px);
    line-height: 1.5;
    container-type: inline-size;
  }
  header { display: flex; flex-wrap: wrap; gap: 12px; align-items: center; justify-content: space-between; }
  h2 { font-size: 1.4em; margin: 0; }
  h3 { font-size: 1.25em; margin: 0; }
  h4 { font-size: 1.1em; margin: 16px 0 8px; }
  h3:focus { outline: none; }
  [part='steps'] ol { display: flex; flex-wrap: wrap; gap: 8px; list-style: none; margin: 12px 0; padding: 0; }
  button, select, input, textarea { font: inherit; color: inherit; }
  button {
    background: var(--rb-color-surface, #f5f6f8);
    border: 1px solid var(--rb-color-border, #8a919f);
    border-radius: var(--rb-radius, 4px);
    padding: 4px 12px;
    cursor: pointer;
  }
  button[aria-current='step'] { background: var(--rb-color-accent, #c8161d); color: #fff; border-color: var(--rb-color-accent, #c8161d); }
  button:disabled { color: #5c6370; cursor: not-allowed; }
  :focus-visible { outline: 3px solid #1d5fbf; outline-offset: 2px; }
  .dropzone { border: 2px dashed var(--rb-color-border, #8a919f); border-radius: 8px; padding: 24px; text-align: center; }
  .dropzone.over { border-color: #1d5fbf; background: #eef4fc; }
  .figures { display: grid; grid-template-columns: repeat(auto-fill, minmax(120px, 1fr)); gap: 8px; margin: 0; }
  .figures div { border: 1px solid var(--rb-color-border, #c9cdd4); border-radius: 4px; padding: 8px; }
  .figures dt { color: var(--rb-color-muted, #4e5969); }
  .figures dd { margin: 0; font-size: 1.4em; font-weight: 600; }
  .problems li { margin: 6px 0; }
  .problems .where { font-family: ui-monospace, monospace; font-weight: 600; margin-inline-end: 8px; }
  .error { color: #b3141a; }
  table { border-collapse: collapse; margin: 6px 0; }
  th, td { border: 1px solid #c9cdd4; padding: 2px 6px; text-align: start; }
  td.fault { background: #fde2e2; font-weight: 600; }
  pre, textarea { font-family: ui-monospace, monospace; font-size: 0.9em; background: #f5f6f8; border: 1px solid #c9cdd4; padding: 8px; overflow: auto; max-height: 20em; white-space: pre-wrap; }
  textarea { width: 100%; box-sizing: border-box; min-height: 6em; }
  .configure { display: grid; grid-template-columns: minmax(260px, 1fr) minmax(0, 1.4fr); gap: 24px; align-items: start; }
  @container (max-width: 720px) { .configure { grid-template-columns: 1fr; } }
  .field { margin: 0 0 12px; border: 0; padding: 0; }
  .field > label, legend { display: block; font-weight: 600; }
  .field.switch { display: grid; grid-template-columns: auto 1fr; column-gap: 8px; align-items: center; }
  .field.switch label { grid-column: 2; grid-row: 1; }
  .field.switch .hint { grid-column: 1 / -1; }
  .hint { color: var(--rb-color-muted, #4e5969); margin: 2px 0 0; font-size: 0.9em; }
  .check { display: block; }
  .number-row { display: flex; gap: 8px; margin: 4px 0; }
  input[type='text'], input[type='url'], select { min-width: 16em; max-width: 100%; }
  input[type='checkbox'][role='switch'] { width: 2.2em; height: 1.2em; accent-color: var(--rb-color-accent, #c8161d); }
  .preview { border: 1px solid #c9cdd4; border-radius: 8px; padding: 12px; min-height: 200px; }
  .composer li { display: flex; flex-wrap: wrap; gap: 8px; align-items: center; margin: 6px 0; }
  .composer input[type='number'], .actions input[type='number'] { width: 5em; }
  .composer .area { display: inline-flex; flex-wrap: wrap; gap: 8px; }
  .layout { border: none; padding: 0; margin: 12px 0 0; display: flex; flex-wrap: wrap; gap: 16px; }
  .layout legend { padding: 0; margin-bottom: 4px; font-weight: 600; }
  /* A big-screen preview: the stage fitted into a box of its own, not the whole window. */
  .preview rb-dashboard[data-layout='stage'] { height: min(60vh, 540px); }
  .actions { display: flex; flex-wrap: wrap; gap: 8px; margin: 12px 0; }
  [role='status'] { min-height: 1.5em; color: var(--rb-color-muted, #4e5969); }
`;
