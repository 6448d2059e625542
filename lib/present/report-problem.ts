/**
 * "Something wrong? Report it": where a person tells the project a warning was wrong. The issue tracker when the
 * project names one (package.json `bugs`, kept in step by report-problem.test.ts), else an e-mail the person
 * addresses, with the subject and what they saw filled in. Nothing about the person or their wallet is added.
 */

/** package.json `bugs.url`; null while the project names no tracker. */
export const ISSUE_TRACKER: string | null = null;

export function problemReportHref(what: { headline: string; level: string; site: string }): string {
  const body = `What LRT Advisor showed: ${what.level} · ${what.headline} (asked by ${what.site}).\n\nWhat is wrong:\n`;
  if (ISSUE_TRACKER) return `${ISSUE_TRACKER}${ISSUE_TRACKER.includes('?') ? '&' : '?'}${new URLSearchParams({ title: `Warning: ${what.headline}`, body })}`;
  return `mailto:?subject=${encodeURIComponent(`LRT Advisor warning: ${what.headline}`)}&body=${encodeURIComponent(body)}`;
}
