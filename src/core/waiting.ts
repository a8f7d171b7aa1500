/**
 * What an element waits for before it can show its outcome: a language, the link groups or the
 * messages of a mistake, each loaded on demand. The element goes on once it has loaded, and its
 * `updateComplete` waits for it too, so `await el.updateComplete` sees the outcome in the
 * element's language.
 */
import type { ReactiveControllerHost } from 'lit';

export class Waiting {
  /** The last thing waited for (with what follows it), until it has settled. */
  private last: Promise<unknown> | null = null;

  constructor(private readonly host: ReactiveControllerHost) {}

  /** Runs `next` (by default, a new update of the host) once `loading` has settled. */
  on(loading: Promise<unknown>, next: () => unknown = () => this.host.requestUpdate()): void {
    const done = loading.then(next, next);
    this.last = done;
    void done.then(() => {
      if (this.last === done) this.last = null;
    });
  }

  /** The host's update completion, once nothing is waited for any more. */
  async settled(updateComplete: () => Promise<boolean>): Promise<boolean> {
    let complete = await updateComplete();
    while (this.last) {
      await this.last;
      complete = await updateComplete();
    }
    return complete;
  }
}
