export type PopupView = 'search' | 'token' | 'compare' | 'tab' | 'choose';

const LINKS: { view: PopupView; href: string; label: string }[] = [
  { view: 'search', href: '#/', label: 'Search' },
  { view: 'tab', href: '#/tab', label: 'This tab' },
  { view: 'compare', href: '#/compare', label: 'Compare' },
  { view: 'choose', href: '#/choose', label: 'Choose' },
];

const ITEM = 'rounded-md px-1.5 py-1 whitespace-nowrap hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-blue-600 dark:hover:bg-slate-800';

/** The popup's views as plain links (the hash routes), and the options page: one row at the popup's 26rem width. */
export function PopupNav({ view, onOpenOptions }: { view: PopupView; onOpenOptions(): void }) {
  return (
    <nav aria-label="LRT Advisor" className="flex flex-nowrap items-center gap-0.5 border-b border-slate-200 pb-2 text-sm dark:border-slate-700" data-testid="popup-nav">
      <span className="mr-auto pr-1 font-semibold whitespace-nowrap">LRT Advisor</span>
      {LINKS.map((l) => (
        <a
          key={l.view}
          href={l.href}
          aria-current={view === l.view ? 'page' : undefined}
          className={`${ITEM} aria-[current=page]:bg-slate-200 aria-[current=page]:font-semibold dark:aria-[current=page]:bg-slate-700`}
        >
          {l.label}
        </a>
      ))}
      <button type="button" onClick={onOpenOptions} aria-label="Options" title="Options" className={`${ITEM} flex-none`}>
        <svg viewBox="0 0 16 16" aria-hidden="true" focusable="false" className="h-4 w-4" fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round">
          <circle cx="8" cy="8" r="2.2" />
          <path d="M8 1.5v2M8 12.5v2M1.5 8h2M12.5 8h2M3.4 3.4l1.4 1.4M11.2 11.2l1.4 1.4M3.4 12.6l1.4-1.4M11.2 4.8l1.4-1.4" />
        </svg>
      </button>
    </nav>
  );
}
