/**
 * Whether the framed warning is there for the person to see, as the top frame can tell: the host under <html>, the
 * dialog open, the frame rendered at (nearly) the viewport's size, and nothing of the page taking the pointer
 * anywhere over it. Null when it is; else what is wrong, in words the warning shows.
 */
const POINTS = [
  [0.5, 0.5],
  [0.3, 0.3],
  [0.7, 0.3],
  [0.3, 0.7],
  [0.7, 0.7],
] as const;

export function coverReason(host: HTMLElement, dialog: HTMLDialogElement, frame: HTMLIFrameElement): string | null {
  if (host.parentNode !== document.documentElement || !dialog.open) return 'the warning was not shown';
  if (!frame.checkVisibility({ opacityProperty: true, visibilityProperty: true, contentVisibilityAuto: true })) return 'the warning was hidden';
  const r = frame.getBoundingClientRect();
  if (r.width < innerWidth * 0.9 || r.height < innerHeight * 0.9) return 'the warning was shrunk';
  // Whatever takes the pointer over the dialog (the page's hit-testable elements) would have taken the click.
  for (const [fx, fy] of POINTS) {
    const hit = document.elementFromPoint(r.left + r.width * fx, r.top + r.height * fy);
    if (hit && hit !== host) return 'the page put something over the warning';
  }
  return null;
}
