import { createRoot, type Root } from 'react-dom/client';
import { flushSync } from 'react-dom';
import type { SyntheticEvent } from 'react';
import { WarningDialog } from '@/components/warning-dialog';
import type { WarningReport } from '@/lib/messaging/hold-messages';
import { shadowCss } from './shadow-css';
import css from './warning.css?inline';

export const HOST_TAG = 'lrt-advisor-warning';
/** Continue stays disabled this long, so a double click meant for the dApp cannot confirm. */
const CONTINUE_DELAY_MS = 600;
/** A page that keeps rewriting the warning past this many times gets its request cancelled. */
const TAMPER_LIMIT = 25;

const HOST_STYLE: [string, string][] = [
  ['all', 'initial'],
  ['display', 'block'],
  ['position', 'fixed'],
  ['inset', '0'],
  ['width', '0'],
  ['height', '0'],
  ['z-index', '2147483647'],
  ['visibility', 'visible'],
  ['opacity', '1'],
];

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
    let tamperCount = 0;
    let settled = false;

    const shadowObserver = new MutationObserver(() => tamper(true));
    const hostObserver = new MutationObserver(() => {
      if (!host.isConnected || !hostStyleIntact()) tamper(false);
    });

    const hostStyleIntact = () =>
      HOST_STYLE.every(([p, v]) => host.style.getPropertyValue(p) === v && host.style.getPropertyPriority(p) === 'important') &&
      !host.hasAttribute('hidden') &&
      !host.hasAttribute('inert');

    function guardHost() {
      hostObserver.disconnect();
      host.removeAttribute('hidden');
      host.removeAttribute('inert');
      host.removeAttribute('style');
      for (const [p, v] of HOST_STYLE) host.style.setProperty(p, v, 'important');
      if (!host.isConnected) (document.documentElement ?? document).appendChild(host);
      hostObserver.observe(host, { attributes: true });
      hostObserver.observe(host.parentNode!, { childList: true });
    }

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
            onOpenReport={openReport}
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

    function tamper(inShadow: boolean) {
      if (settled) return;
      state.tampered = true;
      if (++tamperCount > TAMPER_LIMIT) return decide('cancel');
      guardHost();
      if (inShadow || !dialog?.open) build();
      else render();
    }

    function decide(decision: 'continue' | 'cancel') {
      if (settled) return;
      settled = true;
      shadowObserver.disconnect();
      hostObserver.disconnect();
      root?.unmount();
      host.remove();
      resolve(decision);
    }

    function trusted(event: Event | SyntheticEvent) {
      const native = 'nativeEvent' in event ? event.nativeEvent : event;
      if (native.isTrusted) return true;
      if (!state.ignoredScripted) {
        state.ignoredScripted = true;
        render();
      }
      return false;
    }

    function onCancel(event: SyntheticEvent) {
      if (trusted(event)) decide('cancel');
    }
    function onContinue(event: SyntheticEvent) {
      if (trusted(event) && state.continueReady) decide('continue');
    }

    // Keys: Esc means Cancel; Tab stays inside the dialog.
    shadow.addEventListener(
      'keydown',
      (event) => {
        const e = event as KeyboardEvent;
        if (e.key === 'Escape') {
          e.preventDefault();
          if (trusted(e)) decide('cancel');
        } else if (e.key === 'Tab' && dialog) {
          const focusable = [...dialog.querySelectorAll<HTMLElement>('button:not([disabled]), a[href], [tabindex]:not([tabindex="-1"])')];
          if (focusable.length === 0) return e.preventDefault();
          const first = focusable[0]!;
          const last = focusable[focusable.length - 1]!;
          const active = shadow.activeElement;
          if (e.shiftKey && (active === first || !dialog.contains(active))) {
            e.preventDefault();
            last.focus();
          } else if (!e.shiftKey && (active === last || !dialog.contains(active))) {
            e.preventDefault();
            first.focus();
          }
        }
      },
      true,
    );
    // The native Esc handling would close the dialog without a decision.
    shadow.addEventListener('cancel', (event) => event.preventDefault(), true);

    /**
     * What no MutationObserver sees: CSSOM edits (`style.sheet.insertRule('dialog{display:none}')`), and a page
     * modal or popover opened above ours in the top layer. Checked a few times a second while the warning is up.
     */
    const pageTopLayer = new WeakSet<Element>();
    const watchdog = setInterval(() => {
      if (settled) return clearInterval(watchdog);
      const d = dialog;
      const style = d ? getComputedStyle(d) : null;
      const rect = d?.getBoundingClientRect();
      const hidden =
        !d || !d.open || !style || style.display === 'none' || style.visibility !== 'visible' || Number(style.opacity) < 0.9 || !rect || rect.width < 50 || rect.height < 50;
      if (hidden) return tamper(true);
      for (const el of document.querySelectorAll(':modal, :popover-open')) {
        if (pageTopLayer.has(el)) continue;
        pageTopLayer.add(el);
        // Rebuilt and shown again, ours goes back on top of the page's element.
        return tamper(true);
      }
    }, 250);

    guardHost();
    build();
    setTimeout(() => {
      if (settled) return;
      state.continueReady = true;
      render();
    }, CONTINUE_DELAY_MS);
  });
}
