/**
 * The tamper guard of the warning shown in the page's own DOM: the React warning, when the extension page cannot be
 * framed, and the plain fallback, when the worker is gone (fallback-dialog.ts). The host pinned under <html>
 * (pin-style.ts, shared with the framed surface), a watchdog for what no MutationObserver sees (CSSOM edits, page
 * styles on <html>, a page modal or popover opened above ours, in its document or in a shadow root, again and again,
 * a view transition: page-top-layer.ts, shared with the framed surface), a count that gives up on a page that keeps
 * at it, and Continue armed only after a delay. Dependency-free: the fallback ships at document_start.
 */
import { HOST_STYLE, keepHost, pin } from './pin-style';
import { skipViewTransition, viewTransitionActive, watchPageTopLayer } from './page-top-layer';

/** Continue stays disabled this long, so a double click meant for the dApp cannot confirm. */
export const CONTINUE_DELAY_MS = 600;
/** A page that keeps rewriting the warning past this many times gets its request cancelled. */
export const TAMPER_LIMIT = 25;

export interface TamperGuardOptions {
  host: HTMLElement;
  /** The warning's dialog now (it may be rebuilt). */
  dialog(): HTMLDialogElement | null;
  /** Something was undone: restore the warning (`inShadow`: rebuild its content too) and tell the person. */
  restore(inShadow: boolean): void;
  /** The page would not stop: cancel. */
  giveUp(): void;
  /** Continue may now count. */
  armed(): void;
}

export interface TamperGuard {
  /** Counts one tampering and restores; false once past the limit (and `giveUp` was called). */
  tamper(inShadow: boolean): boolean;
  stop(): void;
}

/** Whether a dialog is open and rendered where the person can see it. */
function shown(d: HTMLDialogElement | null): boolean {
  if (!d || !d.open) return false;
  const style = getComputedStyle(d);
  const rect = d.getBoundingClientRect();
  return (
    style.display !== 'none' &&
    style.visibility === 'visible' &&
    Number(style.opacity) >= 0.9 &&
    rect.width >= 50 &&
    rect.height >= 50 &&
    // Hidden by an ancestor (content-visibility, opacity) without a trace in the dialog's own style.
    d.checkVisibility({ contentVisibilityAuto: true, opacityProperty: true, visibilityProperty: true })
  );
}

export function guardInPageWarning(o: TamperGuardOptions): TamperGuard {
  let count = 0;
  let stopped = false;
  const hostObserver = new MutationObserver(() => {
    if (!stopped && keepHost(o.host)) tamper(false);
  });
  const observe = () => {
    hostObserver.observe(o.host, { attributes: true });
    if (document.documentElement) hostObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['inert', 'style', 'class', 'hidden'], childList: true });
  };
  function tamper(inShadow: boolean): boolean {
    if (stopped) return false;
    if (++count > TAMPER_LIMIT) {
      stop();
      o.giveUp();
      return false;
    }
    keepHost(o.host);
    hostObserver.takeRecords();
    observe();
    o.restore(inShadow);
    return true;
  }
  // A page modal or popover opened after ours, or opened again, is above it: ours is rebuilt and shown again on top.
  const ours = new WeakSet<Element>([o.host]);
  let under = new WeakSet<Element>();
  const covered = () => layer.list().some((el) => !under.has(el));
  const check = () => {
    if (stopped) return;
    if (keepHost(o.host)) return void tamper(false);
    const transition = viewTransitionActive();
    if (transition) skipViewTransition();
    if (transition || covered() || !shown(o.dialog())) {
      tamper(true);
      under = new WeakSet(layer.list());
    }
  };
  const layer = watchPageTopLayer(ours, (opened) => {
    for (const el of opened) under.delete(el);
    check();
  });
  under = new WeakSet(layer.list());
  const watchdog = setInterval(() => {
    layer.collectRoots();
    check();
  }, 250);
  const ready = setTimeout(() => !stopped && o.armed(), CONTINUE_DELAY_MS);
  function stop() {
    stopped = true;
    hostObserver.disconnect();
    layer.stop();
    clearInterval(watchdog);
    clearTimeout(ready);
  }
  pin(o.host, HOST_STYLE);
  (document.documentElement ?? document).appendChild(o.host);
  observe();
  return { tamper, stop };
}
