export type PopupView = 'search' | 'token' | 'compare' | 'tab' | 'choose';

const LINKS: { view: PopupView; href: string; label: string }[] = [
  { view: 'search', href: '#/', label: 'Search' },
  { view: 'tab', href: '#/tab', label: 'This tab' },
  { view: 'compare', href: '#/compare', label: 'Compare' },
  { view: 'choose', href: '#/choose', label: 'Choose' },
];

/** The popup's views as plain links (the hash routes), and the options page. */
export function PopupNav({ view, onOpenOptions }: { view: PopupView; onOpenOptions(): void }) {
  return (
    <nav aria-label="LRT Advisor" className="flex items-center gap-1 border-b border-slate-200 pb-2 text-sm dark:border-slate-700">
      <span className="mr-auto font-semibold">LRT Advisor</span>
      {LINKS.map((l) => (
        <a
          key={l.view}
          href={l.href}
          aria-current={view === l.view ? 'page' : undefined}
          className="rounded-md px-2 py-1 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-blue-600 aria-[current=page]:bg-slate-200 aria-[current=page]:font-semibold dark:hover:bg-slate-800 dark:aria-[current=page]:bg-slate-700"
        >
          {l.label}
        </a>
      ))}
      <button
        type="button"
        onClick={onOpenOptions}
        className="rounded-md px-2 py-1 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-blue-600 dark:hover:bg-slate-800"
      >
        Options
      </button>
    </nav>
  );
}
