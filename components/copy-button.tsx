import { useEffect, useState } from 'react';

/** Copies a value through the `copy` it is given (the page passes navigator.clipboard); says whether it worked. */
export function CopyButton({ value, label, copy }: { value: string; label: string; copy(text: string): Promise<void> }) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  useEffect(() => {
    if (state === 'idle') return;
    const t = setTimeout(() => setState('idle'), 2000);
    return () => clearTimeout(t);
  }, [state]);
  // The button's name always starts with its visible word ("Copy"); the outcome is announced beside it.
  return (
    <span className="inline-flex items-center gap-1">
      <button
        type="button"
        aria-label={`Copy ${label}`}
        data-testid="copy"
        data-state={state}
        onClick={() => copy(value).then(() => setState('copied'), () => setState('failed'))}
        className="rounded border border-slate-300 px-1.5 py-0.5 text-xs font-medium hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-blue-600 dark:border-slate-600 dark:hover:bg-slate-800"
      >
        Copy
      </button>
      <span role="status" className="text-xs">
        {state === 'copied' ? 'Copied' : state === 'failed' ? 'Copy failed' : ''}
      </span>
    </span>
  );
}
