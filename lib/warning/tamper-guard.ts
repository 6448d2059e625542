/**
 * The tamper guard of the warning shown in the page's own DOM (the React warning, when the extension page cannot be
 * framed): the host pinned under <html> (pin-style.ts, shared with the framed surface), a watchdog for what no
 * MutationObserver sees (CSSOM edits, a page modal or popover opened above ours), a count that gives up on a page
 * that keeps at it, and Continue armed only after a delay. Dependency-free. The plain fallback (no worker) does not
 * use it yet: it ships at document_start, and this guard would take that bundle ~950 B gzip over its 12 KB budget.
 */
import { HOST_STYLE, keepHost, pin } from './pin-style';

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
  // A page modal or popover opened after ours is above it: rebuilt and shown again, ours goes back on top.
  const seenTopLayer = new WeakSet<Element>();
  const watchdog = setInterval(() => {
    if (stopped) return;
    if (!shown(o.dialog())) return void tamper(true);
    for (const el of document.querySelectorAll(':modal, :popover-open'))
      if (!o.host.contains(el) && el !== o.host && !seenTopLayer.has(el)) {
        seenTopLayer.add(el);
        return void tamper(true);
      }
  }, 250);
  const ready = setTimeout(() => !stopped && o.armed(), CONTINUE_DELAY_MS);
  function stop() {
    stopped = true;
    hostObserver.disconnect();
    clearInterval(watchdog);
    clearTimeout(ready);
  }
  pin(o.host, HOST_STYLE);
  (document.documentElement ?? document).appendChild(o.host);
  observe();
  return { tamper, stop };
}
