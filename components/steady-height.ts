import { useLayoutEffect, useRef, type Ref, type RefObject } from 'react';

/**
 * A notice that appears while the warning is open (the page tried to hide it) must not move Cancel and Continue out
 * from under a pointer already on its way to them: in the render that adds it, the dialog is given the height it had
 * without it (its body scrolls instead) and the notice is scrolled into that body's view, before anything is painted.
 *
 * That height is the one last seen (by a ResizeObserver: no layout is forced while nothing appears) at the largest
 * viewport: when the page puts the warning back on top, its frame can be a few pixels high for a moment (Firefox), and
 * a height measured then would be wrong. A larger viewport than the real one does no harm: max-height still applies.
 */
export function useSteadyHeight(
  appeared: boolean,
  outer: Ref<HTMLDialogElement>,
  notice: RefObject<HTMLElement | null>,
): (el: HTMLDialogElement | null) => void {
  const dialog = useRef<HTMLDialogElement | null>(null);
  const shown = useRef(appeared);
  const natural = useRef({ height: 0, viewport: 0 });
  const observer = useRef<{ el: HTMLDialogElement; resize: ResizeObserver } | null>(null);

  const record = (height: number) => {
    if (shown.current || !dialog.current?.open || height <= 0 || innerHeight < natural.current.viewport) return;
    natural.current = { height, viewport: innerHeight };
  };

  useLayoutEffect(() => {
    const d = dialog.current;
    const n = notice.current;
    if (appeared && !shown.current && d?.open && n) {
      n.style.display = 'none';
      record(d.getBoundingClientRect().height);
      n.style.display = '';
      if (natural.current.height > 0) d.style.height = `${natural.current.height}px`;
      n.scrollIntoView({ block: 'nearest' });
    }
    shown.current = appeared;
  });
  useLayoutEffect(() => () => observer.current?.resize.disconnect(), []);

  return (el) => {
    // The ref is called again at each render (null, then the element): one observer per element.
    if (el && el !== observer.current?.el) {
      observer.current?.resize.disconnect();
      const resize = new ResizeObserver((entries) => record(entries[entries.length - 1]!.borderBoxSize[0]?.blockSize ?? 0));
      resize.observe(el);
      observer.current = { el, resize };
    }
    dialog.current = el;
    if (typeof outer === 'function') outer(el);
    else if (outer) (outer as RefObject<HTMLDialogElement | null>).current = el;
  };
}
