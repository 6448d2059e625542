/**
 * Inline `!important` styles the page cannot outrank with its own sheets, shared by every warning host (the framed
 * surface, the in-page React warning, the plain fallback). Any change to a pinned element's style attribute is the
 * page's, and is seen as such (`pinned`). Dependency-free: the fallback ships at document_start.
 */
/** Declarations, `;`-separated: compact in the document_start bundle the fallback ships in. */
export type Style = string;

/** What can hide or alter an element's rendering from a page stylesheet, one property at a time. */
export const PINNED: Style =
  'visibility:visible;opacity:1;content-visibility:visible;contain:none;transform:none;translate:none;scale:none;rotate:none;clip-path:none;mask:none;filter:none;backdrop-filter:none;mix-blend-mode:normal;pointer-events:auto;interactivity:auto;color-scheme:normal;animation:none;transition:none';
/**
 * The host's own box: directly under <html>, fixed, zero-sized, above any z-index. Inherited text properties are
 * reset inside the host (an inline `all: initial` would also pin the text spacing people adjust, WCAG 1.4.12).
 */
export const HOST_STYLE: Style = 'display:block;position:fixed;inset:0;width:0;height:0;z-index:2147483647;zoom:1;' + PINNED;

/** What each pinned element's style attribute read right after pinning: any change from it is the page's. */
const pinnedAs = new WeakMap<HTMLElement, string>();

export function pin(el: HTMLElement, style: Style): void {
  el.removeAttribute('style');
  // Properties this browser does not know (`interactivity` before it shipped) are dropped, which is fine.
  for (const d of style.split(';')) {
    const at = d.indexOf(':');
    el.style.setProperty(d.slice(0, at), d.slice(at + 1), 'important');
  }
  pinnedAs.set(el, el.getAttribute('style') ?? '');
}
export const pinned = (el: HTMLElement): boolean => el.getAttribute('style') === pinnedAs.get(el);

/**
 * A host must stay where the page cannot hide it: the direct child of <html>, not hidden or inert, its style as
 * pinned. Puts it back (true when anything had to be undone). `html` is whatever document element the page has now
 * (`document.open()` or `replaceChild` give it a new one).
 */
export function keepHost(host: HTMLElement, allowed: readonly string[] = ['style']): boolean {
  const html = document.documentElement;
  let undone = false;
  for (const a of [...host.attributes])
    if (!allowed.includes(a.name)) {
      host.removeAttribute(a.name);
      undone = true;
    }
  if (!pinned(host)) {
    pin(host, HOST_STYLE);
    undone = true;
  }
  if (html && html.inert) {
    html.inert = false;
    undone = true;
  }
  if (html && host.parentNode !== html) {
    html.appendChild(host);
    undone = true;
  } else if (!html && !host.isConnected) document.appendChild(host);
  return keepRootRendered() || undone;
}

/**
 * What <html> does to everything in it, the top layer included: `display: none` and `content-visibility: hidden`
 * take every descendant's box away, and Firefox paints the top layer through <html>'s `filter` (`opacity(0.05)`,
 * `blur()`). Overridden inline on <html> (true when it had to be) while a warning is up.
 */
export function keepRootRendered(): boolean {
  const html = document.documentElement;
  if (!html) return false;
  const style = getComputedStyle(html);
  let undone = false;
  if (style.display === 'none' || style.display === 'contents') {
    html.style.setProperty('display', 'block', 'important');
    undone = true;
  }
  if (style.filter !== 'none' && style.filter !== '') {
    html.style.setProperty('filter', 'none', 'important');
    undone = true;
  }
  if (style.getPropertyValue('content-visibility') === 'hidden') {
    html.style.setProperty('content-visibility', 'visible', 'important');
    undone = true;
  }
  return undone;
}
