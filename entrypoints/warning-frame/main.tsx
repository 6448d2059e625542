import { createRoot, type Root } from 'react-dom/client';
import { createPortal, flushSync } from 'react-dom';
import type { SyntheticEvent } from 'react';
import { WarningDialog } from '@/components/warning-dialog';
import type { WarningReport } from '@/lib/messaging/hold-messages';
import { sendToWorker } from '@/lib/messaging/worker-client';
import { isStandbyId, isSurfaceToken, type SurfaceChoiceReply, type SurfaceDecision } from '@/lib/warning/surface-messages';
import { standBy } from './standby';
import { PLACEHOLDER } from './placeholder';
import './style.css';

/** Continue stays disabled this long after the warning (or a notice) appears: a double click meant for the dApp cannot confirm. */
const CONTINUE_DELAY_MS = 600;
/** IntersectionObserver v2 must have seen the dialog unoccluded this long before a Continue counts. */
const SEEN_FOR_MS = 500;
const CANCEL_LABEL = 'Cancel';

const send = (message: unknown) => browser.runtime.sendMessage(message);
/** The hold's token: from the fragment, or for a standby page (standby.ts), from the worker once it is given one. */
let token = location.hash.slice(1, 33);
const saysTampered = () => location.hash.endsWith('-tampered');

interface State {
  continueReady: boolean;
  tampered: boolean;
  ignoredScripted: boolean;
  notice: string | null;
  busy: boolean;
}

/**
 * Chromium's IntersectionObserver v2: `isVisible` is true only while nothing (of this page or the page framing it)
 * is painted over the dialog and no opacity, filter or transform alters it. Elsewhere there is no such signal (null)
 * and the top frame's own checks decide.
 */
function trackVisibility(target: Element): () => boolean | null {
  if (!('isVisible' in IntersectionObserverEntry.prototype)) return () => null;
  let visible = false;
  let since = 0;
  const observer = new IntersectionObserver(
    (entries) => {
      const entry = entries[entries.length - 1] as IntersectionObserverEntry & { isVisible: boolean };
      if (entry.isVisible !== visible) {
        visible = entry.isVisible;
        since = performance.now();
      }
    },
    { threshold: [0, 1], trackVisibility: true, delay: 100 } as IntersectionObserverInit,
  );
  observer.observe(target);
  return () => visible && performance.now() - since >= SEEN_FOR_MS;
}

interface View {
  /** Shows this report instead of the placeholder it was mounted with, in the open modal dialog. */
  show(report: WarningReport): void;
  /** The person sees it from now (a standby page renders while still hidden): Continue's delay starts. */
  reveal(): void;
}

/**
 * Renders the warning and opens its dialog. `waiting` (a standby page): a placeholder, laid out but hidden and inert,
 * its dialog open but not modal (it takes no focus), until `show`.
 */
