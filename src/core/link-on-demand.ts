/**
 * An element's link to its link group, loaded on demand: the link controller (`link-controller.ts`)
 * and the groups (`link-group.ts`) load the first time a connected element names a group, so a
 * widget on its own never loads them. Until they have loaded, {@link OnDemandLink.loading} is the
 * promise to wait for before building, so the first build already has the group's period and selection.
 */
import type { Focus } from './contract.js';
import type { LinkController, LinkHost } from './link-controller.js';

type Links = typeof import('./link-controller.js');
let links: Links | null = null;
/** The import under way (null before the first group is named and once it has settled). */
let linksLoading: Promise<unknown> | null = null;
let requested = false;

/** The link module, or null while it loads (loading starts on the first call). */
function linkModule(): Links | null {
  if (!requested) {
    requested = true;
    linksLoading = import('./link-controller.js').then(
      (m) => void (links = m),
      (e: unknown) => console.error('region-brand-widgets: link groups could not be loaded; widgets stay unlinked', e),
    );
    void linksLoading.then(() => (linksLoading = null));
  }
  return links;
}

export class OnDemandLink {
  /** The element's link controller, made once the element has named a group and the module is at hand. */
  private controller: LinkController | null = null;

  constructor(private readonly host: LinkHost) {}

  /** While the host names a group and the link module is still loading: the promise to wait for. */
  get loading(): Promise<unknown> | null {
    return this.host.isConnected && this.host.group ? linksLoading : null;
  }

  /**
   * Joins the group the host names now, loading the link module the first time (call at the start
   * of each update; see {@link LinkController.sync}). True when the period or selection changed since the last build.
   */
  sync(doc: () => unknown): boolean {
    if (!this.controller && this.host.isConnected && this.host.group) {
      const m = linkModule();
      if (m) this.controller = new m.LinkController(this.host);
    }
    return this.controller?.sync(doc) ?? false;
  }

  /** The period and selection for a build's context (none outside a group). */
  context(): { period: string | undefined; focus: Focus | undefined } {
    return this.controller?.context() ?? { period: undefined, focus: undefined };
  }
}
