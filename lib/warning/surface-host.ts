/**
 * The top frame's side of the decision surface: a modal <dialog> in the top layer, inside a closed shadow root,
 * framing the extension's own warning-frame.html over the whole viewport. The page cannot reach into the root, and
 * cannot read or style the framed document; what it can still do is act on the host element it sees, open its own
 * top-layer elements, or change how the whole page is painted. The host's box is pinned with inline `!important`
 * styles, ours is put back on top whenever the page opens something in the top layer, and a Continue counts only
 * while nothing of the page is over the dialog (`check`). Chromium's IntersectionObserver v2 inside the framed
 * document says the same from the compositor's side; this is what covers Firefox, which has none.
 */
import type { SurfaceCheckReply, SurfaceDecision } from './surface-messages';

export const SURFACE_HOST_TAG = 'lrt-advisor-warning';
/** A page that keeps moving or restyling the host past this many times gets its request cancelled. */
const TAMPER_LIMIT = 25;
/** A Continue within this long after the page put something over the warning does not count. */
const COVER_GRACE_MS = 1000;

type Style = [string, string][];
const PINNED: Style = [
  ['visibility', 'visible'],
  ['opacity', '1'],
  ['content-visibility', 'visible'],
  ['contain', 'none'],
  ['transform', 'none'],
  ['translate', 'none'],
  ['scale', 'none'],
  ['rotate', 'none'],
  ['clip-path', 'none'],
  ['mask', 'none'],
  ['filter', 'none'],
  ['backdrop-filter', 'none'],
  ['mix-blend-mode', 'normal'],
  ['pointer-events', 'auto'],
  ['interactivity', 'auto'],
  ['color-scheme', 'normal'],
  ['animation', 'none'],
  ['transition', 'none'],
];
const HOST_STYLE: Style = [['display', 'block'], ['position', 'fixed'], ['inset', '0'], ['width', '0'], ['height', '0'], ['z-index', '2147483647'], ['zoom', '1'], ...PINNED];
const BOX: Style = [
  ['display', 'block'],
  ['position', 'fixed'],
  ['inset', '0'],
  ['width', '100%'],
  ['height', '100%'],
  ['max-width', 'none'],
  ['max-height', 'none'],
  ['min-width', '0'],
  ['min-height', '0'],
  ['margin', '0'],
  ['padding', '0'],
  ['border', '0 none'],
  ['outline', 'none'],
  ['background', 'transparent'],
  ['overflow', 'hidden'],
  ['box-sizing', 'border-box'],
  ...PINNED,
];

/** What each pinned element's style attribute read right after pinning: any change from it is the page's. */
const pinnedAs = new WeakMap<HTMLElement, string>();
function pin(el: HTMLElement, style: Style, extra: Style = []) {
  el.removeAttribute('style');
  // Properties this browser does not know (`interactivity` before it shipped) are dropped, which is fine.
  for (const [p, v] of [...style, ...extra]) el.style.setProperty(p, v, 'important');
  pinnedAs.set(el, el.getAttribute('style') ?? '');
}
const pinned = (el: HTMLElement) => el.getAttribute('style') === pinnedAs.get(el);

/** Every shadow root of the page, closed ones included (a popover inside the page's own closed root covers too). */
function shadowRootOf(el: Element): ShadowRoot | null {
  const firefox = (el as Element & { openOrClosedShadowRoot?: ShadowRoot | null }).openOrClosedShadowRoot;
  if (firefox !== undefined) return firefox;
  const dom = (globalThis as { chrome?: { dom?: { openOrClosedShadowRoot?(e: Element): ShadowRoot | null } } }).chrome?.dom;
  return dom?.openOrClosedShadowRoot?.(el) ?? el.shadowRoot;
}

const TOP_LAYER = ':modal, :popover-open, :fullscreen';

