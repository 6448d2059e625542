import type { FormEvent } from 'react';
import type { OptionsState } from '../lib/ui/options-store';
import { SourceStatusList } from './source-status-list';
import { Section } from './section';
import { button, errorText, FieldError, input, invalid, muted } from './options-controls';
import { OptionsMutedSites } from './options-muted-sites';
import { OptionsProfiles, type ProfileInfo } from './options-profiles';
import { OptionsThresholds, type RuleInfo } from './options-thresholds';


export interface ChainInfo {
  chainId: number;
  name: string;
  rpcUrl: string;
}

export interface OptionsFormProps {
  state: OptionsState;
  chains: ChainInfo[];
  rules: RuleInfo[];
  profiles: ProfileInfo;
}

/** The options page: data sources, RPC endpoints, the EigenExplorer key, risk thresholds, ranking profiles and muted sites. */
export function OptionsForm({ state, chains, rules, profiles }: OptionsFormProps) {
  const { draft, errors } = state;
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    void state.saveSettings();
  };
  const unowned = Object.entries(errors).filter(([field]) => field === 'settings' || field === 'mutedSites' || /^sources/.test(field) || field === 'thresholds' || field === 'rpcUrls' || field === 'profiles');
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4" data-testid="options-form">
      <Section id="sources-title" title="Data sources" testId="sources" roomy>
        <p className={muted}>The bundled snapshot always works offline; these add live figures on top of it.</p>
        <div className="flex flex-col gap-1">
          <label className="flex items-center gap-2">
            <input type="checkbox" checked={draft.sources.defillama} onChange={(e) => state.setSource('defillama', e.target.checked)} className="h-4 w-4" data-testid="source-defillama" />
            DefiLlama (yields, TVL, audits, prices)
          </label>
          <label className="flex items-center gap-2">
            <input type="checkbox" checked={draft.sources.onchain} onChange={(e) => state.setSource('onchain', e.target.checked)} className="h-4 w-4" data-testid="source-onchain" />
            On-chain reads over RPC (slashing exposure, peg, pause state)
          </label>
        </div>
        <div className="flex flex-col gap-2 rounded-lg bg-slate-50 p-3 dark:bg-slate-800">
          {state.sources ? <SourceStatusList {...state.sources} /> : <p className={muted}>{state.sourcesError ? `Status not available: ${state.sourcesError}` : 'Loading the status…'}</p>}
          <div className="flex items-center gap-2">
            <button type="button" className={button} onClick={() => void state.refresh()} disabled={state.refreshing} data-testid="refresh">
              {state.refreshing ? 'Refreshing…' : 'Refresh now'}
            </button>
            <span role="status" className={muted}>
              {state.refreshing ? 'Reading every source again…' : ''}
            </span>
          </div>
        </div>
      </Section>

      <Section id="rpc-title" title="RPC endpoints" testId="rpc" roomy>
        <p className={muted}>One per chain; empty uses the public endpoint shown. https only (or http to this machine), no credentials in the URL.</p>
        <div className="grid grid-cols-1 gap-2 sm:grid-cols-[max-content_1fr] sm:items-start sm:gap-x-3">
          {chains.map((c) => {
            const field = `rpcUrls.${c.chainId}`;
            return (
              <div key={c.chainId} className="contents">
                <label htmlFor={`rpc-${c.chainId}`} className="pt-1 text-sm font-medium">
                  {c.name} <span className="font-normal text-slate-600 dark:text-slate-400">(chain {c.chainId})</span>
                </label>
                <div>
                  <input
                    id={`rpc-${c.chainId}`}
                    type="url"
                    inputMode="url"
                    autoComplete="off"
                    spellCheck={false}
                    placeholder={c.rpcUrl}
                    value={draft.rpcUrls[String(c.chainId)] ?? ''}
                    onChange={(e) => state.setRpcUrl(String(c.chainId), e.target.value)}
                    className={input}
                    data-field={field}
                    data-testid={field}
                    {...invalid(field, errors)}
                  />
                  <FieldError field={field} errors={errors} />
                </div>
              </div>
            );
          })}
        </div>
      </Section>

      <Section id="key-title" title="EigenExplorer API key" testId="eigenexplorer" roomy>
        <label htmlFor="eigenexplorer-key" className="text-sm font-medium">
          API key (optional)
        </label>
        <input
          id="eigenexplorer-key"
          type="password"
          autoComplete="off"
          spellCheck={false}
          value={draft.eigenExplorerKey}
          onChange={(e) => state.setEigenExplorerKey(e.target.value)}
          className={`${input} max-w-sm`}
          data-field="eigenExplorerKey"
          data-testid="eigenExplorerKey"
          {...(errors.eigenExplorerKey ? invalid('eigenExplorerKey', errors) : { 'aria-describedby': 'eigenexplorer-help' })}
        />
        <FieldError field="eigenExplorerKey" errors={errors} />
        <p id="eigenexplorer-help" className={muted}>
          Used only to read AVS names, only when set, and only from this browser.
        </p>
      </Section>

      <OptionsThresholds state={state} rules={rules} />

      <OptionsProfiles state={state} profiles={profiles} />

      <OptionsMutedSites state={state} />

      <div className="sticky bottom-0 flex items-center gap-3 border-t border-slate-200 bg-white py-3 dark:border-slate-700 dark:bg-slate-900">
        <button
          type="submit"
          disabled={state.save.state === 'saving'}
          className="rounded-md bg-slate-900 px-4 py-1.5 text-sm font-medium text-white hover:bg-slate-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-600 disabled:opacity-60 dark:bg-slate-100 dark:text-slate-900 dark:hover:bg-slate-300"
          data-testid="save"
        >
          Save
        </button>
        <p role="status" className={state.save.state === 'saved' ? 'text-sm font-medium' : errorText} data-testid="save-status" data-state={state.save.state}>
          {state.save.message}
        </p>
      </div>
      {unowned.length > 0 && (
        <div role="alert" className={errorText}>
          {unowned.map(([field, message]) => (
            <p key={field}>
              {field}: {message}
            </p>
          ))}
        </div>
      )}
    </form>
  );
}
