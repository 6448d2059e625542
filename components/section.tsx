import type { ReactNode } from 'react';

/**
 * A titled part of a page; the heading names the region for screen readers. `roomy`: the options page's
 * larger spacing and heading.
 */
export function Section({ id, title, children, testId, roomy = false }: { id: string; title: string; children: ReactNode; testId?: string; roomy?: boolean }) {
  return (
    <section
      aria-labelledby={id}
      className={`flex flex-col border-t border-slate-200 dark:border-slate-700 ${roomy ? 'gap-3 pt-4' : 'gap-2 pt-3'}`}
      data-testid={testId}
    >
      <h2 id={id} className={roomy ? 'text-base font-semibold' : 'text-sm font-semibold'}>
        {title}
      </h2>
      {children}
    </section>
  );
}