export interface SurfaceHostDeps {
  frameUrl(token: string): string;
  /** The page would not leave the dialog alone: cancel the request. */
  giveUp(token: string): void;
  /** The page moved, restyled or covered the dialog and it was put back: the framed page tells the person. */
  tampered(token: string): void;
  /** The frame's URL with a fragment that says so: set on the frame, it reaches the page in it directly. */
  tamperedUrl(token: string): string;
}

export interface SurfaceHost {
  /** False when this token is already shown. */
  show(token: string): boolean;
  check(token: string, decision: SurfaceDecision, seen: boolean | null): SurfaceCheckReply;
  close(token: string): void;
}

interface Surface {
  host: HTMLElement;
  dialog: HTMLDialogElement;
  frame: HTMLIFrameElement;
  tampers: number;
  lastTamper: number;
}

export function createSurfaceHost(deps: SurfaceHostDeps): SurfaceHost {
  const surfaces = new Map<string, Surface>();
  const ours = new WeakSet<Element>();
  /** Page top-layer elements that were already open when ours was last put on top: they are under it. */
  let under = new WeakSet<Element>();
  let coveredAt = -Infinity;
  const roots = new Set<ShadowRoot>();
  const watchedRoots = new WeakSet<Node>();
  let timer: ReturnType<typeof setInterval> | null = null;

  /** A page element opened now goes above ours: check at once, not at the next tick. */
  const onToggle = (event: Event) => {
    const target = event.target as Element;
    if (ours.has(target)) return;
    if ((event as ToggleEvent).newState === 'open') under.delete(target);
    setTimeout(watch, 0);
  };
  const openObserver = new MutationObserver((records) => {
    if (records.some((r) => !ours.has(r.target as Element) && (r.target as Element).hasAttribute?.('open'))) {
      for (const r of records) under.delete(r.target as Element);
      watch();
    }
  });
  function watchRoot(root: Document | ShadowRoot) {
    if (watchedRoots.has(root)) return;
    watchedRoots.add(root);
    root.addEventListener('beforetoggle', onToggle, true);
    openObserver.observe(root, { subtree: true, attributes: true, attributeFilter: ['open'] });
  }
  function collectRoots() {
    roots.clear();
    for (const el of document.querySelectorAll('*')) {
      if (ours.has(el)) continue;
      const root = shadowRootOf(el);
      if (root) {
        roots.add(root);
        watchRoot(root);
      }
    }
  }
  function pageTopLayer(): Element[] {
    const found: Element[] = [];
    for (const scope of [document, ...roots]) for (const el of scope.querySelectorAll(TOP_LAYER)) if (!ours.has(el)) found.push(el);
    return found;
  }
  const viewTransition = () => {
    try {
      return document.documentElement.matches(':active-view-transition');
    } catch {
      return false;
    }
  };

  function raise(s: Surface) {
    if (s.dialog.open) s.dialog.close();
    s.dialog.showModal();
    s.frame.focus();
  }

  function told(token: string, s: Surface) {
    deps.tampered(token);
    // A fragment change is a same-document navigation: the framed page hears it (hashchange) without reloading.
    const url = deps.tamperedUrl(token);
    if (s.frame.src !== url) s.frame.src = url;
  }

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
    const html = document.documentElement;
    const intact =
      s.host.parentNode === html && !html.inert && pinned(s.host) && !s.host.hasAttribute('hidden') && !s.host.hasAttribute('inert') && s.host.attributes.length === 1;
    if (!intact) {
      if (!tamper(token, s)) return;
      for (const a of [...s.host.attributes]) if (a.name !== 'style') s.host.removeAttribute(a.name);
      pin(s.host, HOST_STYLE);
      html.inert = false;
      if (s.host.parentNode !== html) html.appendChild(s.host);
    }
    // Page zoom multiplies into ours: undo it, so the framed warning keeps its size.
    const zoom = (s.host as HTMLElement & { currentCSSZoom?: number }).currentCSSZoom ?? 1;
    const undo = zoom > 0 && zoom !== 1 ? String(1 / zoom) : '1';
    if (!pinned(s.dialog) || s.dialog.style.getPropertyValue('zoom') !== undo) pin(s.dialog, BOX, [['zoom', undo]]);
    if (!pinned(s.frame)) pin(s.frame, BOX, [['zoom', '1']]);
    if (!s.dialog.open) raise(s);
  }

  function watch() {
    if (surfaces.size === 0) return;
    for (const [token, s] of surfaces) guard(token, s);
    const above = pageTopLayer().filter((el) => !under.has(el));
    if (above.length > 0 || viewTransition()) {
      coveredAt = performance.now();
      // Shown again, ours goes above whatever the page opened.
      for (const [token, s] of surfaces) {
        raise(s);
        told(token, s);
      }
      under = new WeakSet(pageTopLayer());
    }
  }

  /** What the page does to the host or to <html> is undone at once (and counted), not at the next tick. */
  const hostObserver = new MutationObserver(() => {
    for (const [token, s] of surfaces) guard(token, s);
  });

  function ensureWatching() {
    if (timer !== null) return;
    watchRoot(document);
    collectRoots();
    under = new WeakSet(pageTopLayer());
    timer = setInterval(() => {
      collectRoots();
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
    const html = document.documentElement;
    if (s.host.parentNode !== html || !s.dialog.open) return 'the warning was not shown';
    if (!s.frame.checkVisibility({ opacityProperty: true, visibilityProperty: true, contentVisibilityAuto: true })) return 'the warning was hidden';
    const r = s.frame.getBoundingClientRect();
    if (r.width < innerWidth * 0.9 || r.height < innerHeight * 0.9) return 'the warning was shrunk';
    if (performance.now() - s.lastTamper < COVER_GRACE_MS) return 'the page had just moved the warning';
    if (pageTopLayer().some((el) => !under.has(el)) || viewTransition()) return 'the page put something over the warning';
    if (performance.now() - coveredAt < COVER_GRACE_MS) return 'the page had just put something over the warning';
    // Whatever takes the pointer over the dialog (the page's hit-testable elements) would have taken the click.
    for (const [fx, fy] of [
      [0.5, 0.5],
      [0.3, 0.3],
      [0.7, 0.3],
      [0.3, 0.7],
      [0.7, 0.7],
    ] as const) {
      const hit = document.elementFromPoint(r.left + r.width * fx, r.top + r.height * fy);
      if (hit && hit !== s.host) return 'the page put something over the warning';
    }
    return null;
  }

  return {
    show(token) {
      if (surfaces.has(token)) return false;
      const host = document.createElement(SURFACE_HOST_TAG);
      const shadow = host.attachShadow({ mode: 'closed' });
      const dialog = document.createElement('dialog');
      dialog.setAttribute('aria-label', 'LRT Advisor');
      const frame = document.createElement('iframe');
      frame.title = 'LRT Advisor warning';
      frame.src = deps.frameUrl(token);
      dialog.append(frame);
      shadow.append(dialog);
      ours.add(host);
      ours.add(dialog);
      // Esc where the page had taken focus closes the dialog natively: it means Cancel, if it is the person's.
      dialog.addEventListener('cancel', (event) => {
        event.preventDefault();
        if (event.isTrusted) {
          close(token);
          deps.giveUp(token);
        }
      });
      const s: Surface = { host, dialog, frame, tampers: 0, lastTamper: -Infinity };
      surfaces.set(token, s);
      pin(host, HOST_STYLE);
      pin(dialog, BOX, [['zoom', '1']]);
      pin(frame, BOX, [['zoom', '1']]);
      (document.documentElement ?? document).appendChild(host);
      guard(token, s);
      hostObserver.observe(host, { attributes: true });
      hostObserver.observe(document.documentElement, { childList: true, attributes: true, attributeFilter: ['inert'] });
      ensureWatching();
      raise(s);
      under = new WeakSet(pageTopLayer());
      return true;
    },
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
