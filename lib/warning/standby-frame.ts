/**
 * A warning page loaded ahead of the next warning, so that showing one does not wait for the page to load and ask
 * for its report (~75 ms). It is made only once the page has held a request: pages that never hold get nothing.
 * Its frame is loaded hidden, under a closed shadow root, with a secret standby id (not a token) in its fragment; it
 * takes its token from the worker alone (runtime messaging, never window messages). When a warning is shown, the
 * surface host moves the frame into its dialog with `moveBefore`, which keeps the loaded document, and the worker
 * assigns the token to the standby id, once. A frame the page navigated, moved or took out is never used.
 */
import { HOST_STYLE, pin } from './pin-style';
import { newSurfaceToken } from './surface-messages';

export const STANDBY_HOST_TAG = 'lrt-advisor-standby';

export interface Standby {
  id: string;
  frame: HTMLIFrameElement;
  /** Whether its first load is done (a later load means the page navigated it). */
  loaded(): boolean;
  /**
   * Tells the page in it, at once, that it is in the open dialog for this token (the worker says so too, a few hops
   * later). Posted to the extension's origin only; the page takes no token from it, it only starts showing the
   * warning it was given for this token (standby.ts).
   */
  shown(token: string): void;
}

interface Pending extends Standby {
  host: HTMLElement;
  spoiled: boolean;
}

type Movable = Element & { moveBefore?(node: Node, child: Node | null): void };

/** Whether this browser moves a frame without reloading it. */
export const canMoveFrames = (): boolean => typeof (Element.prototype as Movable).moveBefore === 'function';

/**
 * Keeps at most one hidden warning page ready. `take` hands it over (once) and leaves none until `prepare`. `loaded`
 * hears a ready page's id once it has loaded (the worker then gives it the next warning before it is shown).
 * `origin`: where the page in the frame really is. Chromium serves a web-accessible page under a per-session
 * dynamic URL, but the document it loads has the extension's own origin: a message posted to the URL's origin is
 * dropped, and the page then waits for the worker's word instead.
 */
export function createStandbys(standbyUrl: (id: string) => string, loaded?: (id: string) => void, origin?: string) {
  let ready: Pending | null = null;

  function prepare(): void {
    if (ready && !ready.spoiled && ready.host.parentNode === document.documentElement) return;
    discard();
    const host = document.createElement(STANDBY_HOST_TAG);
    const shadow = host.attachShadow({ mode: 'closed' });
    const frame = document.createElement('iframe');
    frame.title = 'LRT Advisor warning';
    frame.tabIndex = -1;
    frame.setAttribute('aria-hidden', 'true');
    const id = 's' + newSurfaceToken();
    let loads = 0;
    const url = standbyUrl(id);
    const shown = (token: string) => frame.contentWindow?.postMessage({ type: 'surface-shown', standby: id, token }, origin ?? new URL(url).origin);
    const s: Pending = { id, frame, host, spoiled: false, loaded: () => loads > 0, shown };
    // Its one load is ours; any other is the page navigating it (or moving it, which reloads it): never used then.
    frame.addEventListener('load', () => {
      if (++loads > 1) s.spoiled = true;
      else if (ready === s) loaded?.(id);
    });
    frame.src = url;
    pin(host, HOST_STYLE);
    pin(frame, 'display:block;position:fixed;inset:0;width:100vw;height:100vh;border:0;visibility:hidden;pointer-events:none');
    shadow.append(frame);
    ready = s;
    (document.documentElement ?? document).appendChild(host);
  }

  function discard(): void {
    ready?.host.remove();
    ready = null;
  }

  /** The ready frame, moved (not re-inserted) under `parent`, or null when there is none the page left alone. */
  function take(parent: Element): Standby | null {
    const s = ready;
    ready = null;
    if (!s) return null;
    const movable = parent as Movable;
    if (s.spoiled || s.host.parentNode !== document.documentElement || !canMoveFrames() || !parent.isConnected) {
      s.host.remove();
      return null;
    }
    try {
      movable.moveBefore!(s.frame, null);
    } catch {
      s.host.remove();
      return null;
    }
    s.host.remove();
    return s;
  }

  return { prepare, take, discard };
}