function mount(first: WarningReport, waiting = false): View {
  let report = first;
  const container = document.getElementById('root')!;
  const hide = (hidden: boolean) => {
    container.inert = hidden;
    container.style.visibility = hidden ? 'hidden' : '';
    if (hidden) container.setAttribute('aria-hidden', 'true');
    else container.removeAttribute('aria-hidden');
  };
  hide(waiting);
  const root: Root = createRoot(container);
  const state: State = { continueReady: false, tampered: false, ignoredScripted: false, notice: null, busy: false };
  let dialog: HTMLDialogElement | null = null;
  let seen: () => boolean | null = () => null;
  let readyTimer: ReturnType<typeof setTimeout> | undefined;

  // Armed after its delay, and (Chromium) once the dialog has been seen unoccluded for SEEN_FOR_MS: a click the
  // moment it is enabled must count, not be refused as if the page had covered the warning. Still unseen 3 s later,
  // it is armed anyway: a click then says why it is not counted, rather than a button that never wakes.
  const armContinue = () => {
    clearTimeout(readyTimer);
    state.continueReady = false;
    const until = performance.now() + CONTINUE_DELAY_MS + 3000;
    const ready = () => {
      if (seen() === false && performance.now() < until) readyTimer = setTimeout(ready, 50);
      else ((state.continueReady = true), render());
    };
    readyTimer = setTimeout(ready, CONTINUE_DELAY_MS);
  };

  function render() {
    flushSync(() =>
      root.render(
        <>
          <WarningDialog
            report={report}
            continueReady={state.continueReady && !state.busy}
            tampered={state.tampered}
            ignoredScripted={state.ignoredScripted}
            dialogRef={(el) => void (dialog = el)}
            onCancel={(e) => void (trusted(e) && choose('cancel'))}
            onContinue={(e) => void (trusted(e) && state.continueReady && choose('continue'))}
            onOpenReport={(id) => void send({ type: 'open-report', id }).catch(() => undefined)}
          />
          {dialog && state.notice && createPortal(<p role="alert" className="mx-5 mb-5 rounded-xl bg-red-50 p-3 text-sm font-medium text-red-900 dark:bg-red-950 dark:text-red-100" data-testid="not-counted">{state.notice}</p>, dialog)}
        </>,
      ),
    );
  }

  function trusted(event: SyntheticEvent | Event) {
    const native = 'nativeEvent' in event ? event.nativeEvent : event;
    if (native.isTrusted) return true;
    if (!state.ignoredScripted) ((state.ignoredScripted = true), render());
    return false;
  }

  async function choose(decision: SurfaceDecision) {
    if (state.busy) return;
    state.busy = true;
    render();
    let reply: SurfaceChoiceReply;
    try {
      reply = (await sendToWorker(send, { type: 'surface-choice', token, decision, seen: seen() }, { deadlineMs: 4000 })) as SurfaceChoiceReply;
    } catch {
      reply = { counted: false, reason: 'LRT Advisor did not answer' };
    }
    state.busy = false;
    if (reply?.counted === true) return; // The top frame takes this frame down.
    state.tampered = true;
    state.notice = `Your click was not counted: ${typeof reply?.reason === 'string' ? reply.reason : 'the warning could not be confirmed visible'}. Look again, then choose.`;
    armContinue();
    render();
  }

  // The top frame says when the page moved, restyled or covered the dialog (and it was put back).
  browser.runtime.onMessage.addListener((message: unknown) => {
    const m = message as { type?: unknown; token?: unknown } | null;
    if (m?.type === 'surface-tampered' && m.token === token && !state.tampered) {
      state.tampered = true;
      render();
    }
  });
  const onHash = () => {
    if (saysTampered() && !state.tampered) {
      state.tampered = true;
      render();
    }
  };
  addEventListener('hashchange', onHash);
  state.tampered = saysTampered();
  render(); // the dialog element is set once it has rendered (the notice portal needs it)
  if (!dialog) return { show: () => undefined, reveal: () => undefined };
  const d = dialog as HTMLDialogElement;
  d.addEventListener('cancel', (event) => event.preventDefault());
  const focusCancel = () => [...d.querySelectorAll('button')].find((b) => b.textContent === CANCEL_LABEL)?.focus();
  const open = () => {
    d.removeAttribute('open');
    d.showModal();
    focusCancel();
  };
  if (waiting) d.setAttribute('open', '');
  else open();
  seen = trackVisibility(d);

  // Keys: Esc means Cancel; Tab cycles inside the dialog.
  document.addEventListener(
    'keydown',
    (e) => {
      if (e.key === 'Escape') {
        e.preventDefault();
        if (trusted(e)) void choose('cancel');
      } else if (e.key === 'Tab') {
        e.preventDefault();
        const focusable = [...d.querySelectorAll<HTMLElement>('button:not([disabled]), a[href], [tabindex]:not([tabindex="-1"])')];
        if (focusable.length === 0) return;
        const at = focusable.indexOf(document.activeElement as HTMLElement);
        const next = at < 0 ? focusable[e.shiftKey ? focusable.length - 1 : 0]! : focusable[(at + (e.shiftKey ? -1 : 1) + focusable.length) % focusable.length]!;
        next.focus();
      }
    },
    true,
  );

  let revealed = false;
  return {
    show(next) {
      report = next;
      render();
      hide(false);
      open();
    },
    reveal() {
      if (revealed) return;
      revealed = true;
      // Rendered while its frame was still hidden, it may not have had the focus yet.
      focusCancel();
      armContinue();
      // For the benchmark: when the first frame with the warning was painted, on the clock all documents share.
      requestAnimationFrame(() => requestAnimationFrame(() => (document.documentElement.dataset.painted = String(performance.timeOrigin + performance.now()))));
    },
  };
}

/** A page framed for one warning asks the worker for its report with the fragment's token, and shows it. */
async function show() {
  // A worker that stopped before it stored the warning does not know it: the next one will, once it is opened again.
  const deadline = Date.now() + 4000;
  let reply: { ok?: unknown; report?: unknown } | null;
  for (;;) {
    reply = (await sendToWorker(send, { type: 'surface-report', token }, { deadlineMs: Math.max(500, deadline - Date.now()) }).catch(() => null)) as typeof reply;
    if (reply?.ok === true || Date.now() + 250 > deadline) break;
    await new Promise((r) => setTimeout(r, 250));
  }
  const report = (reply?.ok === true ? reply.report : undefined) as WarningReport | undefined;
  if (!report || !Array.isArray(report.items)) return;
  // For the benchmark: how much of the time to paint is this page loading and asking for the report.
  performance.mark('lrt-advisor:report');
  mount(report).reveal();
}

const standby = location.hash.slice(1);
if (isSurfaceToken(token)) void show();
else if (isStandbyId(standby)) {
  // Built now, hidden: when its warning comes, only what differs from the placeholder changes.
  const view = mount(PLACEHOLDER, true);
  // Asked again if the worker stops in between; what it answers decides.
  standBy(standby, (m) => sendToWorker(send, m, { deadlineMs: 4000 }), (given) => {
    performance.mark('lrt-advisor:report');
    token = given.token;
    view.show(given.report);
    return view.reveal;
  });
}
