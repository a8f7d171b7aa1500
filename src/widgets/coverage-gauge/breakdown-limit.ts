/**
 * The breakdown of `rb-coverage-gauge` in a cell of fixed height (a big-screen stage): the rows
 * that fit, then `另有 N 个单位`, by the rule the picture renderer follows ({@link rowsThatFit}),
 * instead of a list nobody scrolls. Every render that shows all rows measures them; when they do
 * not fit, the next render shows fewer. A new model, a new size of the element or newly loaded
 * fonts show all rows again and measure again, so a cell that grows gets its rows back.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { rowsThatFit } from './breakdown-fit.js';

type Host = ReactiveControllerHost & HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment };

/** Subpixel layout: a row within half a pixel of the room fits. */
const SLACK = 0.5;

export class BreakdownLimit implements ReactiveController {
  /** Rows to show: null while all are shown and measured; -1: none (not even the title fits). */
  shown: number | null = null;
  private model: unknown = undefined;
  private size = '';
  private readonly resize =
    typeof ResizeObserver === 'function'
      ? new ResizeObserver(([entry]) => {
          const box = entry?.contentRect;
          const size = box ? `${box.width}x${box.height}` : '';
          if (size === this.size) return;
          this.size = size;
          this.remeasure();
        })
      : undefined;
  private readonly onFonts = (): void => this.remeasure();

  constructor(
    private readonly host: Host,
    /** The model shown (a new one is measured afresh). */
    private readonly currentModel: () => unknown,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.resize?.observe(this.host);
    document.fonts?.addEventListener?.('loadingdone', this.onFonts);
  }

  hostDisconnected(): void {
    this.resize?.disconnect();
    this.size = '';
    document.fonts?.removeEventListener?.('loadingdone', this.onFonts);
  }

  hostUpdate(): void {
    const model = this.currentModel();
    if (model !== this.model) {
      this.model = model;
      this.shown = null;
    }
  }

  hostUpdated(): void {
    if (this.shown !== null) return;
    const measured = this.measure();
    if (!measured) return;
    this.shown = measured.shown;
    // Every row fits (always, on a flowing page): what is drawn stays, with no second render; the
    // unseen probe line goes with the next one.
    if (measured.shown < measured.count) this.host.requestUpdate();
  }

  /** All rows again, then measured. */
  private remeasure(): void {
    this.shown = null;
    this.host.requestUpdate();
  }

  /** Rows the room shows of how many, measured while all are shown; null when there is no breakdown. */
  private measure(): { shown: number; count: number } | null {
    const section = this.host.renderRoot.querySelector<HTMLElement>('.breakdown');
    const body = section?.parentElement;
    const list = section?.querySelector('ul');
    const probe = section?.querySelector<HTMLElement>('.more-probe');
    if (!section || !body || !list || !probe) return null;
    // Bounding boxes throughout (a stage is scaled by a transform: all in the same pixels).
    const top = section.getBoundingClientRect().top;
    const room = body.getBoundingClientRect().bottom - top + SLACK;
    const rows = [...list.children].map((li) => li.getBoundingClientRect().bottom - top);
    const listTop = list.getBoundingClientRect().top - top;
    const more = probe.getBoundingClientRect().bottom - top;
    const shown = rowsThatFit(rows.length, room, (k) => (k ? rows[k - 1]! : listTop) + (k < rows.length ? more : 0));
    return { shown, count: rows.length };
  }
}
