/**
 * Signed swap orders (`eth_signTypedData_v4`) that buy or sell a registered LRT: CoW Protocol `GPv2Order`
 * (cowprotocol/contracts src/contracts/libraries/GPv2Order.sol), UniswapX orders carried as a Permit2
 * `PermitWitnessTransferFrom` witness (Uniswap/UniswapX src/lib/ExclusiveDutchOrderLib.sol, V2DutchOrderLib.sol,
 * V3DutchOrderLib.sol, PriorityOrderLib.sol), and 1inch Limit Order Protocol v4 `Order` (1inch/limit-order-protocol
 * contracts/OrderLib.sol). Only orders whose settlement contract (or reactor) is a registered venue are read as
 * trades; an order for any other contract stays an allowance, judged on its spender. Proceeds that go to an address
 * other than the signer's are flagged.
 */
import type { ParsedTypedData } from '../requests/types';
import { venueAt } from '../venues/venue-at';
import type { Intent } from './intent';
import { swapIntent, type Trade } from './swap-intent';

const ADDRESS = /^0x[0-9a-fA-F]{40}$/;
const ZERO = '0x0000000000000000000000000000000000000000';

const address = (v: unknown): string | null => (typeof v === 'string' && ADDRESS.test(v) ? v.toLowerCase() : null);
const record = (v: unknown): Record<string, unknown> | null => (typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : null);
function uint(v: unknown): bigint | null {
  if (typeof v === 'number') return Number.isSafeInteger(v) && v >= 0 ? BigInt(v) : null;
  return typeof v === 'string' && v.length <= 80 && /^(0x[0-9a-fA-F]+|[0-9]+)$/.test(v) ? BigInt(v) : null;
}

/** The receiver when it is someone else: not empty (the owner), not the owner, not the signer. */
function foreign(receiver: string | null, owner: string | null, signer: string | undefined): string | undefined {
  if (receiver === null || receiver === ZERO || receiver === owner || receiver === signer) return undefined;
  return receiver;
}

function cowTrade(t: ParsedTypedData): Trade | null {
  const m = t.message;
  const sold = address(m.sellToken);
  const bought = address(m.buyToken);
  if (!sold || !bought) return null;
  const boughtEth = bought === '0xeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeee';
  return { sold, bought, boughtEth, amount: uint(m.sellAmount), fn: 'GPv2Order', foreignReceiver: foreign(address(m.receiver), null, t.signer) };
}

function oneInchTrade(t: ParsedTypedData): Trade | null {
  const m = t.message;
  const sold = address(m.makerAsset);
  const bought = address(m.takerAsset);
  if (!sold || !bought) return null;
  return { sold, bought, amount: uint(m.makingAmount), fn: 'Order (1inch Limit Order Protocol v4)', foreignReceiver: foreign(address(m.receiver), address(m.maker), t.signer) };
}

/** UniswapX: the input is Permit2's `permitted`; the outputs are in the witness, under one of its order shapes. */
function uniswapXTrade(t: ParsedTypedData): Trade | null {
  const m = t.message;
  const witness = record(m.witness);
  const permitted = record(m.permitted);
  if (!witness || !permitted) return null;
  const sold = address(permitted.token);
  const outputs = witness.outputs ?? witness.baseOutputs;
  if (!sold || !Array.isArray(outputs) || outputs.length === 0) return null;
  const first = record(outputs[0]);
  const bought = first ? address(first.token) : null;
  if (!bought) return null;
  const swapper = address(record(witness.info)?.swapper);
  // Interface fees are extra outputs to a fee recipient; the order is the person's when one output comes back to them.
  const recipients = outputs.slice(0, 16).map((o) => address(record(o)?.recipient));
  const mine = recipients.some((r) => r !== null && (r === swapper || r === t.signer));
  const witnessType = t.types[t.primaryType]?.find((f) => f.name === 'witness')?.type ?? 'order';
  return {
    sold,
    bought,
    boughtEth: bought === ZERO,
    amount: uint(permitted.amount),
    fn: `PermitWitnessTransferFrom (UniswapX ${witnessType})`,
    foreignReceiver: mine ? undefined : (recipients.find((r) => r !== null) ?? undefined),
  };
}

/** Swap intents for a signed order to a registered venue; null when the typed data is not such an order. */
export function detectOrder(chainId: number, t: ParsedTypedData): Intent[] | null {
  const { domain, message } = t;
  let trade: Trade | null = null;
  let venueAddress: string | null = domain.verifyingContract;
  if (domain.name === 'Gnosis Protocol' && 'sellToken' in message) trade = cowTrade(t);
  else if (domain.name === '1inch Aggregation Router' && 'makerAsset' in message) trade = oneInchTrade(t);
  else if (domain.name === 'Permit2' && 'witness' in message) {
    venueAddress = address(message.spender);
    trade = uniswapXTrade(t);
  }
  if (!trade || !venueAddress) return null;
  const venue = venueAt(chainId, venueAddress);
  if (!venue) return null;
  const intent = swapIntent(chainId, venue, trade);
  return intent ? [intent] : null;
}
