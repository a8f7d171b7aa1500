/**
 * An element's link to its link group, loaded on demand: the link controller (`link-controller.ts`)
 * and the groups (`link-group.ts`) load the first time a connected element names a group, so a
 * widget on its own never loads them. Until they have loaded, {@link OnDemandLink.loading} is the
 * promise to wait for before building, so the first build already has the group's period and selection.
 */
import type { Focus } from './contract.js';
import type { LinkController, LinkHost } from './link-controller.js';
import { OnDemand } from './on-demand.js';

const links = new OnDemand(() => import('./link-controller.js'), 'link groups (widgets stay unlinked)');

export class OnDemandLink {
  /** The element's link controller, made once the element has named a group and the module is at hand. */
  private controller: LinkController | null = null;

  constructor(private readonly host: LinkHost) {}

  /** While the host names a group and the link module is still loading: the promise to wait for. */
  get loading(): Promise<unknown> | null {
    return this.host.isConnected && this.host.group ? links.ready() : null;
  }

  /**
   * Joins the group the host names now, loading the link module the first time (call at the start
   * of each update; see {@link LinkController.sync}). True when the period or selection changed since the last build.
   */
  sync(doc: () => unknown): boolean {
    if (!this.controller && this.host.isConnected && this.host.group) {
      const m = links.module;
      if (m) this.controller = new m.LinkController(this.host);
      else void links.ready();
    }
    return this.controller?.sync(doc) ?? false;
  }

  /** The period and selection for a build's context (none outside a group). */
  context(): { period: string | undefined; focus: Focus | undefined } {
    return this.controller?.context() ?? { period: undefined, focus: undefined };
  }
}
