/**
 * Keyboard access to the items a chart draws on its canvas (the brand matrix's boxes, the map's
 * towns): a button per item, chosen with Enter or Space as a click on its mark chooses it. The
 * list is out of sight (still in the tab order) until one of its buttons has focus, then shown over
 * the foot of the widget, so nothing moves and a big-screen cell does not overflow.
 */
import { css, html, type TemplateResult } from 'lit';

/** One item: its id, the name its button shows, and whether the link group's selection is it. */
export interface Choice {
  readonly id: string;
  readonly name: string;
  readonly focused: boolean;
}

/** The list's styles (the widget's frame, `.base`, is what it is placed over) and its buttons' (`.chip`). */
export const choiceListStyles = css`
  .base {
    position: relative;
  }
  .choices {
    display: flex;
    flex-wrap: wrap;
    gap: 0.3em;
    margin: 0;
    padding: 0;
    list-style: none;
    font-size: max(12px, 0.85em);
  }
  .choices:not(:focus-within) {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
  }
  .choices:focus-within {
    position: absolute;
    z-index: 1;
    inset-inline: var(--rb-spacing);
    bottom: var(--rb-spacing);
    max-height: 50%;
    overflow: auto;
    padding: 0.4em;
    background: var(--rb-color-background);
    border: 1px solid var(--rb-color-border);
    border-radius: calc(var(--rb-radius) / 2);
  }
  /* A chip: these buttons, and the cluster map's cluster buttons. */
  .chip {
    min-height: 24px;
    font: inherit;
    color: var(--rb-color-text);
    background: var(--rb-color-surface);
    border: 1px solid var(--rb-color-border);
    border-radius: 999px;
    padding: 0.1em 0.6em;
    cursor: pointer;
  }
  .chip[aria-pressed='true'] {
    border-color: var(--rb-color-text);
    font-weight: 600;
  }
  .chip:focus-visible {
    outline: 2px solid var(--rb-color-accent);
    outline-offset: 1px;
  }
`;

/** The list (`part` names it), labelled; `choose` is called with the id of the button chosen. */
export function choiceList(part: string, label: string, items: readonly Choice[], choose: (id: string) => void): TemplateResult {
  return html`<ul part=${part} class="choices" aria-label=${label}>
    ${items.map((c) => html`<li><button type="button" class="chip" aria-pressed=${c.focused ? 'true' : 'false'} data-id=${c.id} @click=${() => choose(c.id)}>${c.name}</button></li>`)}
  </ul>`;
}
