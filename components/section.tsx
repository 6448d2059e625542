import type { ReactNode } from 'react';

/**
 * A titled part of a page; the heading names the region for screen readers. `roomy`: the options page's
 * larger spacing and heading.
 */
export function Section({
  id,
  title,
  children,
  testId,
  roomy = false,
  collapsible = false,
}: {
  id: string;
  title: string;
  children: ReactNode;
  testId?: string;
  roomy?: boolean;
  /** Closed at first, opened by its heading (the token page: everything past the first screen). */
  collapsible?: boolean;
}) {
  if (collapsible)
    return (
      <section aria-labelledby={id} className="border-t border-slate-200 pt-2 dark:border-slate-700" data-testid={testId}>
        <details className="group">
          <summary className="cursor-pointer rounded py-1 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-600">
            <h2 id={id} className="inline text-sm font-semibold">
              {title}
            </h2>
          </summary>
          <div className="flex flex-col gap-2 pt-1 pb-2">{children}</div>
        </details>
      </section>
    );
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
