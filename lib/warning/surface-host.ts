/**
 * The top frame's side of the decision surface: a modal <dialog> in the top layer, inside a closed shadow root,
 * framing the extension's own warning-frame.html over the whole viewport. The page cannot reach into the root, and
 * cannot read or style the framed document; what it can still do is act on the host element it sees, open its own
 * top-layer elements, run a view transition, navigate the frame, or change how <html> is painted. The host's box is
 * pinned with inline `!important` styles (pin-style.ts), ours is put back on top whenever the page opens something in
 * the top layer, and a Continue counts only while nothing of the page is over the dialog (`check`). Chromium's
 * IntersectionObserver v2 inside the framed document says the same from the compositor's side; this is what covers
 * Firefox, which has none. Every undoing counts: a page that keeps at it gets its request cancelled.
 */
import type { SurfaceCheckReply, SurfaceDecision } from './surface-messages';
import { HOST_STYLE, PINNED, keepHost, pin, pinned } from './pin-style';
import { skipViewTransition, viewTransitionActive, watchPageTopLayer, type PageTopLayer } from './page-top-layer';
import { coverReason } from './surface-visible';
import { createStandbys } from './standby-frame';

export const SURFACE_HOST_TAG = 'lrt-advisor-warning';
/** A page that keeps moving, restyling or covering the dialog past this many times gets its request cancelled. */
const TAMPER_LIMIT = 25;
/** A Continue within this long after the page put something over the warning does not count. */
const COVER_GRACE_MS = 1000;
/** A box that fills the viewport (the dialog, the frame in it), with nothing of its own to show. */
const BOX_STYLE =
  'display:block;position:fixed;inset:0;width:100%;height:100%;max-width:none;max-height:none;min-width:0;min-height:0;margin:0;padding:0;border:0 none;outline:none;background:transparent;overflow:hidden;box-sizing:border-box;' +
  PINNED;

export interface SurfaceHostDeps {
  frameUrl(token: string): string;
  /** The page would not leave the dialog alone: cancel the request. */
  giveUp(token: string): void;
  /** The page moved, restyled or covered the dialog and it was put back: the framed page tells the person. */
  tampered(token: string): void;
  /** The frame's URL with a fragment that says so: set on the frame, it reaches the page in it directly. */
  tamperedUrl(token: string): string;
  /** A standby page's URL (standby-frame.ts); without it, every warning loads its own page. */
  standbyUrl?(id: string): string;
  /** A standby page has loaded: the worker may give it the next warning ahead of `show`. */
  standbyLoaded?(id: string): void;
  /** Where the extension's pages really load (not a per-session dynamic URL): told here a standby page is shown. */
  standbyOrigin?: string;
}

export interface SurfaceHost {
  /** `already` when this token is already shown; `standby`: the id of the standby page it shows (then too), for the worker. */
  show(token: string): { already: boolean; standby?: string };
  /** Loads a standby page for the next warning, if there is none (and the browser can move frames). */
  prepare(): void;
  check(token: string, decision: SurfaceDecision, seen: boolean | null): SurfaceCheckReply;
  close(token: string): void;
}

interface Surface {
  host: HTMLElement;
  dialog: HTMLDialogElement;
  frame: HTMLIFrameElement;
  tampers: number;
  lastTamper: number;
  /** The next load of the frame is ours: its first, or after we reloaded it. */
  expectLoad: boolean;
  /** Loads until then are ours too: a frame we put back under <html> loads again, once or twice (its src changing too). */
  ownLoadsUntil: number;
  standby?: string;
}

