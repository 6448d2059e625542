/**
 * The warning when its React UI cannot be loaded: the worker that injects it is gone (an extension update orphaned
 * this content script, or the worker keeps failing). Plain DOM, no dependencies, and the in-page warning's own tamper
 * guard (tamper-guard.ts: the host pinned under <html>, the watchdog, the count, Continue's delay): an open shadow
 * root under <lrt-advisor-warning>, an accessible modal alertdialog, only trusted input decides, Esc cancels, focus
 * stays inside, and whatever the page changes is rebuilt from our own text.
 */
import type { WarningReport } from '../messaging/hold-messages';
import { shortAddress } from '../present/format';
import { guardInPageWarning } from './tamper-guard';

const TAG = 'lrt-advisor-warning';
/**
 * Page rules cannot select what is inside the shadow root, but the host's inherited properties reach it (a page rule
 * with `!important` on the host outranks `:host`): the dialog starts from `all: initial`, in px, not the page's rem.
 * System colours, light or dark as the person's system is.
 */
const CSS = `dialog{all:initial;color-scheme:light dark;display:block;position:fixed;inset:0;margin:auto;box-sizing:border-box;width:min(512px,calc(100% - 32px));height:fit-content;max-height:calc(100% - 32px);overflow:auto;border:1px solid GrayText;border-radius:16px;padding:20px;font:14px/1.5 system-ui,sans-serif;color:CanvasText;background:Canvas}
dialog::backdrop{background:rgb(2 6 23/.6)}h2{font-size:16px;margin:0 0 8px}p{margin:4px 0}.nc{border:1px solid #f59e0b;border-radius:12px;padding:8px 12px;margin:8px 0}
footer{display:flex;gap:8px;justify-content:flex-end;margin-top:16px}button{font:inherit;padding:8px 16px;border-radius:8px;border:1px solid GrayText}.go{background:CanvasText;color:Canvas}button:disabled{opacity:.5}`;

export function showFallbackWarning(report: WarningReport): Promise<'continue' | 'cancel'> {
  return new Promise((resolve) => {
    const host = document.createElement(TAG);
    const root = host.attachShadow({ mode: 'open' });
    let settled = false;
    let tampered = false;
    let ready = false;
    let dialog: HTMLDialogElement | null = null;
    let go: HTMLButtonElement | null = null;
    /** Where the person's own pointer or Tab sent focus: focus a script moves to Continue goes back to Cancel. */
    let sentTo: EventTarget | null = null;
    const observer = new MutationObserver(() => guard.tamper(true));
    /** Our own changes to the shadow tree, made with the observer looking away. */
    const quietly = (change: () => void) => {
      observer.disconnect();
      change();
      observer.takeRecords();
      observer.observe(root, { subtree: true, childList: true, characterData: true, attributes: true });
    };
    const guard = guardInPageWarning({
      host,
      dialog: () => dialog,
      restore: () => {
        tampered = true;
        build();
      },
      giveUp: () => decide('cancel'),
      armed: () => {
        ready = true;
        quietly(() => go && (go.disabled = false));
      },
    });

    const el = <K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, cls?: string) => {
      const node = document.createElement(tag);
      if (text !== undefined) node.textContent = text;
      if (cls) node.className = cls;
      return node;
    };

    function decide(decision: 'continue' | 'cancel') {
      if (settled) return;
      settled = true;
      observer.disconnect();
      guard.stop();
      host.remove();
      resolve(decision);
    }

    function build() {
      quietly(() => {
        const d = el('dialog');
        d.setAttribute('role', 'alertdialog');
        d.setAttribute('aria-modal', 'true');
        d.setAttribute('aria-labelledby', 'lrt-fb-title');
        const title = el('h2', 'Restaking request: one look before your wallet opens');
        title.id = 'lrt-fb-title';
        d.append(title, el('p', `${report.origin} asks your wallet to sign this. LRT Advisor held it.`));
        for (const item of report.items) d.append(el('p', item.summary));
        const box = el('div', undefined, 'nc');
        box.setAttribute('data-testid', 'not-checked');
        box.append(el('p', 'Not checked'), el('p', `LRT Advisor could not show its full analysis: ${report.notChecked ?? 'the warning could not be loaded'}.`));
        if (report.targets.length) box.append(el('p', `Contract${report.targets.length > 1 ? 's' : ''}: ${report.targets.map((t) => (t.name ? `${t.name} ${shortAddress(t.address)}` : shortAddress(t.address))).join(', ')}`));
        d.append(box);
        if (tampered) d.append(el('p', 'This page tried to change or hide this warning. What you see was restored by LRT Advisor.'));
        const cancel = el('button', 'Cancel');
        const next = el('button', 'Continue to wallet', 'go');
        for (const b of [cancel, next]) b.type = 'button';
        // Continue is armed only after a moment (a double click meant for the dApp cannot confirm).
        next.disabled = !ready;
        cancel.addEventListener('click', (e) => e.isTrusted && decide('cancel'));
        next.addEventListener('click', (e) => e.isTrusted && ready && decide('continue'));
        next.addEventListener('focus', () => sentTo !== next && cancel.focus());
        const footer = el('footer');
        footer.append(cancel, next);
        d.append(footer);
        d.addEventListener('cancel', (e) => e.preventDefault());
        d.addEventListener('pointerdown', (e) => e.isTrusted && (sentTo = e.target), true);
        d.addEventListener('keydown', (e) => {
          if (e.key === 'Escape') {
            e.preventDefault();
            if (e.isTrusted) decide('cancel');
          } else if (e.key === 'Tab') {
            e.preventDefault();
            const to = root.activeElement === cancel && !next.disabled ? next : cancel;
            if (e.isTrusted) sentTo = to;
            to.focus();
          }
        });
        root.replaceChildren(el('style', CSS), d);
        dialog = d;
        go = next;
        d.showModal();
        cancel.focus();
      });
    }

    build();
  });
}
