/**
 * The warning when its React UI cannot be loaded: the worker that injects it is gone (an extension
 * update orphaned this content script, or the worker keeps failing). Plain DOM, no dependencies, the
 * same rules as the full warning: an open shadow root under <lrt-advisor-warning>, an accessible modal
 * alertdialog, only trusted input decides, Esc cancels, focus stays inside, and whatever the page
 * changes is rebuilt from our own text.
 */
import type { WarningReport } from '../messaging/hold-messages';
import { shortAddress } from '../present/format';

const TAG = 'lrt-advisor-warning';
const CSS = `:host{all:initial}dialog{max-width:32rem;border:1px solid #94a3b8;border-radius:1rem;padding:1.25rem;font:14px/1.5 system-ui,sans-serif;color:#0f172a;background:#fff}
dialog::backdrop{background:rgb(2 6 23/.6)}h2{font-size:1rem;margin:0 0 .5rem}p{margin:.25rem 0}.nc{border:1px solid #f59e0b;background:#fffbeb;border-radius:.75rem;padding:.5rem .75rem;margin:.5rem 0}
footer{display:flex;gap:.5rem;justify-content:flex-end;margin-top:1rem}button{font:inherit;padding:.5rem 1rem;border-radius:.5rem;border:1px solid #94a3b8;background:#fff;color:#0f172a}
button.go{background:#0f172a;color:#fff}@media(prefers-color-scheme:dark){dialog{background:#0f172a;color:#f1f5f9}.nc{background:#451a03;color:#fef3c7}button{background:#1e293b;color:#f1f5f9}button.go{background:#f1f5f9;color:#0f172a}}`;


export function showFallbackWarning(report: WarningReport): Promise<'continue' | 'cancel'> {
  return new Promise((resolve) => {
    const host = document.createElement(TAG);
    const root = host.attachShadow({ mode: 'open' });
    let settled = false;
    let rebuilds = 0;
    const observer = new MutationObserver(() => {
      if (++rebuilds > 25) return decide('cancel');
      build();
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
      host.remove();
      resolve(decision);
    }

    function build() {
      observer.disconnect();
      const style = el('style', CSS);
      const dialog = el('dialog');
      dialog.setAttribute('role', 'alertdialog');
      dialog.setAttribute('aria-modal', 'true');
      dialog.setAttribute('aria-labelledby', 'lrt-fb-title');
      const title = el('h2', 'Restaking request: one look before your wallet opens');
      title.id = 'lrt-fb-title';
      dialog.append(title, el('p', `${report.origin} asks your wallet to sign this. LRT Advisor held it.`));
      for (const item of report.items) dialog.append(el('p', item.summary));
      const box = el('div', undefined, 'nc');
      box.setAttribute('data-testid', 'not-checked');
      box.append(el('p', 'Not checked'), el('p', `LRT Advisor could not show its full analysis: ${report.notChecked ?? 'the warning could not be loaded'}.`));
      if (report.targets.length) box.append(el('p', `Contract${report.targets.length > 1 ? 's' : ''}: ${report.targets.map((t) => (t.name ? `${t.name} ${shortAddress(t.address)}` : shortAddress(t.address))).join(', ')}`));
      dialog.append(box);
      if (rebuilds > 0) dialog.append(el('p', 'This page tried to change or hide this warning. What you see was restored by LRT Advisor.'));
      const cancel = el('button', 'Cancel');
      const go = el('button', 'Continue to wallet', 'go');
      for (const b of [cancel, go]) b.type = 'button';
      cancel.addEventListener('click', (e) => e.isTrusted && decide('cancel'));
      go.addEventListener('click', (e) => e.isTrusted && decide('continue'));
      const footer = el('footer');
      footer.append(cancel, go);
      dialog.append(footer);
      dialog.addEventListener('cancel', (e) => e.preventDefault());
      dialog.addEventListener('keydown', (e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          if (e.isTrusted) decide('cancel');
        } else if (e.key === 'Tab') {
          e.preventDefault();
          (root.activeElement === cancel ? go : cancel).focus();
        }
      });
      root.replaceChildren(style, dialog);
      if (!host.isConnected) (document.documentElement ?? document).appendChild(host);
      dialog.showModal();
      cancel.focus();
      observer.takeRecords();
      observer.observe(root, { subtree: true, childList: true, characterData: true, attributes: true });
      observer.observe(host.parentNode!, { childList: true });
    }

    build();
  });
}
