/**
 * The liquidation threshold behind a collateral supply, where the request itself says it: a Morpho Blue
 * market carries its `lltv` (WAD) in the MarketParams of `supplyCollateral` (morpho-org/morpho-blue
 * src/interfaces/IMorpho.sol). Aave's threshold lives in the pool's reserve configuration, read on-chain.
 */
import type { Intent } from '../detect/intent';
import { known, unknown, type RiskFact } from '../risk/fact';

const SUPPLY_COLLATERAL = '0x238d6579';
/** MarketParams is a static tuple, so it is inline: lltv is the fifth argument word. */
const LLTV_WORD = 4;

function callsOf(request: { method: string; params: unknown }): { to?: unknown; data?: unknown; input?: unknown }[] {
  const params = Array.isArray(request.params) ? request.params : [];
  if (request.method === 'eth_sendTransaction') return [params[0] as object];
  if (request.method === 'wallet_sendCalls') {
    const calls = (params[0] as { calls?: unknown } | undefined)?.calls;
    return Array.isArray(calls) ? calls : [];
  }
  return [];
}

export function lendingThreshold(intent: Intent, request: { method: string; params: unknown }, asOf: string): RiskFact<number> {
  if (intent.action !== 'supply-collateral') return unknown('not a lending request');
  if (intent.protocol === 'morpho-blue') {
    for (const call of callsOf(request)) {
      const data = typeof call?.data === 'string' ? call.data : typeof call?.input === 'string' ? call.input : '';
      if (typeof call?.to !== 'string' || call.to.toLowerCase() !== intent.contract.address.toLowerCase()) continue;
      if (!data.toLowerCase().startsWith(SUPPLY_COLLATERAL)) continue;
      const word = data.slice(10 + LLTV_WORD * 64, 10 + (LLTV_WORD + 1) * 64);
      if (!/^[0-9a-fA-F]{64}$/.test(word)) break;
      const lltv = Number(BigInt(`0x${word}`)) / 1e18;
      if (lltv > 0 && lltv < 1) return known(lltv, 'this request: Morpho Blue MarketParams.lltv', asOf);
    }
    return unknown('the market’s liquidation threshold could not be read from the request');
  }
  return unknown('the market’s liquidation threshold is set per asset on-chain and is not read yet');
}
