import type { Call } from './held-calls';
import { apply, setTimer } from './safe-globals';

/**
 * Approvals. A decided call goes to the wallet with a one-shot grant for its exact content (method and canonical
 * params), never for an object the page can reach. Wallets often implement one entry point with another
 * (`send` → `this.sendAsync`, `request` → `this._rpcRequest`): the inner call reaches a wrapper again, finds the
 * grant for the same content, consumes it and passes it on to the next layer. Grants end with the task that made
 * them, so a page cannot replay one later, and a different request sent meanwhile (a getter the wallet reads, an
 * event handler) finds no grant for its content and is held.
 */
export function createGrants() {
  const grants: { key: string; live: boolean }[] = [];
  function granted(calls: Call[]): boolean {
    const taken: { live: boolean }[] = [];
    for (let i = 0; i < calls.length; i++) {
      let hit: { live: boolean } | null = null;
      for (let j = 0; j < grants.length && !hit; j++) if (grants[j]!.live && grants[j]!.key === calls[i]!.key) hit = grants[j]!;
      if (!hit) {
        for (let k = 0; k < taken.length; k++) taken[k]!.live = true;
        return false;
      }
      hit.live = false;
      taken[i] = hit;
    }
    return true;
  }
  /** Calls the wallet's function with a grant for each call's content, live until this task ends. */
  const pass = (calls: Call[], fn: Function, self: unknown, args: unknown[]): unknown => {
    const mine: { key: string; live: boolean }[] = [];
    for (let i = 0; i < calls.length; i++) grants[grants.length] = mine[i] = { key: calls[i]!.key!, live: true };
    setTimer(() => {
      for (let i = 0; i < mine.length; i++) mine[i]!.live = false;
      let n = 0;
      for (let i = 0; i < grants.length; i++) if (grants[i]!.live) grants[n++] = grants[i]!;
      grants.length = n;
    }, 0);
    return apply(fn, self, args);
  };
  return { granted, pass };
}
