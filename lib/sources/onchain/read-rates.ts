import type { Chain, Client, Transport } from 'viem';
import { erc4626Abi, inEthAbi, lrtOracleAbi, weEthAbi } from './abis.ts';
import { aggregate3, decodeRead, encodeRead, type RawCall, type RawResult } from './aggregate3.ts';
import { ImplausibleValueError } from './errors.ts';
import { failedFact, okFact, type OnchainFact } from './fact.ts';
import { rpcSource, type RoundContext } from './round-context.ts';
import type { ProtocolId, RateTarget } from './targets.ts';

const ONE = 10n ** 18n;

export interface RateValue {
  protocol: ProtocolId;
  chainId: number;
  symbol: string;
  /** ETH (wei) one whole LRT redeems for, per the protocol's own accounting. */
  ethPerTokenWad: bigint;
}

const fnName = { getRate: 'getRate', rsETHPrice: 'rsETHPrice', convertToAssets: 'convertToAssets', convertToAmount: 'convertToAmount' } as const;

export function rateSource(t: RateTarget): string {
  return rpcSource(t.chainId, t.contract, fnName[t.read]);
}

export function rateCall(t: RateTarget): RawCall {
  const label = `${t.contract}.${fnName[t.read]}`;
  switch (t.read) {
    case 'getRate':
      return encodeRead(t.address, label, { abi: weEthAbi, functionName: 'getRate' });
    case 'rsETHPrice':
      return encodeRead(t.address, label, { abi: lrtOracleAbi, functionName: 'rsETHPrice' });
    case 'convertToAssets':
      return encodeRead(t.address, label, { abi: erc4626Abi, functionName: 'convertToAssets', args: [ONE] });
    case 'convertToAmount':
      return encodeRead(t.address, label, { abi: inEthAbi, functionName: 'convertToAmount', args: [ONE] });
  }
}

function decodeRate(t: RateTarget, raw: RawResult | undefined) {
  switch (t.read) {
    case 'getRate':
      return decodeRead(raw, { abi: weEthAbi, functionName: 'getRate' });
    case 'rsETHPrice':
      return decodeRead(raw, { abi: lrtOracleAbi, functionName: 'rsETHPrice' });
    case 'convertToAssets':
      return decodeRead(raw, { abi: erc4626Abi, functionName: 'convertToAssets' });
    case 'convertToAmount':
      return decodeRead(raw, { abi: inEthAbi, functionName: 'convertToAmount' });
  }
}

/**
 * A rate of zero means an uninitialised or broken oracle, and a rate above 10 ETH per token is not an LRT; both would
 * turn into absurd depeg figures downstream, so they fail here. A rate below 1 stays "ok": after a slash it can be.
 */
export function rateFact(t: RateTarget, raw: RawResult | undefined, ctx: RoundContext): OnchainFact<RateValue> {
  const base = { source: rateSource(t), asOf: ctx.asOf };
  const decoded = decodeRate(t, raw);
  if (!decoded.ok) return failedFact(decoded.error, base);
  const rate = decoded.value;
  if (rate === 0n || rate > 10n * ONE)
    return failedFact(new ImplausibleValueError({ details: `rate ${rate}` }), base);
  return okFact(
    { protocol: t.protocol, chainId: t.chainId, symbol: t.symbol, ethPerTokenWad: rate },
    { ...base, blockNumber: ctx.block?.number ?? null },
  );
}

/** Reads the given rates (all on the client's chain) in one multicall. */
export async function readRates(
  client: Client<Transport, Chain>,
  targets: readonly RateTarget[],
  options: { now?: () => number; signal?: AbortSignal } = {},
): Promise<OnchainFact<RateValue>[]> {
  const now = options.now ?? Date.now;
  const onChain = targets.filter((t) => t.chainId === client.chain.id);
  const res = await aggregate3(client, onChain.map(rateCall), { signal: options.signal });
  const ctx: RoundContext = { chainId: client.chain.id, asOf: now(), block: res.block };
  return onChain.map((t, i) => rateFact(t, res.results[i], ctx));
}
