import { createRoot, type Root } from 'react-dom/client';
import { flushSync } from 'react-dom';
import type { SyntheticEvent } from 'react';
import { WarningDialog } from '@/components/warning-dialog';
import type { WarningReport } from '@/lib/messaging/hold-messages';
import { shadowCss } from './shadow-css';
import css from './warning.css?inline';
import { guardInPageWarning } from '@/lib/warning/tamper-guard';

export const HOST_TAG = 'lrt-advisor-warning';
/** The buttons' accessible names, as `WarningDialog` renders them. */
const CONTINUE_LABEL = 'Continue to wallet';
const CANCEL_LABEL = 'Cancel';

let styles: string | null = null;

/**
 * Shows the warning in a shadow root on top of the page (a modal <dialog> sits in the top layer,
 * above any z-index) and resolves with the person's choice. Only trusted input decides. Whatever
 * the page does to the warning (rewrite its text, close the dialog, restyle or remove the host) is
 * undone and the person is told.
 */
/** The full report opens in the extension's own page (a new tab): the page never sees it. */
function openReport(id: string) {
  void browser.runtime.sendMessage({ type: 'open-report', id }).catch(() => undefined);
}

export function mountWarning(report: WarningReport): Promise<'continue' | 'cancel'> {
  styles ??= shadowCss(css);
  return new Promise((resolve) => {
    const host = document.createElement(HOST_TAG);
    const shadow = host.attachShadow({ mode: 'open' });
    const state = { continueReady: false, tampered: false, ignoredScripted: false };
    let root: Root | null = null;
    let dialog: HTMLDialogElement | null = null;
    let settled = false;

    const shadowObserver = new MutationObserver(() => guard.tamper(true));
    // The host pinned under <html>, the watchdog, the count and Continue's delay: shared with the plain fallback.
    const guard = guardInPageWarning({
      host,
      dialog: () => dialog,
      restore: (inShadow) => {
        state.tampered = true;
        if (inShadow || !dialog?.open) build();
        else render();
      },
      giveUp: () => decide('cancel'),
      armed: () => {
        state.continueReady = true;
        render();
      },
    });

    function render() {
      shadowObserver.disconnect();
      flushSync(() =>
        root!.render(
          <WarningDialog
            report={report}
            dialogRef={(el) => {
              dialog = el;
            }}
            onCancel={onCancel}
            onContinue={onContinue}
            onOpenReport={(id) => {
              // The report opens a tab: only on the person's own click, never a script's (tab spam, focus theft).
              if (clickTrusted) openReport(id);
              else ignoreScripted();
            }}
            {...state}
          />,
        ),
      );
      if (dialog && !dialog.open) dialog.showModal();
      shadowObserver.takeRecords();
      shadowObserver.observe(shadow, { subtree: true, childList: true, characterData: true, attributes: true });
    }

    /** Builds the shadow tree from nothing: the only text in it is what we render from the report. */
    function build() {
      shadowObserver.disconnect();
      root?.unmount();
      const style = document.createElement('style');
      style.textContent = styles;
      const container = document.createElement('div');
      shadow.replaceChildren(style, container);
      root = createRoot(container);
      dialog = null;
      render();
    }

    function decide(decision: 'continue' | 'cancel') {
      if (settled) return;
      settled = true;
      shadowObserver.disconnect();
      guard.stop();
      root?.unmount();
      host.remove();
      resolve(decision);
    }

    function ignoreScripted() {
      if (!state.ignoredScripted) {
        state.ignoredScripted = true;
        render();
      }
    }
    function trusted(event: Event | SyntheticEvent) {
      const native = 'nativeEvent' in event ? event.nativeEvent : event;
      if (native.isTrusted) return true;
      ignoreScripted();
      return false;
    }

    function onCancel(event: SyntheticEvent) {
      if (trusted(event)) decide('cancel');
    }
    function onContinue(event: SyntheticEvent) {
      if (trusted(event) && state.continueReady) decide('continue');
    }

    /**
     * Focus on Continue counts only where the person put it (their Tab or their pointer). A script that focuses it,
     * hoping the person's next Enter or Space is meant for the page, finds focus moved back to Cancel. The report
     * button opens a tab, so it too acts only on the person's own click.
     */
    let sentFocusTo: EventTarget | null = null;
    let clickTrusted = false;
    shadow.addEventListener(
      'pointerdown',
      (event) => {
        if (event.isTrusted) sentFocusTo = (event.composedPath()[0] as Element | undefined)?.closest?.('button, a') ?? null;
      },
      true,
    );
    shadow.addEventListener('click', (event) => void (clickTrusted = event.isTrusted), true);
    /**
     * The dialog's own state (Details opened, "I understand" ticked) re-renders it in answer to the person's own
     * input, synchronously inside that event: those changes are ours, not the page's. The observer looks away for that
     * one task and drops its records; the watchdog below keeps checking that the warning stays visible.
     */
    for (const type of ['click', 'keydown', 'change'])
      shadow.addEventListener(
        type,
        (event) => {
          if (!event.isTrusted || settled) return;
          shadowObserver.disconnect();
          setTimeout(() => {
            if (settled) return;
            shadowObserver.takeRecords();
            shadowObserver.observe(shadow, { subtree: true, childList: true, characterData: true, attributes: true });
          }, 0);
        },
        true,
      );
    shadow.addEventListener(
      'focusin',
      (event) => {
        const target = event.target as HTMLElement;
        if (target.tagName !== 'BUTTON' || target.textContent !== CONTINUE_LABEL || sentFocusTo === target) return;
        [...shadow.querySelectorAll('button')].find((b) => b.textContent === CANCEL_LABEL)?.focus();
        ignoreScripted();
      },
      true,
    );

    // Keys: Esc means Cancel; Tab stays inside the dialog.
    shadow.addEventListener(
      'keydown',
      (event) => {
        const e = event as KeyboardEvent;
        if (e.key === 'Escape') {
          e.preventDefault();
          if (trusted(e)) decide('cancel');
        } else if (e.key === 'Tab' && dialog) {
          // We move focus ourselves, cycling inside the dialog, so we know where the person sent it.
          e.preventDefault();
          const focusable = [...dialog.querySelectorAll<HTMLElement>('button:not([disabled]), a[href], [tabindex]:not([tabindex="-1"])')];
          if (focusable.length === 0) return;
          const at = focusable.indexOf(shadow.activeElement as HTMLElement);
          const next = at < 0 ? focusable[e.shiftKey ? focusable.length - 1 : 0]! : focusable[(at + (e.shiftKey ? -1 : 1) + focusable.length) % focusable.length]!;
          if (e.isTrusted) sentFocusTo = next;
          next.focus();
        }
      },
      true,
    );
    // The native Esc handling would close the dialog without a decision.
    shadow.addEventListener('cancel', (event) => event.preventDefault(), true);

    build();
  });
}
