import { CopyButton } from './copy-button';
import { SourceLink } from './source-link';

export interface AddressRow {
  /** What the address is: a token symbol or a contract name. */
  name: string;
  chain: string;
  address: string;
  verification: string;
  source: string;
  explorer: string | null;
  note?: string;
}

const VERIFICATION: Record<string, string> = {
  primary: 'primary (the protocol’s own repository or docs)',
  secondary: 'secondary (several third parties agree)',
  unverified: 'unverified (one weak source)',
};

/** Addresses grouped by chain, each with a copy button, its explorer link, how it was verified and where from. */
export function AddressTable({ rows, copy }: { rows: AddressRow[]; copy(text: string): Promise<void> }) {
  const chains = [...new Set(rows.map((r) => r.chain))];
  return (
    <div className="flex flex-col gap-2">
      {chains.map((chain) => (
        <div key={chain} data-chain={chain}>
          <h3 className="text-xs font-semibold text-slate-700 dark:text-slate-300">{chain}</h3>
          <ul className="flex flex-col divide-y divide-slate-100 text-xs dark:divide-slate-800">
            {rows
              .filter((r) => r.chain === chain)
              .map((r) => (
                <li key={`${r.name}:${r.address}`} className="flex flex-col gap-0.5 py-1.5" data-testid="address-row" data-verification={r.verification}>
                  <p>
                    <span className="font-medium">{r.name}</span> · {VERIFICATION[r.verification] ?? r.verification}
                    {r.note && <span className="text-slate-600 dark:text-slate-400"> · {r.note}</span>}
                  </p>
                  <p className="flex flex-wrap items-center gap-x-2 gap-y-1">
                    <code className="break-all">{r.address}</code>
                    <CopyButton value={r.address} label={`the address of ${r.name} on ${r.chain}`} copy={copy} />
                    {r.explorer && (
                      <a
                        href={r.explorer}
                        target="_blank"
                        rel="noopener noreferrer"
                        className="underline decoration-dotted underline-offset-2 hover:decoration-solid"
                        aria-label={`${r.name} on ${r.chain} in the block explorer`}
                      >
                        explorer
                      </a>
                    )}
                  </p>
                  <p className="break-all text-slate-600 dark:text-slate-400">
                    source: <SourceLink source={r.source} />
                  </p>
                </li>
              ))}
          </ul>
        </div>
      ))}
    </div>
  );
}
