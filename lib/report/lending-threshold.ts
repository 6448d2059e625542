/**
 * The liquidation threshold behind a collateral supply. A Morpho Blue market carries its `lltv` (WAD) in the
 * MarketParams of `supplyCollateral` (morpho-org/morpho-blue src/interfaces/IMorpho.sol): read from the request.
 * Aave's lives in the pool's reserve configuration: read on-chain by the refresh (sources/onchain/read-lending.ts).
 */
import type { Intent } from '../detect/intent';
import { parseRequest } from '../requests/parse-request';
import { known, unknown, type RiskFact } from '../risk/fact';
import { lendingKey } from '../sources/onchain/read-lending';
import type { OnchainData } from './live-data';
import { fromOnchain } from './risk-facts';

function aaveThreshold(intent: Intent, onchain: OnchainData | null): RiskFact<number> {
  if (!onchain) return unknown('Aave’s liquidation threshold is read on-chain, and no on-chain refresh has completed yet');
  const read = fromOnchain(onchain.lending?.[lendingKey(intent.chainId, intent.contract.address, intent.asset.address)], (v) => v);
  if (!read) return unknown(`Aave’s liquidation threshold for this token on chain ${intent.chainId} is not read`);
  if (!read.known) return read;
  const v = read.value;
  const state = v.frozen ? ', reserve frozen' : v.paused ? ', reserve paused' : '';
  const reserve = `threshold ${v.liquidationThresholdBps} bps, LTV ${v.ltvBps} bps${state}`;
  // Loops run in E-Mode where the market offers it: its higher threshold is the one the position lives by.
  if (v.eMode && v.eMode.liquidationThresholdBps > v.liquidationThresholdBps)
    return known(
      v.eMode.liquidationThresholdBps / 10_000,
      `${read.source} + getEModeCategoryCollateralConfig (Aave v3 ${v.market}, ${v.symbol}: E-Mode category ${v.eMode.category} threshold ${v.eMode.liquidationThresholdBps} bps, LTV ${v.eMode.ltvBps} bps; outside E-Mode ${reserve})`,
      read.asOf,
    );
  const skipped = (v.eModeSkipped ?? []).map((s) => `category ${s.category} ${s.why === 'ltv-zero' ? 'lists it at LTV 0' : 'does not lend WETH'}`);
  const eModeWords = !v.eModeRead
    ? 'E-Mode categories not read, they may allow a higher threshold'
    : skipped.length
      ? `no E-Mode category can carry a loop of it: ${skipped.join(', ')}`
      : 'no E-Mode category takes it as collateral';
  return known(v.liquidationThresholdBps / 10_000, `${read.source} (Aave v3 ${v.market}, ${v.symbol}: ${reserve}; ${eModeWords})`, read.asOf);
}

const SUPPLY_COLLATERAL = '0x238d6579';
/** MarketParams is a static tuple, so it is inline: lltv is the fifth argument word. */
const LLTV_WORD = 4;

export function lendingThreshold(intent: Intent, request: { method: string; params: unknown }, asOf: string, onchain: OnchainData | null = null): RiskFact<number> {
  if (intent.action !== 'supply-collateral') return unknown('not a lending request');
  if (intent.protocol === 'morpho-blue') {
    const parsed = parseRequest(request);
    const calls = parsed.ok && 'calls' in parsed.request ? parsed.request.calls : [];
    for (const { to, data } of calls) {
      if (to !== intent.contract.address.toLowerCase() || !data.toLowerCase().startsWith(SUPPLY_COLLATERAL)) continue;
      const word = data.slice(10 + LLTV_WORD * 64, 10 + (LLTV_WORD + 1) * 64);
      if (!/^[0-9a-fA-F]{64}$/.test(word)) break;
      const lltv = Number(BigInt(`0x${word}`)) / 1e18;
      if (lltv > 0 && lltv < 1) return known(lltv, 'this request: Morpho Blue MarketParams.lltv', asOf);
    }
    return unknown('the market’s liquidation threshold could not be read from the request');
  }
  if (intent.protocol === 'aave-v3') return aaveThreshold(intent, onchain);
  return unknown('this market’s liquidation threshold is not known');
}
