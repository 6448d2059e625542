import type { ReactNode } from 'react';

/** A titled part of a page; the heading names the region for screen readers. */
export function Section({ id, title, children, testId }: { id: string; title: string; children: ReactNode; testId?: string }) {
  return (
    <section aria-labelledby={id} className="flex flex-col gap-2 border-t border-slate-200 pt-3 dark:border-slate-700" data-testid={testId}>
      <h2 id={id} className="text-sm font-semibold">
        {title}
      </h2>
      {children}
    </section>
  );
}
