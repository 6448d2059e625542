import { useId, useState, type RefObject } from 'react';
import type { ChooseState, LoopMarketChoice } from '@/lib/ui/choose-store';

const PROFILES: { id: ChooseState['profile']; label: string }[] = [
  { id: 'preserve', label: 'Preserve capital' },
  { id: 'balance', label: 'Balance' },
  { id: 'maximize', label: 'Maximize yield' },
];

const focus = 'focus-visible:outline-2 focus-visible:outline-blue-600';

export interface ChooseViewProps {
  state: Pick<ChooseState, 'profile' | 'status' | 'error' | 'ranking' | 'loop'>;
  onPick(profile: ChooseState['profile']): void;
  onCalculate(params: { id: string; market: LoopMarketChoice; leverage: number }): void;
  headingRef: RefObject<HTMLHeadingElement | null>;
}

/** "Choose an LRT": a profile, every LST and LRT ranked for it with the reasons, and a loop calculator. */
export function ChooseView({ state, onPick, onCalculate, headingRef }: ChooseViewProps) {
  const ids = useId();
  const lrts = state.ranking?.tokens.filter((t) => t.kind === 'lrt') ?? [];
  const [token, setToken] = useState<string>('weeth');
  const [market, setMarket] = useState<LoopMarketChoice>(state.loop.market);
  const [leverage, setLeverage] = useState<string>(String(state.loop.leverage));
  const plan = state.loop.plan;
  return (
    <section aria-labelledby={`${ids}-h`} className="flex flex-col gap-3" data-testid="choose">
      <h1 id={`${ids}-h`} ref={headingRef} tabIndex={-1} className="text-base font-semibold">
        Choose an LRT for your own risk
      </h1>
      <fieldset className="flex flex-wrap gap-3">
        <legend className="mb-1 font-medium">Your profile</legend>
        {PROFILES.map((p) => (
          <label key={p.id} className="flex items-center gap-1">
            <input type="radio" name={`${ids}-profile`} value={p.id} checked={state.profile === p.id} onChange={() => onPick(p.id)} className={focus} data-testid={`profile-${p.id}`} />
            {p.label}
          </label>
        ))}
      </fieldset>
      {state.ranking && <p className="text-slate-700 dark:text-slate-300">{state.ranking.profile.description}</p>}
      {state.status === 'loading' && <p role="status">Ranking every LST and LRT…</p>}
      {state.status === 'error' && <p role="alert">The ranking could not be loaded: {state.error}</p>}
      {state.ranking && (
        <ol className="flex flex-col gap-2" aria-label={`Ranked for ${state.ranking.profile.name}`} data-testid="ranking">
          {state.ranking.tokens.map((t) => (
            <li key={t.id} className="rounded-lg border border-slate-200 p-2 dark:border-slate-700" data-testid={`ranked-${t.id}`}>
              <div className="flex items-center gap-2">
                <span className="font-semibold">
                  {t.rank}. {t.symbol}
                </span>
                <span className="rounded bg-slate-100 px-1 text-xs dark:bg-slate-800">{t.kind === 'lst' ? 'LST' : 'LRT'}</span>
                <span className="ml-auto tabular-nums">{t.score} / 100</span>
              </div>
              <div className="mt-1 h-1.5 rounded bg-slate-200 dark:bg-slate-700" aria-hidden="true">
                <div className="h-1.5 rounded bg-blue-700 dark:bg-blue-400" style={{ width: `${Math.max(0, Math.min(100, t.score))}%` }} />
              </div>
              <ul className="mt-1 list-disc pl-5 text-slate-700 dark:text-slate-300">
                {t.reasons.slice(0, 2).map((r) => (
                  <li key={r}>{r}</li>
                ))}
              </ul>
            </li>
          ))}
        </ol>
      )}
      <form
        className="flex flex-col gap-2 rounded-lg border border-slate-200 p-2 dark:border-slate-700"
        aria-labelledby={`${ids}-loop`}
        onSubmit={(e) => {
          e.preventDefault();
          onCalculate({ id: token, market, leverage: Number(leverage) });
        }}
        data-testid="loop-form"
      >
        <h2 id={`${ids}-loop`} className="font-semibold">
          Loop calculator
        </h2>
        <div className="flex flex-wrap items-end gap-2">
          <label className="flex flex-col">
            LRT
            <select value={token} onChange={(e) => setToken(e.target.value)} className={`rounded border border-slate-300 bg-white p-1 dark:bg-slate-900 ${focus}`} data-testid="loop-token">
              {(lrts.length ? lrts : [{ id: 'weeth', symbol: 'weETH' }]).map((t) => (
                <option key={t.id} value={t.id}>
                  {t.symbol}
                </option>
              ))}
            </select>
          </label>
          <label className="flex flex-col">
            Market
            <select value={market} onChange={(e) => setMarket(e.target.value as LoopMarketChoice)} className={`rounded border border-slate-300 bg-white p-1 dark:bg-slate-900 ${focus}`} data-testid="loop-market">
              <option value="aave-v3">Aave v3</option>
              <option value="morpho-blue">Morpho Blue</option>
              <option value="spark">Spark</option>
            </select>
          </label>
          <label className="flex flex-col">
            Leverage (×)
            <input type="number" min={1} step={0.5} value={leverage} onChange={(e) => setLeverage(e.target.value)} className={`w-20 rounded border border-slate-300 bg-white p-1 dark:bg-slate-900 ${focus}`} data-testid="loop-leverage" />
          </label>
          <button type="submit" className={`rounded-md border border-current px-2 py-1 font-medium ${focus}`} data-testid="loop-calculate">
            Calculate
          </button>
        </div>
        <div aria-live="polite" data-testid="loop-result">
          {state.loop.status === 'error' && <p role="alert">{state.loop.error}</p>}
          {state.loop.status === 'ready' && plan && (
            <dl className="grid grid-cols-[auto_1fr] gap-x-3">
              <dt>Net APY</dt>
              <dd>{plan.result.netApy.known ? `${plan.result.netApy.value} %` : `not known: ${plan.result.netApy.reason}`}</dd>
              <dt>Liquidation threshold</dt>
              <dd>{plan.result.liquidationThreshold.known ? `${Math.round(plan.result.liquidationThreshold.value * 1000) / 10} % (as of ${plan.result.liquidationThreshold.asOf})` : `not known: ${plan.result.liquidationThreshold.reason}`}</dd>
              <dt>Liquidated by a fall of</dt>
              <dd data-testid="loop-drop">{plan.result.liquidationDrop.known ? `${plan.result.liquidationDrop.value} %` : `not known: ${plan.result.liquidationDrop.reason}`}</dd>
            </dl>
          )}
          {state.loop.status === 'ready' && plan && (
            <ul className="mt-1 list-disc pl-5 text-slate-700 dark:text-slate-300">
              {plan.result.reasons.map((r) => (
                <li key={r}>{r}</li>
              ))}
            </ul>
          )}
        </div>
      </form>
    </section>
  );
}
