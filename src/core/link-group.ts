/**
 * Link groups: widgets that share a `group` (or sit in one `rb-dashboard` with `link: true`) share
 * one selection (a unit, brand or cluster) and one period. A group is a small store: members
 * subscribe, `select` toggles the selection (the same item twice clears it), `setPeriod` sets the
 * period, and every change is announced once through the group's single polite live region and
 * written to the page URL's hash (`#rb.<group>=unit:magang&rb.<group>.period=2023`, beside what the
 * portal keeps there: `link-hash.ts`), from which a group starts, so a shared link opens on the same selection and period.
 *
 * Nothing here draws a widget: builders receive the period and the focus in their context.
 */
import type { Focus } from './contract.js';
import { widgetMessages } from './i18n/registry.js';
import { link } from './i18n/zh-CN/link.js';
import { documentPeriods, sortPeriods } from './period-figures.js';
import { periodLabel } from './periods.js';
import { readHash, writeHash } from './link-hash.js';

export { focusOf } from './link-hash.js';

/** The strings of link groups and the period control in any language (importing this module provides their zh-CN section). */
export const linkMessages = widgetMessages({ link });

/** What a group shares. */
export interface LinkState {
  readonly period: string | undefined;
  readonly focus: Focus | undefined;
}

type Listener = (state: LinkState) => void;

/** A document a member shows (validated or not: read defensively), for periods and names. */
type MemberDocument = Record<string, unknown>;

/** One group: its state, members, documents and live region. */
export class LinkGroup {
  private current: LinkState = { period: undefined, focus: undefined };
  private readonly listeners = new Set<Listener>();
  private readonly documents = new Map<object, MemberDocument>();
  private region: HTMLElement | null = null;
  /** Language of the announcements (the last member's). */
  lang = 'zh-CN';
  /** False when selections are not shared (a dashboard without `link: true` shares its period only). */
  selectable = true;
  /** True once a period was set by the page or the user (a spec's default does not override it). */
  private periodChosen = false;

  constructor(readonly name: string) {
    const fromHash = readHash(name);
    this.current = fromHash.state;
    this.periodChosen = fromHash.hasPeriod;
    if (typeof window !== 'undefined') window.addEventListener('hashchange', this.onHash);
  }

  /** A hash the user edited or followed (a shared link opened in this page): its state. */
  private readonly onHash = (): void => {
    const { state } = readHash(this.name);
    const same = state.period === this.current.period && state.focus?.kind === this.current.focus?.kind && state.focus?.id === this.current.focus?.id;
    if (same) return;
    this.current = state;
    this.notify();
  };

  get state(): LinkState {
    return this.selectable ? this.current : { ...this.current, focus: undefined };
  }

  /** Every period the members' documents hold, sorted as periods. */
  get periods(): string[] {
    const all: string[] = [];
    // Widgets sharing a `src` share one document object: read each once.
    for (const doc of new Set(this.documents.values())) {
      try {
        all.push(...documentPeriods(doc as never));
      } catch {
        // A malformed document breaks only the widget that shows it.
      }
    }
    return sortPeriods(all);
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
      if (!this.listeners.size) this.dispose();
    };
  }

  /** A member shows `doc` (null: nothing); the period control lists the periods of them all. */
  setDocument(member: object, doc: unknown): void {
    const before = this.documents.get(member);
    const next = doc && typeof doc === 'object' ? (doc as MemberDocument) : undefined;
    if (next) this.documents.set(member, next);
    else this.documents.delete(member);
    if (before !== next) this.notify();
  }

  /** Selects an item; selecting the selected one again clears the selection. */
  select(focus: Focus | undefined): void {
    if (!this.selectable) return;
    const same = focus && this.current.focus && focus.kind === this.current.focus.kind && focus.id === this.current.focus.id;
    const next = same ? undefined : focus;
    if (!next && !this.current.focus) return;
    this.update({ ...this.current, focus: next });
    this.announce(next ? linkMessages(this.lang).link.selected(this.nameOf(next)) : linkMessages(this.lang).link.cleared);
  }

  clear(): void {
    if (this.current.focus) this.select(this.current.focus);
  }

  /**
   * Sets the period (undefined: each item's latest). `initial` is a default (a dashboard spec's
   * `period`): it does not replace a period the hash or the user chose.
   */
  setPeriod(period: string | undefined, options: { initial?: boolean; quiet?: boolean } = {}): void {
    if (options.initial && this.periodChosen) return;
    if (!options.initial) this.periodChosen = true;
    if (period === this.current.period) return;
    if (options.initial) {
      // A default is not written to the hash: the link stays as the page was opened.
      this.current = { ...this.current, period };
      this.notify();
      return;
    }
    this.update({ ...this.current, period });
    if (!options.quiet) {
      const m = linkMessages(this.lang).link;
      this.announce(m.periodShown(period ? periodLabel(period, this.lang) : m.latest));
    }
  }

  /** The name of a selected item, from the members' documents (else its id). */
  nameOf(focus: Focus): string {
    const list = focus.kind === 'unit' ? 'units' : focus.kind === 'brand' ? 'brands' : 'clusters';
    for (const doc of this.documents.values()) {
      const region = doc['region'] as { id?: unknown; name?: unknown } | undefined;
      if (focus.kind === 'unit' && region?.id === focus.id && typeof region.name === 'string') return region.name;
      const items = doc[list];
      if (!Array.isArray(items)) continue;
      const item = items.find((x: { id?: unknown }) => x && x.id === focus.id) as { name?: unknown } | undefined;
      if (typeof item?.name === 'string') return item.name;
    }
    return focus.id;
  }

  private update(next: LinkState): void {
    this.current = next;
    writeHash(this.name, next);
    this.notify();
  }

  private notify(): void {
    for (const l of [...this.listeners]) l(this.current);
  }

  /** The group's one polite live region (created on the first announcement). */
  private announce(text: string): void {
    if (typeof document === 'undefined') return;
    if (!this.region) {
      const region = document.createElement('div');
      region.setAttribute('aria-live', 'polite');
      region.setAttribute('role', 'status');
      region.dataset['rbLinkGroup'] = this.name;
      region.className = 'rb-link-announcer';
      // Visually hidden through the CSSOM (strict CSP forbids style attributes, not the CSSOM).
      Object.assign(region.style, { position: 'absolute', width: '1px', height: '1px', overflow: 'hidden', clipPath: 'inset(50%)', whiteSpace: 'nowrap' });
      document.body.append(region);
      this.region = region;
    }
    // Same text twice is still announced: clear, then write on the next frame.
    this.region.textContent = '';
    const region = this.region;
    requestAnimationFrame(() => (region.textContent = text));
  }

  private dispose(): void {
    if (typeof window !== 'undefined') window.removeEventListener('hashchange', this.onHash);
    this.region?.remove();
    this.region = null;
    groups.delete(this.name);
  }
}

const groups = new Map<string, LinkGroup>();

/** The group of a name (created on first use, from the URL hash). */
export function linkGroup(name: string): LinkGroup {
  let group = groups.get(name);
  if (!group) groups.set(name, (group = new LinkGroup(name)));
  return group;
}
