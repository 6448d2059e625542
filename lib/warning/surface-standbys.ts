/**
 * The worker's side of the standby warning pages (standby-frame.ts): which page of which tab is loaded and free, which
 * was given which warning, and the push that gives it. In the worker's memory only: a standby page given a warning by
 * a worker that then stopped is given it again when the holding frame opens it again (the top frame names the page).
 */
import type { WarningReport } from '../messaging/hold-messages';
import type { SurfaceAssignMessage } from './surface-messages';

export interface StandbyDeps {
  /** To the extension's own pages: every other one ignores a standby id not its own. */
  toExtensionPages?(message: unknown): Promise<unknown>;
  /** The page showing this token has its report. */
  delivered(token: string): void;
}

export function createStandbyAssigner(deps: StandbyDeps) {
  /** Standby pages given a warning that have not taken it yet, by standby id: each is handed over once. */
  const assigned = new Map<string, { token: string; tabId: number }>();
  /** Each tab's loaded standby page, as its top frame said: the next warning goes to it before it is shown. */
  const standbyOf = new Map<number, string>();
  /** Standby pages already given a warning: one said to be loaded after it was shown is not used again. */
  const spent = new Set<string>();

  const push = (standby: string, token: string, report: WarningReport, shown: boolean) =>
    deps.toExtensionPages?.({ type: 'surface-assign', standby, token, report, shown } satisfies SurfaceAssignMessage) ?? Promise.resolve(undefined);

  return {
    /** The top frame says this tab's standby page has loaded (false: that page was used already). */
    loaded(tabId: number, standby: string): boolean {
      if (spent.has(standby)) return false;
      standbyOf.set(tabId, standby);
      return true;
    },
    /** The tab's loaded standby page renders this warning, hidden, while the top frame moves it into its dialog. */
    early(tabId: number, token: string, report: WarningReport): void {
      const standby = standbyOf.get(tabId);
      if (!standby) return;
      standbyOf.delete(tabId);
      spent.add(standby);
      void push(standby, token, report, false).catch(() => undefined);
    },
    /** The top frame put a standby page in its dialog: it gets this token, by push or when it asks (if still loading). */
    assign(standby: string, token: string, tabId: number, report: WarningReport): void {
      assigned.set(standby, { token, tabId });
      spent.add(standby);
      if (standbyOf.get(tabId) === standby) standbyOf.delete(tabId);
      void push(standby, token, report, true).then(
        (reply) => {
          if ((reply as { ok?: unknown } | undefined)?.ok !== true || assigned.get(standby)?.token !== token) return;
          assigned.delete(standby);
          deps.delivered(token);
        },
        () => undefined,
      );
    },
    /** The token given to this standby page of this tab, handed over once (the caller then answers its report). */
    take(standby: string, tabId: number | undefined): string | null {
      const given = assigned.get(standby);
      if (!given || given.tabId !== tabId) return null;
      assigned.delete(standby);
      return given.token;
    },
  };
}
