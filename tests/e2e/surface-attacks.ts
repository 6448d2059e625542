/**
 * The page side of the surface attacks (surface-attack-scenarios.ts): each `run` is serialised into the page and
 * runs there once the warning is up (`before` runs after load, before the deposit is sent). They see no closure.
 */
export interface SurfaceAttack {
  name: string;
  /** How it is expected to be held. */
  how: string;
  run: () => unknown;
  before?: () => unknown;
  query?: string;
  /** How long the attack is given before the person looks (ms). */
  settle?: number;
  /** Why it runs by itself even when the others run side by side. */
  alone?: string;
}

/** Page CSS: one stylesheet appended to <head>. */
const css = (name: string, how: string, text: string): SurfaceAttack => ({
  name,
  how,
  run: new Function(`const s = document.createElement('style'); s.textContent = ${JSON.stringify(text)}; document.head.append(s);`) as () => unknown,
});

const FRAMED = 'the decision is an extension page in a frame: page styles do not reach into it';
const ROOT = 'what <html> does to its descendants is undone on <html> itself while the warning is up';

const VIEW_TRANSITION_ALONE = 'the page’s view transitions pause its rendering: side by side with other browsers, one run in 18 got no further for 60 s';

export const SURFACE_ATTACKS: Record<string, SurfaceAttack[]> = {
  'surface: page CSS': [
    css('theme custom properties on the host and :root (text, background, Tailwind variables)', FRAMED, `lrt-advisor-warning, :root { --color-slate-900: transparent; --color-white: #0f172a; --tw-text-opacity: 0; --text: transparent; --background: #0f172a; color: transparent !important; background: #0f172a !important; }`),
    css('inherited -webkit-text-fill-color: transparent and color: transparent on html, body and the host', FRAMED, `html, body, lrt-advisor-warning { -webkit-text-fill-color: transparent !important; color: transparent !important; text-shadow: none !important; caret-color: transparent !important; }`),
    css('html { font-size: 2px } and body { font-size: 1px; line-height: 0 }', FRAMED, `html { font-size: 2px !important; } body, lrt-advisor-warning { font-size: 1px !important; line-height: 0 !important; letter-spacing: -5px !important; }`),
    css('html { zoom: 0.1 }', 'the page zoom on <html> is undone on the dialog', `html { zoom: 0.1 !important; }`),
    css('html { zoom: 8 }', 'the page zoom on <html> is undone on the dialog', `html { zoom: 8 !important; }`),
    css('zoom on body and on the host', 'the host’s inline !important zoom outranks page rules', `body { zoom: 0.2 !important; } lrt-advisor-warning { zoom: 0.05 !important; }`),
    css('@property registering the warning’s variables with transparent / huge initial values', FRAMED, `@property --tw-text-opacity { syntax: '<number>'; inherits: true; initial-value: 0; } @property --color-slate-900 { syntax: '<color>'; inherits: true; initial-value: transparent; } @property --tw-translate-x { syntax: '<length>'; inherits: true; initial-value: 9999px; } lrt-advisor-warning { --tw-text-opacity: 0; }`),
    {
      name: 'CSS.registerProperty for the same variables, from script',
      how: FRAMED,
      run: () => {
        for (const [name, syntax, initialValue] of [
          ['--color-white', '<color>', 'black'],
          ['--spacing', '<length>', '999px'],
          ['--text-lg', '<length>', '1px'],
        ])
          try {
            CSS.registerProperty({ name: name!, syntax: syntax!, inherits: true, initialValue: initialValue! });
          } catch {
            // Already registered.
          }
      },
    },
    css('html { filter: opacity(0.05) blur(20px) }', ROOT, `html { filter: opacity(0.05) blur(20px) !important; }`),
    css('html { opacity: 0.02 } and body { opacity: 0 }', ROOT, `html { opacity: 0.02 !important; } body { opacity: 0 !important; }`),
    css('html { display: none }', ROOT, `html { display: none !important; }`),
    css('html { content-visibility: hidden }', ROOT, `html { content-visibility: hidden !important; }`),
    css('html { transform: scale(0.05); clip-path: inset(50%); mask-image: linear-gradient(transparent, transparent) }', ROOT, `html { transform: scale(0.05) !important; clip-path: inset(50%) !important; mask-image: linear-gradient(transparent, transparent) !important; }`),
    css('* { all: unset }', 'inline !important styles on the host; the frame’s document is the extension’s', `* { all: unset !important; } *::backdrop { all: unset !important; }`),
    css('html { visibility: hidden; pointer-events: none } and the host with pointer-events: none', 'the host pins visibility and pointer-events inline, !important', `html { visibility: hidden !important; pointer-events: none !important; } lrt-advisor-warning { pointer-events: none !important; visibility: hidden !important; }`),
    css('a fake “Cancel” drawn by the host’s own ::before / ::after over the page', 'pseudo-elements of the host are not in the top layer: the dialog is above them', `lrt-advisor-warning::before, lrt-advisor-warning::after { content: 'Cancel'; position: fixed; inset: 0; z-index: 2147483647; background: white; font-size: 40px; display: block !important; }`),
  ],
  'surface: reaching into it': [
    {
      name: 'document.adoptedStyleSheets and a constructed sheet hiding dialog, iframe and the host',
      how: 'the shadow root is closed and the frame is the extension’s: adopted sheets reach neither',
      run: () => {
        const sheet = new CSSStyleSheet();
        sheet.replaceSync('dialog, iframe, lrt-advisor-warning, :host { display: none !important; opacity: 0 !important; }');
        document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
      },
    },
    {
      name: 'CSSOM insertRule into every stylesheet the page can reach',
      how: 'the warning’s own styles are in the extension’s document; the host’s are inline !important',
      run: () => {
        const s = document.createElement('style');
        document.head.append(s);
        for (const sheet of [...document.styleSheets])
          for (const rule of ['dialog, iframe { display: none !important }', 'lrt-advisor-warning { display: none !important }', ':host { opacity: 0 !important }'])
            try {
              sheet.insertRule(rule, sheet.cssRules.length);
            } catch {
              // A rule this sheet refuses.
            }
      },
    },
    {
      name: 'Element.prototype.attachShadow replaced to force open roots, then reading and restyling the warning’s root',
      how: 'the extension’s scripts run in their own world: the page’s prototypes are not theirs; the root stays closed',
      before: () => {
        const w = window as unknown as { __roots: ShadowRoot[] };
        w.__roots = [];
        const attach = Element.prototype.attachShadow;
        Element.prototype.attachShadow = function (init: ShadowRootInit) {
          const root = attach.call(this, { ...init, mode: 'open' });
          w.__roots.push(root);
          return root;
        };
      },
      run: () => {
        const host = document.querySelector('lrt-advisor-warning')!;
        const roots = [...(window as unknown as { __roots: ShadowRoot[] }).__roots, host.shadowRoot].filter(Boolean) as ShadowRoot[];
        for (const root of roots) {
          const sheet = new CSSStyleSheet();
          sheet.replaceSync('dialog, iframe { display: none !important; }');
          root.adoptedStyleSheets = [sheet];
        }
        try {
          host.attachShadow({ mode: 'open' }).append('Verified safe');
        } catch {
          // A host has one root.
        }
        (window as unknown as { __reached: number }).__reached = roots.length;
      },
    },
    {
      name: 'light-DOM children and a slot-less fake dialog appended to the host',
      how: 'children of a host with a closed, slot-less root are not rendered',
      run: () => {
        const host = document.querySelector('lrt-advisor-warning')!;
        const fake = document.createElement('div');
        fake.style.cssText = 'position:fixed;inset:0;background:white;font-size:40px;z-index:2147483647';
        fake.textContent = 'Verified safe. Cancel';
        host.append(fake);
        host.setAttribute('data-x', '1');
      },
    },
    {
      name: 'the host replaced with a clone, and a clone put in front of it',
      how: 'a host that leaves <html> is put back; a clone has no shadow root',
      run: () => {
        const host = document.querySelector('lrt-advisor-warning')!;
        host.replaceWith(host.cloneNode(true));
        document.documentElement.prepend(document.createElement('lrt-advisor-warning'));
      },
    },
    {
      name: 'the host moved into an open page popover, then into a display:none <template>',
      how: 'a host that leaves <html> is put back',
      run: () => {
        const host = document.querySelector('lrt-advisor-warning')!;
        const pop = document.createElement('div');
        pop.popover = 'manual';
        document.body.append(pop);
        pop.append(host);
        pop.showPopover();
        setTimeout(() => document.createElement('template').content.append(document.querySelector('lrt-advisor-warning')!), 50);
      },
    },
    {
      name: 'a MutationObserver that removes the host the moment it is put back',
      how: 'every removal is undone and counted; past 25 the request is cancelled',
      before: () => {
        new MutationObserver(() => {
          for (const host of document.querySelectorAll('lrt-advisor-warning')) host.remove();
        }).observe(document.documentElement, { childList: true, subtree: true });
      },
      run: () => undefined,
      settle: 1500,
    },
    {
      name: 'a MutationObserver that restyles the host and sets inert on <html> whenever it changes',
      how: 'every restyle is undone and counted; past 25 the request is cancelled',
      run: () => {
        const host = document.querySelector('lrt-advisor-warning') as HTMLElement;
        // Only when it was undone: a page observer that writes on every record would hang its own page.
        const spoil = () => {
          if (host.style.getPropertyValue('opacity') !== '0') host.style.setProperty('opacity', '0', 'important');
          if (!document.documentElement.inert) document.documentElement.inert = true;
        };
        new MutationObserver(spoil).observe(document.documentElement, { attributes: true, subtree: true });
        spoil();
      },
      settle: 1500,
    },
    {
      name: 'document.open() and document.write() of a fake warning',
      how: 'the host is put back into whatever document element the page ends with',
      run: () => {
        document.open();
        document.write('<!doctype html><html><body><dialog open style="inset:0">Verified safe. <button>Cancel</button></dialog></body></html>');
        document.close();
      },
    },
    {
      name: 'the document element replaced with a new <html> holding a fake warning',
      how: 'the host is put back into the new document element',
      run: () => {
        const html = document.createElement('html');
        html.innerHTML = '<body><div style="position:fixed;inset:0;background:white;font-size:40px">Verified safe. Cancel</div></body>';
        document.replaceChild(html, document.documentElement);
      },
    },
    {
      name: 'the warning’s frame navigated through window.frames to a page of the attacker’s',
      how: 'a frame that loads anything but the warning is put back and counted',
      run: () => {
        for (let i = 0; i < window.length; i++)
          try {
            window[i]!.location.href = `${location.origin}/blank.html?fake`;
          } catch {
            // Not navigable from here.
          }
        (window as unknown as { __frames: number }).__frames = window.length;
      },
    },
  ],
  'surface: covering': [
    {
      name: 'a page popover shown again every frame after the warning is raised',
      how: 'a page element opened over the warning raises it again; a page that keeps doing it is given up on',
      run: () => {
        const p = document.createElement('div');
        p.popover = 'manual';
        p.textContent = 'Verified safe. Cancel';
        p.style.cssText = 'position:fixed;inset:0;width:100vw;height:100vh;margin:0;background:white;font-size:40px;pointer-events:none;';
        document.body.append(p);
        const again = () => {
          if (p.matches(':popover-open')) p.hidePopover();
          p.showPopover();
          requestAnimationFrame(again);
        };
        again();
      },
      settle: 1500,
    },
    {
      name: 'a popover inside the page’s own closed shadow root',
      how: 'closed page roots are searched too (openOrClosedShadowRoot); the warning is raised above',
      run: () => {
        const holder = document.createElement('div');
        document.body.append(holder);
        const root = holder.attachShadow({ mode: 'closed' });
        const p = document.createElement('div');
        p.popover = 'manual';
        p.textContent = 'Verified safe. Cancel';
        p.style.cssText = 'position:fixed;inset:0;width:100vw;height:100vh;margin:0;background:white;font-size:40px;pointer-events:none;';
        root.append(p);
        p.showPopover();
      },
    },
    {
      name: 'a popover inside a closed shadow root, shown again every 100 ms',
      how: 'closed page roots are searched too; a page that keeps covering is given up on',
      run: () => {
        const holder = document.createElement('div');
        document.body.append(holder);
        const p = document.createElement('div');
        p.popover = 'manual';
        p.textContent = 'Verified safe. Cancel';
        p.style.cssText = 'position:fixed;inset:0;width:100vw;height:100vh;margin:0;background:white;font-size:40px;pointer-events:none;';
        holder.attachShadow({ mode: 'closed' }).append(p);
        setInterval(() => {
          if (p.matches(':popover-open')) p.hidePopover();
          p.showPopover();
        }, 100);
      },
      settle: 1500,
    },
    {
      name: 'the page’s own dialog.showModal() after the warning’s, then again on every close',
      how: 'a newer modal raises the warning above it; a page that keeps doing it is given up on',
      run: () => {
        const d = document.createElement('dialog');
        d.textContent = 'Verified safe. Cancel';
        d.style.cssText = 'width:100vw;height:100vh;max-width:none;max-height:none;margin:0;background:white;font-size:40px;';
        document.body.append(d);
        d.showModal();
        let n = 0;
        const again = () => {
          if (++n > 40) return;
          d.close();
          d.showModal();
          setTimeout(again, 50);
        };
        setTimeout(again, 50);
      },
      settle: 2500,
    },
    {
      name: 'a View Transition whose snapshots are hidden, running for 1000 s',
      how: 'the page’s view transition is skipped while the warning is up',
      run: () => {
        const s = document.createElement('style');
        s.textContent =
          '::view-transition { background: white; pointer-events: none; } ::view-transition-group(*), ::view-transition-old(*), ::view-transition-new(*) { animation-duration: 1000s !important; } ::view-transition-old(root), ::view-transition-new(root) { opacity: 0 !important; animation: none !important; }';
        document.head.append(s);
        (document as Document & { startViewTransition?: (f: () => void) => unknown }).startViewTransition?.(() => undefined);
      },
      alone: VIEW_TRANSITION_ALONE,
    },
    {
      name: 'a View Transition started again every 200 ms',
      how: 'the page’s view transitions are skipped while the warning is up; a page that keeps doing it is given up on',
      run: () => {
        const s = document.createElement('style');
        s.textContent = '::view-transition { background: white; } ::view-transition-old(root), ::view-transition-new(root) { opacity: 0 !important; animation-duration: 1000s !important; }';
        document.head.append(s);
        const start = () => (document as Document & { startViewTransition?: (f: () => void) => unknown }).startViewTransition?.(() => undefined);
        start();
        setInterval(start, 200);
      },
      settle: 1500,
      alone: VIEW_TRANSITION_ALONE,
    },
    {
      name: 'a full-page fixed overlay with pointer-events: none and a fake “Cancel” where Continue is',
      how: 'the warning is in the top layer, above any page element',
      run: () => {
        const cover = document.createElement('div');
        cover.style.cssText = 'position:fixed;inset:0;z-index:2147483647;background:white;pointer-events:none;font-size:40px;';
        cover.textContent = 'Cancel';
        document.documentElement.append(cover);
      },
    },
  ],
  'surface: synthetic input': [
    {
      name: 'clicks, pointer events and keys dispatched at the host and posted to every frame',
      how: 'the page cannot reach into the extension frame; its events are not trusted; messages are not listened to',
      run: () => {
        const host = document.querySelector('lrt-advisor-warning')!;
        const at = { clientX: innerWidth / 2, clientY: innerHeight / 2, bubbles: true, composed: true, cancelable: true };
        for (let k = 0; k < 20; k++) {
          for (const type of ['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click']) host.dispatchEvent(type.startsWith('pointer') ? new PointerEvent(type, at) : new MouseEvent(type, at));
          for (const key of ['Enter', ' ', 'Tab']) host.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true }));
          for (let i = 0; i < window.length; i++) {
            window[i]!.postMessage({ type: 'surface-choice', decision: 'continue', seen: true }, '*');
            window[i]!.postMessage('continue', '*');
          }
        }
      },
    },
    {
      name: 'focus stolen every 10 ms (a page input, window.focus, blur of the frame)',
      how: 'the rest of the page is inert under the modal; focus is not a decision',
      run: () => {
        const input = document.createElement('input');
        document.body.append(input);
        setInterval(() => {
          input.focus();
          window.focus();
          (document.activeElement as HTMLElement | null)?.blur?.();
        }, 10);
      },
    },
  ],
};