export function createSurfaceHost(deps: SurfaceHostDeps): SurfaceHost {
  const surfaces = new Map<string, Surface>();
  const ours = new WeakSet<Element>();
  /** Page top-layer elements that were already open when ours was last put on top: they are under it. */
  let under = new WeakSet<Element>();
  let coveredAt = -Infinity;
  let layer: PageTopLayer | null = null;
  let timer: ReturnType<typeof setInterval> | null = null;
  const pageTopLayer = () => layer?.list() ?? [];
  const standbys = deps.standbyUrl ? createStandbys(deps.standbyUrl, deps.standbyLoaded, deps.standbyOrigin) : null;

  function raise(s: Surface) {
    if (s.dialog.open) s.dialog.close();
    s.dialog.showModal();
    s.frame.focus();
  }

  function told(token: string, s: Surface) {
    deps.tampered(token);
    // A new fragment reaches the framed page (hashchange) without reloading it only where the frame's URL is its
    // document's own; under a dynamic URL it would load the page again (twice): there the worker's word tells it.
    const url = deps.tamperedUrl(token);
    if (s.frame.src !== url && (!deps.standbyOrigin || new URL(s.frame.src).origin === deps.standbyOrigin)) s.frame.src = url;
  }

  /** Counts one undoing; false (and the request cancelled) past the limit. */
  function tamper(token: string, s: Surface) {
    s.lastTamper = performance.now();
    told(token, s);
    if (++s.tampers > TAMPER_LIMIT) {
      close(token);
      deps.giveUp(token);
      return false;
    }
    return true;
  }

  /** The host as the page sees it: directly under <html>, its box pinned, nothing making it inert. */
  function guard(token: string, s: Surface): void {
    if (s.host.parentNode !== document.documentElement) {
      s.ownLoadsUntil = performance.now() + 1000;
      // Put back, the frame loads again, from its src: this warning's page (a standby page's src is its standby id).
      if (s.frame.src !== deps.tamperedUrl(token)) s.frame.src = deps.tamperedUrl(token);
    }
    if (keepHost(s.host) && !tamper(token, s)) return;
    // Page zoom multiplies into ours: undo it, so the framed warning keeps its size.
    const zoom = (s.host as HTMLElement & { currentCSSZoom?: number }).currentCSSZoom ?? 1;
    const undo = zoom > 0 && zoom !== 1 ? String(1 / zoom) : '1';
    if (!pinned(s.dialog) || s.dialog.style.getPropertyValue('zoom') !== undo) pin(s.dialog, BOX_STYLE + ';zoom:' + undo);
    if (!pinned(s.frame)) pin(s.frame, BOX_STYLE + ';zoom:1');
    if (!s.dialog.open) raise(s);
  }

  function watch() {
    if (surfaces.size === 0) return;
    for (const [token, s] of surfaces) guard(token, s);
    const transition = viewTransitionActive();
    if (transition) skipViewTransition();
    if (transition || pageTopLayer().some((el) => !under.has(el))) {
      coveredAt = performance.now();
      // Shown again, ours goes above whatever the page opened; each time counts.
      for (const [token, s] of surfaces) if (tamper(token, s)) raise(s);
      under = new WeakSet(pageTopLayer());
    }
  }

  /** What the page does to the host or to <html> is undone at once (and counted), not at the next tick. */
  const hostObserver = new MutationObserver(() => {
    for (const [token, s] of surfaces) guard(token, s);
  });
  function observeRoot() {
    hostObserver.observe(document.documentElement, { childList: true, attributes: true, attributeFilter: ['inert', 'style', 'class', 'hidden'] });
  }

  function ensureWatching() {
    if (timer !== null) return;
    layer ??= watchPageTopLayer(ours, (opened) => {
      // Opened (again) now, it is above ours, whether or not it was open under ours before.
      for (const el of opened) under.delete(el);
      watch();
    });
    under = new WeakSet(pageTopLayer());
    let root = document.documentElement;
    timer = setInterval(() => {
      layer!.collectRoots();
      // A new document element (document.open(), replaceChild): watch it too.
      if (document.documentElement !== root && document.documentElement) ((root = document.documentElement), observeRoot());
      watch();
    }, 250);
  }

  function close(token: string) {
    const s = surfaces.get(token);
    if (!s) return;
    surfaces.delete(token);
    s.dialog.close();
    // Out of the top layer at once; out of the document a moment later, once the input that decided has been handled
    // (Chromium's browser process went down when the frame was removed in the middle of the person's click).
    setTimeout(() => s.host.remove(), 50);
    if (surfaces.size === 0 && timer !== null) {
      hostObserver.disconnect();
      clearInterval(timer);
      timer = null;
    }
  }

  /** What the top frame can tell about whether the person saw the real warning when they chose. */
  function visible(s: Surface): string | null {
    const now = performance.now();
    if (now - s.lastTamper < COVER_GRACE_MS) return 'the page had just moved the warning';
    if (pageTopLayer().some((el) => !under.has(el)) || viewTransitionActive()) return 'the page put something over the warning';
    if (now - coveredAt < COVER_GRACE_MS) return 'the page had just put something over the warning';
    return coverReason(s.host, s.dialog, s.frame);
  }

  return {
    show(token) {
      const had = surfaces.get(token);
      if (had) return had.standby ? { already: true, standby: had.standby } : { already: true };
      const host = document.createElement(SURFACE_HOST_TAG);
      const shadow = host.attachShadow({ mode: 'closed' });
      const dialog = document.createElement('dialog');
      dialog.setAttribute('aria-label', 'LRT Advisor');
      shadow.append(dialog);
      ours.add(host);
      ours.add(dialog);
      pin(host, HOST_STYLE);
      pin(dialog, BOX_STYLE + ';zoom:1');
      (document.documentElement ?? document).appendChild(host);
      // The standby page, already loaded, moved into the dialog as it is; else this warning's own page.
      const standby = standbys?.take(dialog) ?? null;
      const frame = standby?.frame ?? document.createElement('iframe');
      if (standby) for (const a of ['tabindex', 'aria-hidden']) frame.removeAttribute(a);
      else {
        frame.title = 'LRT Advisor warning';
        frame.src = deps.frameUrl(token);
        dialog.append(frame);
      }
      const s: Surface = { host, dialog, frame, tampers: 0, lastTamper: -Infinity, expectLoad: !standby?.loaded(), ownLoadsUntil: 0, ...(standby ? { standby: standby.id } : {}) };
      // Its page may have rendered the warning already, hidden: seen from now. Told first, so the word leaves sooner.
      standby?.shown(token);
      // Esc where the page had taken focus closes the dialog natively: it means Cancel, if it is the person's.
      dialog.addEventListener('cancel', (event) => {
        event.preventDefault();
        if (event.isTrusted) {
          close(token);
          deps.giveUp(token);
        }
      });
      // Our page loads once, and a fragment change does not load it again: any other load is the page navigating
      // the frame (a parent can navigate its child frames) to a document of its own. Ours is put back, and counted.
      frame.addEventListener('load', () => {
        if (s.expectLoad || performance.now() < s.ownLoadsUntil || surfaces.get(token) !== s) return void (s.expectLoad = false);
        if (!tamper(token, s)) return;
        s.expectLoad = true;
        frame.src = deps.tamperedUrl(token);
      });
      surfaces.set(token, s);
      pin(frame, BOX_STYLE + ';zoom:1');
      guard(token, s);
      hostObserver.observe(host, { attributes: true });
      observeRoot();
      ensureWatching();
      raise(s);
      under = new WeakSet(pageTopLayer());
      // The next warning's page loads once this one is on screen: its load would slow this one's first frames.
      if (standbys) requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(() => standbys.prepare(), 0)));
      return standby ? { already: false, standby: standby.id } : { already: false };
    },
    prepare: () => standbys?.prepare(),
    check(token, decision, seen) {
      const s = surfaces.get(token);
      if (!s) return decision === 'cancel' ? { counted: true } : { counted: false, reason: 'this warning is no longer shown' };
      if (decision === 'cancel') {
        close(token);
        return { counted: true };
      }
      watch();
      const reason = seen === false ? 'the page covered the warning' : visible(s);
      if (reason) return { counted: false, reason };
      close(token);
      return { counted: true };
    },
    close,
  };
}
