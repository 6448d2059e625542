/**
 * The page bridge: the private channel between the wallet hook (the page's MAIN world) and the
 * warning content script (the extension's isolated world).
 *
 * Threat model. Page scripts share the MAIN world with the hook. They can replace any global or
 * prototype, dispatch any DOM event, call `window.postMessage` with anything, and reach into the
 * warning's open shadow root. They must not be able to make a held request continue, cancel it, or
 * put their own text into the warning.
 * - The channel is a `MessageChannel` created by the hook. Its second port is handed over with a
 *   synchronous `dispatchEvent` of a cancelable `MessageEvent` while both content scripts run at
 *   document_start, before any page script exists, when the extension side asks for it (`READY_EVENT`,
 *   it runs second) or answers the hook's `HELLO_EVENT` (if it ran first). The extension side takes the
 *   port and cancels the event, so the hook knows at once, synchronously, that the port is taken; then
 *   both sides drop their handshake listeners and never hand out or accept a port again. A page that
 *   later forges the handshake events finds nobody listening.
 * - The hook keeps its port in a closure and calls only built-ins captured before page scripts ran
 *   (`safe-globals.ts`): overriding `MessagePort.prototype.postMessage`, the `MessageEvent` `data`
 *   getter, `EventTarget`, `JSON`, `Promise` or `Function.prototype` afterwards does not reach it.
 *   Nothing travels through `window.postMessage`, so forged window messages carry no meaning.
 * - Decisions (continue, cancel, release) come only from the isolated world: from the worker's
 *   assessment, and from trusted (`event.isTrusted`) input in the warning.
 * - The warning renders only text built in the isolated world from the worker's assessment; page
 *   writes into its shadow root are detected and undone there.
 * The page half lives in `lib/inpage/page-side.ts` (it may only use captured built-ins).
 * Not covered: a page that talks straight to a wallet's own content-script channel bypasses every
 * in-page hook (the "alternate invocation" drainers use); page-side interception is advisory.
 */
export const PORT_EVENT = 'lrt-advisor:port';
export const READY_EVENT = 'lrt-advisor:ready';
/** The hook is there: the extension side, if it is already listening, cancels this and the hook offers its port. */
export const HELLO_EVENT = 'lrt-advisor:hello';

/** What the hook sends. `requests` is the page's snapshot: untrusted until parsed by the worker. */
export type PageToExtension =
  | {
      k: 'hold';
      id: string;
      requests: { method: string; params: unknown }[];
      chainId: string | null;
      via: 'request' | 'send' | 'sendAsync';
      wallet: string;
    }
  /** What a wallet's `request` answered to eth_accounts / eth_requestAccounts: a suggestion, see reported-accounts.ts. */
  | { k: 'accounts'; accounts: unknown };

export type Decision = 'release' | 'continue' | 'cancel';

/**
 * What the extension side sends. `ack`: held and being assessed; `shown`: the person is looking at the warning.
 * A `cancel` with `reason: 'busy'` turns away one request of a flood (too many warnings already wait for the person);
 * `'unavailable'`: the warning could not be shown; `'reload'`: the bridge could not load the hold machinery (the
 * extension changed under the page).
 */
export type ExtensionToPage =
  | { k: 'ack' | 'shown'; id: string }
  | { k: Decision; id: string; reason?: 'busy' | 'unavailable' | 'reload' };

export interface ExtensionSide {
  connected(): boolean;
  post(message: ExtensionToPage): void;
}

/** Extension (isolated world) half. Call at document_start. */
export function openExtensionSide(onMessage: (message: unknown) => void): ExtensionSide {
  let port: MessagePort | null = null;
  const stop = (): void => {
    window.removeEventListener(PORT_EVENT, onPort, true);
    window.removeEventListener(HELLO_EVENT, onHello, true);
  };
  const onPort = (event: Event): void => {
    const candidate = (event as MessageEvent).ports?.[0];
    if (port || !candidate) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    port = candidate;
    stop();
    port.onmessage = (m) => onMessage(m.data);
  };
  const onHello = (event: Event): void => event.preventDefault();
  window.addEventListener(PORT_EVENT, onPort, true);
  window.addEventListener(HELLO_EVENT, onHello, true);
  window.dispatchEvent(new Event(READY_EVENT));
  // Both halves run before page scripts; once the page's own scripts can run, no honest port can arrive.
  if (!port) document.addEventListener('DOMContentLoaded', stop, { once: true });
  return {
    connected: () => port !== null,
    post: (message) => port?.postMessage(message),
  };
}
