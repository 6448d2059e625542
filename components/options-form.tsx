import type { FormEvent, KeyboardEvent } from 'react';
import type { OptionsState, ThresholdLevel } from '../lib/ui/options-store';
import { SourceStatusList } from './source-status-list';
import { Section } from './section';

export interface RuleInfo {
  id: string;
  title: string;
  unit: string;
  description: string;
  direction: 'higher-is-worse' | 'lower-is-worse';
  thresholds: Partial<Record<ThresholdLevel, number>>;
}

export interface ChainInfo {
  chainId: number;
  name: string;
  rpcUrl: string;
}

export interface OptionsFormProps {
  state: OptionsState;
  chains: ChainInfo[];
  rules: RuleInfo[];
}

const LEVELS: { id: ThresholdLevel; label: string }[] = [
  { id: 'caution', label: 'Caution' },
  { id: 'high', label: 'High' },
  { id: 'critical', label: 'Critical' },
];

const input =
  'w-full rounded-md border border-slate-400 bg-white px-2 py-1 text-sm text-slate-900 placeholder:text-slate-500 focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-blue-600 aria-[invalid=true]:border-red-600 dark:border-slate-500 dark:bg-slate-800 dark:text-slate-100 dark:placeholder:text-slate-400 dark:aria-[invalid=true]:border-red-400';
const button =
  'rounded-md border border-slate-400 px-3 py-1 text-sm font-medium hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-blue-600 disabled:opacity-60 dark:border-slate-500 dark:hover:bg-slate-800';
const muted = 'text-xs text-slate-600 dark:text-slate-400';
const errorText = 'text-xs font-medium text-red-700 dark:text-red-300';

/** `rpcUrls.1` → a safe element id for the field's error message. */
const errorId = (field: string) => `error-${field.replace(/[^\w-]/g, '-')}`;

function FieldError({ field, errors }: { field: string; errors: Record<string, string> }) {
  const message = errors[field];
  return message ? (
    <p id={errorId(field)} className={errorText} data-testid="field-error" data-field={field}>
      {message}
    </p>
  ) : null;
}

const invalid = (field: string, errors: Record<string, string>) =>
  errors[field] ? { 'aria-invalid': true as const, 'aria-describedby': errorId(field) } : {};

/** The options page: data sources, RPC endpoints, the EigenExplorer key, risk thresholds and muted sites. */
export function OptionsForm({ state, chains, rules }: OptionsFormProps) {
  const { draft, errors } = state;
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    void state.saveSettings();
  };
  const onSiteKey = (e: KeyboardEvent<HTMLInputElement>) => {
    // Enter in the site box adds the site; it does not save the whole form.
    if (e.key === 'Enter') {
      e.preventDefault();
      state.addSite();
    }
  };
  const unowned = Object.entries(errors).filter(([field]) => field === 'settings' || field === 'mutedSites' || /^sources/.test(field) || field === 'thresholds' || field === 'rpcUrls');
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

      <Section id="thresholds-title" title="Risk thresholds" testId="thresholds" roomy>
        <p className={muted}>
          The value at which a finding reaches each level. Empty uses the documented default (shown greyed); “off” means the level is never reached by default.
        </p>
        <div className="overflow-x-auto" tabIndex={0} role="region" aria-labelledby="thresholds-title">
          <table className="w-full border-collapse text-left text-sm">
            <caption className="sr-only">Risk thresholds per rule</caption>
            <thead>
              <tr className="border-b border-slate-300 dark:border-slate-600">
                <th scope="col" className="py-1 pr-2 font-semibold">
                  Rule
                </th>
                {LEVELS.map((l) => (
                  <th key={l.id} scope="col" className="px-1 py-1 font-semibold">
                    {l.label}
                  </th>
                ))}
                <th scope="col" className="px-1 py-1 font-semibold">
                  <span className="sr-only">Reset</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {rules.map((r) => (
                <tr key={r.id} className="border-b border-slate-100 align-top dark:border-slate-800" data-rule={r.id}>
                  <th scope="row" className="py-1.5 pr-2 text-left font-medium">
                    {r.title} <span className="font-normal text-slate-600 dark:text-slate-400">({r.unit}{r.direction === 'lower-is-worse' ? ', lower is worse' : ''})</span>
                    <span className={`block font-normal ${muted}`}>{r.description}</span>
                  </th>
                  {LEVELS.map((l) => {
                    const field = `thresholds.${r.id}.${l.id}`;
                    const fallback = r.thresholds[l.id];
                    return (
                      <td key={l.id} className="px-1 py-1.5">
                        <input
                          type="number"
                          step="any"
                          inputMode="decimal"
                          aria-label={`${r.title}: ${l.label.toLowerCase()} at`}
                          placeholder={fallback === undefined ? 'off' : String(fallback)}
                          value={draft.thresholds[r.id]?.[l.id] ?? ''}
                          onChange={(e) => state.setThreshold(r.id, l.id, e.target.value)}
                          className={`${input} w-24`}
                          data-field={field}
                          data-testid={field}
                          {...invalid(field, errors)}
                        />
                        <FieldError field={field} errors={errors} />
                      </td>
                    );
                  })}
                  <td className="px-1 py-1.5">
                    <button type="button" className={button} onClick={() => state.resetThresholds(r.id)} aria-label={`Reset ${r.title} to the defaults`} data-testid={`reset-${r.id}`}>
                      Reset
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </Section>

      <Section id="muted-title" title="Muted sites" testId="muted" roomy>
        <p className={muted}>The warning never appears on these sites: their requests go straight to your wallet.</p>
        {draft.mutedSites.length === 0 ? (
          <p className="text-sm">No site is muted.</p>
        ) : (
          <ul className="flex flex-col gap-1" aria-label="Muted sites">
            {draft.mutedSites.map((site, i) => (
              <li key={site} className="flex items-center gap-2 text-sm" data-testid="muted-site">
                <code>{site}</code>
                <button type="button" className={button} onClick={() => state.removeSite(site)} aria-label={`Remove ${site}`} data-testid="remove-site">
                  Remove
                </button>
                <FieldError field={`mutedSites.${i}`} errors={errors} />
              </li>
            ))}
          </ul>
        )}
        <div className="flex flex-wrap items-start gap-2">
          <div className="flex flex-col gap-1">
            <label htmlFor="new-site" className="text-sm font-medium">
              Add a site
            </label>
            <input
              id="new-site"
              type="text"
              autoComplete="off"
              spellCheck={false}
              placeholder="app.example.org"
              value={state.newSite}
              onChange={(e) => state.setNewSite(e.target.value)}
              onKeyDown={onSiteKey}
              className={`${input} w-72`}
              data-field="newSite"
              data-testid="newSite"
              {...invalid('newSite', errors)}
            />
            <FieldError field="newSite" errors={errors} />
          </div>
          <button type="button" className={`${button} mt-6`} onClick={() => state.addSite()} data-testid="add-site">
            Add
          </button>
        </div>
      </Section>

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
