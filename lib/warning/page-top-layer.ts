/**
 * What the page has in the top layer (its modal dialogs, popovers, fullscreen element, in its document and in every
 * shadow root, closed ones included) and its view transitions: the things that paint over a modal dialog of ours.
 */
const TOP_LAYER = ':modal, :popover-open, :fullscreen';

/** Every shadow root of the page, closed ones included (a popover inside the page's own closed root covers too). */
function shadowRootOf(el: Element): ShadowRoot | null {
  const firefox = (el as Element & { openOrClosedShadowRoot?: ShadowRoot | null }).openOrClosedShadowRoot;
  if (firefox !== undefined) return firefox;
  const dom = (globalThis as { chrome?: { dom?: { openOrClosedShadowRoot?(e: Element): ShadowRoot | null } } }).chrome?.dom;
  return dom?.openOrClosedShadowRoot?.(el) ?? el.shadowRoot;
}

type ViewTransitionDocument = Document & {
  activeViewTransition?: { skipTransition(): void } | null;
  startViewTransition?: (update?: () => void) => { skipTransition(): void };
};

/** True while the page runs a view transition: its snapshots are painted above the whole top layer. */
export function viewTransitionActive(): boolean {
  try {
    return document.documentElement.matches(':active-view-transition');
  } catch {
    return false;
  }
}

/** Ends the page's view transition now: starting one skips the one running, and ours is skipped at once. */
export function skipViewTransition(): void {
  const doc = document as ViewTransitionDocument;
  try {
    if (doc.activeViewTransition) doc.activeViewTransition.skipTransition();
    else doc.startViewTransition?.(() => undefined).skipTransition();
  } catch {
    // Nothing to skip.
  }
}

export interface PageTopLayer {
  /** The page's top-layer elements now (ours excluded). */
  list(): Element[];
  /** Finds shadow roots added since the last look and starts listening in them. */
  collectRoots(): void;
  /** Stops listening (a warning in the page's own DOM has its own watch, ended with it). */
  stop(): void;
}

/** Calls `changed` with what the page opened as soon as it opens something in its top layer (a toggle, an `open` attribute). */
export function watchPageTopLayer(ours: WeakSet<Element>, changed: (opened: Element[]) => void): PageTopLayer {
  const roots = new Set<ShadowRoot>();
  const watched = new WeakSet<Node>();
  const onToggle = (event: Event) => {
    const target = event.target as Element;
    if (ours.has(target)) return;
    const opened = (event as ToggleEvent).newState === 'open' ? [target] : [];
    setTimeout(() => changed(opened), 0);
  };
  const openObserver = new MutationObserver((records) => {
    const opened = records.map((r) => r.target as Element).filter((el) => !ours.has(el) && el.hasAttribute?.('open'));
    if (opened.length) changed(opened);
  });
  const listening: (Document | ShadowRoot)[] = [];
  const toggles = (root: Document | ShadowRoot, add: boolean) => {
    for (const type of ['beforetoggle', 'toggle']) (add ? root.addEventListener : root.removeEventListener).call(root, type, onToggle, true);
  };
  const watchRoot = (root: Document | ShadowRoot) => {
    if (watched.has(root)) return;
    watched.add(root);
    listening.push(root);
    toggles(root, true);
    openObserver.observe(root, { subtree: true, attributes: true, attributeFilter: ['open'] });
  };
  const collectRoots = () => {
    watchRoot(document);
    roots.clear();
    for (const el of document.querySelectorAll('*')) {
      if (ours.has(el)) continue;
      const root = shadowRootOf(el);
      if (root) {
        roots.add(root);
        watchRoot(root);
      }
    }
  };
  collectRoots();
  return {
    list() {
      const found: Element[] = [];
      for (const scope of [document, ...roots]) for (const el of scope.querySelectorAll(TOP_LAYER)) if (!ours.has(el)) found.push(el);
      return found;
    },
    collectRoots,
    stop() {
      openObserver.disconnect();
      for (const root of listening) toggles(root, false);
    },
  };
}
