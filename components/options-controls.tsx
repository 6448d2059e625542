/** The options page's shared pieces: field styles, a field's error message and the attributes that point to it. */
export const input =
  'w-full rounded-md border border-slate-400 bg-white px-2 py-1 text-sm text-slate-900 placeholder:text-slate-500 focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-blue-600 aria-[invalid=true]:border-red-600 dark:border-slate-500 dark:bg-slate-800 dark:text-slate-100 dark:placeholder:text-slate-400 dark:aria-[invalid=true]:border-red-400';
export const button =
  'rounded-md border border-slate-400 px-3 py-1 text-sm font-medium hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-blue-600 disabled:opacity-60 dark:border-slate-500 dark:hover:bg-slate-800';
export const muted = 'text-xs text-slate-600 dark:text-slate-400';
export const errorText = 'text-xs font-medium text-red-700 dark:text-red-300';

/** `rpcUrls.1` → a safe element id for the field's error message. */
const errorId = (field: string) => `error-${field.replace(/[^\w-]/g, '-')}`;

export function FieldError({ field, errors }: { field: string; errors: Record<string, string> }) {
  const message = errors[field];
  return message ? (
    <p id={errorId(field)} className={errorText} data-testid="field-error" data-field={field}>
      {message}
    </p>
  ) : null;
}

export const invalid = (field: string, errors: Record<string, string>) =>
  errors[field] ? { 'aria-invalid': true as const, 'aria-describedby': errorId(field) } : {};

