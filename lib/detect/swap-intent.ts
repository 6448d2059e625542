/** One trade read from calldata or a signed order → the `swap` intent that names the LRT bought or sold. */
import { getToken } from '../protocols/registry';
import type { VenueHit } from '../venues/venue-at';
import type { Intent, IntentFlag } from './intent';
import { ethToken, tokenByAddress, type ResolvedToken } from './tokens';

/** One leg the person trades: what leaves the wallet, what comes back (null when the calldata does not say). */
export interface Trade {
  sold: string | null;
  bought: string | null;
  /** Amount of `sold` in base units (exact-in), or the most it may cost (exact-out); null when unknown. */
  amount: bigint | null;
  /** The sold side is the native currency (attached as value). */
  soldEth?: boolean;
  boughtEth?: boolean;
  fn: string;
  /** Pendle: the side traded (`bought` or sold) is the PT or YT of the LRT named there, in this market. */
  derivative?: { kind: 'PT' | 'YT'; market: `0x${string}`; bought: boolean };
  /** Signed orders: who receives what is bought, when it is not the signer. */
  foreignReceiver?: string;
}

const RESTAKING = new Set<ResolvedToken['kind']>(['lrt', 'lst']);
const ZERO_ADDRESS = '0x0000000000000000000000000000000000000000';

function resolve(chainId: number, address: string | null, eth: boolean | undefined): ResolvedToken | null {
  if (eth) return ethToken(chainId);
  return address ? tokenByAddress(chainId, address.toLowerCase(), 'eeee') : null;
}

export function swapIntent(chainId: number, venue: VenueHit, trade: Trade): Intent | null {
  const d = trade.derivative;
  const sold = resolve(chainId, trade.sold, trade.soldEth);
  const bought = resolve(chainId, trade.bought, trade.boughtEth);
  // LRT for LST (pufETH → wstETH) is a sale of the LRT: the LRT is named first, then an LST.
  const buys = bought !== null && (bought.kind === 'lrt' || (sold?.kind !== 'lrt' && RESTAKING.has(bought.kind)));
  const sells = sold !== null && RESTAKING.has(sold.kind);
  if (!buys && !sells) return null;
  const lrt = buys ? bought! : sold!;
  const notes: string[] = [];
  const flags: IntentFlag[] = [];
  if (d) notes.push(`${d.bought ? 'buys' : 'sells'} ${d.kind}-${lrt.out.symbol} (Pendle ${d.kind === 'PT' ? 'principal' : 'yield'} token of ${lrt.out.symbol}) in market ${d.market}`);
  if (trade.foreignReceiver) {
    notes.push(`what is bought goes to ${trade.foreignReceiver}, not to the address that signs`);
    flags.push('foreign-receiver');
  }
  const intent: Intent = {
    action: 'swap',
    protocol: getToken(chainId, lrt.out.address)?.protocol?.id ?? 'unknown',
    chainId,
    contract: { address: venue.deployment.address, name: venue.contract.name, verification: venue.deployment.verification },
    function: trade.fn,
    asset: sold
      ? { symbol: sold.out.symbol, address: sold.out.address, amount: trade.amount === null ? null : trade.amount.toString() }
      : { symbol: 'unknown', address: ZERO_ADDRESS, amount: null },
    token: buys ? bought!.out : null,
    venue: { id: venue.family.id, name: venue.family.name },
  };
  if (!buys) intent.receives = bought ? bought.out : null;
  if (d) intent.derivative = { kind: d.kind, market: d.market };
  if (notes.length > 0) intent.notes = notes;
  if (flags.length > 0) intent.flags = flags;
  return intent;
}
