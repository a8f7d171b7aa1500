/**
 * The link of one element to its group (`link-group.ts`): joins the group its `group` names,
 * hands the group the document it shows, turns its own `rb-select` of a unit, brand or cluster
 * into the group's selection (the same item again clears it; so does Escape), and asks the element
 * to rebuild when the group's period or selection changes.
 *
 * This module and the groups load on demand (`link-on-demand.ts`), the first time an element
 * names a group: a widget on its own never loads them.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Focus } from './contract.js';
import { focusOf, linkGroup, type LinkGroup } from './link-group.js';

/** What the controller needs of its element. */
export interface LinkHost extends ReactiveControllerHost, HTMLElement {
  /** The group's name (`group` attribute; a dashboard sets it on its widgets). */
  readonly group?: string | undefined;
  readonly effectiveLang: string;
}

const focusKey = (f: Focus | undefined) => (f ? `${f.kind}:${f.id}` : '');

export class LinkController implements ReactiveController {
  private group: LinkGroup | null = null;
  private unsubscribe: (() => void) | null = null;
  /** Period and selection of the last {@link context}: a change of either needs a rebuild. */
  private builtFor = { period: undefined as string | undefined, focus: '' };
  /** Period and selection the group had when it last told the host: a notice of another member's document changes neither. */
  private seen = { period: undefined as string | undefined, focus: '' };
  private dirty = false;
  /** The document the host shows (read after each update). */
  private document: () => unknown = () => null;

  constructor(private readonly host: LinkHost) {
    host.addController(this);
  }

  /** The group's period, if the element is in a group. */
  get period(): string | undefined {
    return this.group?.state.period;
  }

  /** The group's selection, if any. */
  get focus(): Focus | undefined {
    return this.group?.state.focus;
  }

  /** The group joined, if any. */
  get linked(): LinkGroup | null {
    return this.group;
  }

  hostConnected(): void {
    this.host.addEventListener('rb-select', this.onSelect);
    this.host.addEventListener('keydown', this.onKey);
    this.host.requestUpdate();
  }

  /** Hands the group the document the host shows now, for its periods and names. */
  hostUpdated(): void {
    if (!this.group) return;
    this.group.lang = this.host.effectiveLang;
    this.group.setDocument(this.host, this.document());
  }

  hostDisconnected(): void {
    this.host.removeEventListener('rb-select', this.onSelect);
    this.host.removeEventListener('keydown', this.onKey);
    this.leave();
  }

  /**
   * Joins the group the host names now (call at the start of each update); `doc` gives the
   * document the host shows, handed to the group after the update. True when the period or
   * selection changed since the last build.
   */
  sync(doc: () => unknown): boolean {
    this.document = doc;
    const name = (this.host.isConnected && this.host.group) || undefined;
    if (this.group?.name !== name) {
      this.leave();
      if (name) {
        this.group = linkGroup(name);
        this.unsubscribe = this.group.subscribe(() => this.changed());
        this.changed(true);
      }
    }
    const dirty = this.dirty;
    this.dirty = false;
    return dirty;
  }

  /** The period and selection for a build's context; remembered to tell when to rebuild. */
  context(): { period: string | undefined; focus: Focus | undefined } {
    const { period, focus } = this;
    this.builtFor = { period, focus: focusKey(focus) };
    return { period, focus };
  }

  /**
   * The group's state may have changed (`joined`: the host has just joined it). Only a change of
   * period or selection asks for a rebuild: the group also tells its members of every document a
   * member hands it, the host's own among them, after its update (asking then would update it twice).
   */
  private changed(joined = false): void {
    const now = { period: this.period, focus: focusKey(this.focus) };
    if (!joined && now.period === this.seen.period && now.focus === this.seen.focus) return;
    this.seen = now;
    if (now.period === this.builtFor.period && now.focus === this.builtFor.focus) return;
    this.dirty = true;
    this.host.requestUpdate();
  }

  private leave(): void {
    this.group?.setDocument(this.host, null);
    this.unsubscribe?.();
    this.unsubscribe = null;
    this.group = null;
  }

  private readonly onSelect = (e: Event): void => {
    // Only the host's own choices (a dashboard's widgets report to the group themselves; their
    // events reach the dashboard retargeted to it, so look at the original target).
    if (e.composedPath()[0] !== this.host || !this.group) return;
    const focus = focusOf((e as CustomEvent<{ kind?: unknown; id?: unknown }>).detail);
    if (!focus) return;
    this.group.lang = this.host.effectiveLang;
    this.group.select(focus);
  };

  private readonly onKey = (e: KeyboardEvent): void => {
    if (e.key !== 'Escape' || !this.group?.state.focus) return;
    this.group.lang = this.host.effectiveLang;
    this.group.clear();
  };
}
