import { useEffect, useRef, type KeyboardEvent, type Ref } from 'react';
import type { SearchHit } from '../lib/search/search-tokens';
import { shortAddress } from '../lib/present/format';

const KIND: Record<SearchHit['entry']['kind'], string> = { lrt: 'LRT', lst: 'LST', 'direct-restaking': 'restaking' };

export interface TokenSearchProps {
  query: string;
  hits: SearchHit[];
  active: number;
  status: 'loading' | 'ready' | 'error';
  error: string | null;
  inputRef?: Ref<HTMLInputElement>;
  onQuery(query: string): void;
  onMove(delta: number): void;
  onActive(index: number): void;
  onOpen(hit: SearchHit): void;
  /** Esc with an empty query. */
  onEscape?(): void;
}

/**
 * Keyboard-first search (ARIA combobox with a listbox): type, ArrowUp/ArrowDown, Enter opens; Esc clears.
 * Focus stays in the input; the active option is announced through aria-activedescendant.
 */
export function TokenSearch({ query, hits, active, status, error, inputRef, onQuery, onMove, onActive, onOpen, onEscape }: TokenSearchProps) {
  const activeHit = hits[active];
  const optionId = (i: number) => `token-option-${i}`;
  const listRef = useRef<HTMLUListElement>(null);
  // Keep the active option in view as the list scrolls.
  useEffect(() => {
    listRef.current?.querySelector('[aria-selected="true"]')?.scrollIntoView({ block: 'nearest' });
  }, [active, hits]);
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      onMove(e.key === 'ArrowDown' ? 1 : -1);
    } else if (e.key === 'Enter') {
      e.preventDefault();
      if (activeHit) onOpen(activeHit);
    } else if (e.key === 'Escape' && query) {
      e.preventDefault();
      e.stopPropagation();
      onQuery('');
    } else if (e.key === 'Escape') onEscape?.();
  };
  const summary =
    status === 'loading'
      ? 'Loading tokens…'
      : status === 'error'
        ? `Tokens could not be loaded: ${error}`
        : query.trim() === ''
          ? `${hits.length} reports. Type a symbol, name or address.`
          : hits.length === 0
            ? `Nothing matches “${query.trim()}”.`
            : `${hits.length} result${hits.length === 1 ? '' : 's'}.`;
  return (
    <div className="flex flex-col gap-2" data-testid="search">
      <label htmlFor="token-search" className="text-sm font-semibold">
        Look up an LRT, an LST or an address
      </label>
      <input
        id="token-search"
        ref={inputRef}
        type="search"
        role="combobox"
        aria-expanded={hits.length > 0}
        aria-controls="token-results"
        aria-autocomplete="list"
        aria-activedescendant={activeHit ? optionId(active) : undefined}
        aria-describedby="token-search-summary"
        autoComplete="off"
        spellCheck={false}
        autoFocus
        placeholder="rsETH, ether.fi, 0x4186…"
        value={query}
        onChange={(e) => onQuery(e.target.value)}
        onKeyDown={onKeyDown}
        className="w-full rounded-lg border border-slate-400 bg-white px-3 py-2 text-sm text-slate-900 placeholder:text-slate-500 focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-blue-600 dark:border-slate-500 dark:bg-slate-800 dark:text-slate-100 dark:placeholder:text-slate-400"
      />
      <p id="token-search-summary" role="status" className="text-xs text-slate-600 dark:text-slate-400" data-testid="search-summary">
        {summary}
      </p>
      <ul ref={listRef} id="token-results" role="listbox" aria-label="Matching tokens" className="flex flex-col" data-testid="search-results">
        {hits.map((hit, i) => {
          // Muted text stays readable on the highlighted row (contrast ≥ 4.5:1 in both schemes).
          const muted = i === active ? 'text-slate-700 dark:text-slate-200' : 'text-slate-600 dark:text-slate-400';
          return (
          <li
            key={`${hit.entry.reportId}:${hit.entry.chainId}:${hit.entry.address}:${hit.entry.symbol}`}
            id={optionId(i)}
            role="option"
            aria-selected={i === active}
            data-testid="search-result"
            data-report={hit.entry.reportId}
            data-match={hit.match}
            onMouseMove={() => i !== active && onActive(i)}
            onClick={() => onOpen(hit)}
            className={`flex cursor-pointer items-baseline justify-between gap-2 rounded-md px-2 py-1.5 text-sm ${i === active ? 'bg-slate-200 dark:bg-slate-700' : ''}`}
          >
            <span className="min-w-0">
              <span className="font-semibold">{hit.entry.symbol}</span> <span className="text-slate-700 dark:text-slate-300">{hit.entry.name}</span>
              <span className={`block truncate text-xs ${muted}`}>
                {hit.entry.protocol}
                {hit.entry.chain && ` · ${hit.entry.chain}`}
                {hit.entry.address && (
                  <>
                    {' '}
                    · <code>{shortAddress(hit.entry.address)}</code>
                  </>
                )}
              </span>
            </span>
            <span className={`flex-none text-xs ${muted}`}>{KIND[hit.entry.kind]}</span>
          </li>
          );
        })}
      </ul>
    </div>
  );
}
