import { useId } from 'react';
import { aaveBaseUsd } from '@/lib/present/format';
import type { ExposureReply, RestakingState } from '@/lib/ui/restaking-store';

const focus = 'focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-600';
const button = `rounded-md border border-current px-2 py-1 font-medium ${focus}`;
const fmt = (n: number, digits = 4) => n.toLocaleString('en', { maximumFractionDigits: digits });
const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

export interface YourRestakingProps {
  state: Pick<RestakingState, 'status' | 'error' | 'reported' | 'exposure'>;
  onChoose(on: boolean, account?: string): void;
  onAdd(account: string): void;
  onRemove(account: string): void;
}

function Account({ account, summary, onRemove }: { account: string; summary: ExposureReply['summaries'][number] | undefined; onRemove(): void }) {
  const id = useId();
  return (
    <article aria-labelledby={id} className="flex flex-col gap-2 rounded-lg border border-slate-200 p-2 dark:border-slate-700" data-testid="restaking-account" data-account={account}>
      <div className="flex flex-wrap items-center gap-2">
        <h3 id={id} className="font-semibold">
          <code className="break-all text-xs">{account}</code>
        </h3>
        <button type="button" className={`ml-auto ${button}`} onClick={onRemove} aria-label={`Remove account ${account}`} data-testid="restaking-remove">
          Remove
        </button>
      </div>
      {!summary ? (
        <p>Not read yet.</p>
      ) : (
        <>
          {summary.failed.length > 0 && (
            <p role="alert" data-testid="restaking-failed">
              Some reads failed, so this is not everything: {summary.failed.map((f) => `${f.label} (${f.message})`).join('; ')}.
            </p>
          )}
          {summary.holdings.length === 0 && summary.failed.length === 0 && <p>No LST or LRT on Ethereum.</p>}
          {summary.holdings.length > 0 && (
            <table className="w-full text-left text-xs" data-testid="restaking-holdings">
              <caption className="sr-only">What {account} holds, what can slash it and how it exits</caption>
              <thead>
                <tr>
                  <th scope="col">Token</th>
                  <th scope="col">Amount</th>
                  <th scope="col">What can slash it</th>
                  <th scope="col">Exit</th>
                </tr>
              </thead>
              <tbody>
                {summary.holdings.map((h) => (
                  <tr key={h.symbol} className="border-t border-slate-200 align-top dark:border-slate-700" data-testid="restaking-holding" data-symbol={h.symbol}>
                    <th scope="row" className="pr-2 font-medium">
                      {h.symbol} <span className="font-normal">({h.kind === 'lst' ? 'LST' : 'LRT'})</span>
                    </th>
                    <td className="pr-2 tabular-nums">{fmt(h.amount)}</td>
                    <td className="pr-2">
                      {h.slashedBy}
                      {h.slashableShare !== null && h.kind === 'lrt' && <> {fmt(h.slashableShare * 100, 1)} % slashable.</>}
                    </td>
                    <td>{h.exit}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {summary.holdings.length > 0 && (
            <p data-testid="restaking-total">
              <span className="font-semibold">Slashable in total: {fmt(summary.slashableTokens)} tokens</span>
              {summary.notKnown.length > 0 && <> · not known for {summary.notKnown.join(', ')}, left out of the total</>}
            </p>
          )}
          {summary.aave.map((a) => (
            <p key={a.pool} data-testid="restaking-aave">
              Aave v3 {a.market}: {aaveBaseUsd(a.totalCollateralBase)} supplied, {aaveBaseUsd(a.totalDebtBase)} borrowed, liquidation threshold {a.liquidationThresholdBps / 100} %
              {a.healthFactor !== null && <>, health factor {fmt(a.healthFactor, 2)}</>}.
            </p>
          ))}
          <p className="text-xs text-slate-700 dark:text-slate-300">
            Read on Ethereum {summary.source ? `(${summary.source})` : ''} · as of {new Date(summary.asOf).toLocaleString('en')}
          </p>
        </>
      )}
    </article>
  );
}

/** "Your restaking" on This tab: off until the person chooses; then the accounts they added, each removable. */
export function YourRestaking({ state, onChoose, onAdd, onRemove }: YourRestakingProps) {
  const id = useId();
  const { reported, exposure } = state;
  const origin = reported?.origin ?? 'this site';
  const first = reported?.accounts[0];
  const mode = !exposure ? 'loading' : exposure.enabled ? 'on' : exposure.asked ? 'off' : 'ask';
  const unsaved = exposure?.enabled ? (reported?.accounts ?? []).filter((a) => !exposure.accounts.some((b) => same(a, b))) : [];
  return (
    <section aria-labelledby={id} className="flex flex-col gap-2 border-t border-slate-200 pt-3 dark:border-slate-700" data-testid="your-restaking" data-state={mode}>
      <h2 id={id} className="text-sm font-semibold">
        Your restaking
      </h2>
      {state.status === 'error' && <p role="alert">Your restaking could not be loaded: {state.error}</p>}
      {mode === 'loading' && state.status !== 'error' && <p role="status">Loading…</p>}
      {(mode === 'ask' || mode === 'off') && (
        <>
          {first ? (
            <p>
              The wallet on <span className="font-medium">{origin}</span> reported the account <code className="break-all text-xs">{first}</code>. Check it is yours.
            </p>
          ) : (
            <p>When a site’s wallet reports your account, you can choose to see here what it holds in LSTs and LRTs.</p>
          )}
          <p>
            {mode === 'ask' ? 'Off until you choose. ' : 'Off. '}
            LRT Advisor then reads only the accounts you add — their LSTs, LRTs and Aave positions, in one read per chain through the RPC it already uses. Nothing else leaves this computer.
          </p>
          <div className="flex flex-wrap gap-2">
            {first && (
              <button type="button" className={button} onClick={() => onChoose(true, first)} data-testid="restaking-on">
                Read this account
              </button>
            )}
            {!first && mode === 'off' && (exposure?.accounts.length ?? 0) > 0 && (
              <button type="button" className={button} onClick={() => onChoose(true)} data-testid="restaking-on">
                Turn on
              </button>
            )}
            {mode === 'ask' && first && (
              <button type="button" className={button} onClick={() => onChoose(false)} data-testid="restaking-not-now">
                Not now
              </button>
            )}
          </div>
        </>
      )}
      {mode === 'on' && exposure && (
        <>
          {unsaved.map((a) => (
            <p key={a} className="flex flex-wrap items-center gap-2" data-testid="restaking-reported">
              <span>
                The wallet on <span className="font-medium">{origin}</span> reported <code className="break-all text-xs">{a}</code>, not in your list.
              </span>
              <button type="button" className={button} onClick={() => onAdd(a)} aria-label={`Add account ${a}`} data-testid="restaking-add">
                Add
              </button>
            </p>
          ))}
          {exposure.accounts.length === 0 && <p>No account added yet.</p>}
          {exposure.accounts.map((a) => (
            <Account key={a} account={a} summary={exposure.summaries.find((s) => same(s.account, a))} onRemove={() => onRemove(a)} />
          ))}
          <div>
            <button type="button" className={button} onClick={() => onChoose(false)} data-testid="restaking-off">
              Turn off
            </button>
          </div>
        </>
      )}
    </section>
  );
}
