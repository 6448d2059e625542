/**
 * An intent in plain words, for the warning and the CLI: "You deposit 1.5 ETH into ether.fi (LiquidityPool,
 * primary) and receive eETH". Amounts are shown in whole tokens when the token is registered (all are 18 decimals),
 * in base units otherwise.
 */
import { formatUnits } from 'viem';
import { getProtocol, getToken } from '../protocols/registry';
import { NATIVE_ETH, type Intent } from './intent';
import { getLayerForProtocol, traceExposure } from '../layers';

/** The slasher kind behind the contract (or its protocol's layer), from lib/layers; null when not known. */
function slasherOf(intent: Intent): string | null {
  const model = traceExposure(intent.chainId, intent.contract.address)?.model;
  const fact = model?.slasher ?? getLayerForProtocol(intent.protocol)?.slasher;
  return fact && !('reason' in fact) ? fact.value : null;
}

function decimalsOf(intent: Intent): number | null {
  // The native currency (ETH, or BNB on BNB Chain) has 18 decimals.
  if (intent.asset.address === NATIVE_ETH) return 18;
  return getToken(intent.chainId, intent.asset.address)?.token.decimals ?? null;
}

function assetText(intent: Intent): string {
  const { symbol, amount, address } = intent.asset;
  const name = symbol === 'unknown' ? `an unregistered token (${address})` : symbol;
  if (intent.shares !== undefined) return `${intent.shares} shares of ${name}`;
  if (amount === 'unlimited') return `an unlimited amount of ${name}`;
  if (amount === null) return `an unknown amount of ${name}`;
  const decimals = decimalsOf(intent);
  return decimals === null ? `${amount} base units of ${name}` : `${formatUnits(BigInt(amount), decimals)} ${symbol}`;
}

export function describeIntent(intent: Intent): string {
  const sentence = describeAction(intent);
  return intent.flags?.includes('wrong-chain') ? `${sentence}, on chain ${intent.chainId}, where this contract is not registered` : sentence;
}

function describeAction(intent: Intent): string {
  const protocol = getProtocol(intent.protocol)?.name ?? intent.protocol;
  const where = intent.venue
    ? `${intent.contract.name} (${intent.venue.name}, ${intent.contract.verification})`
    : intent.flags?.includes('unregistered-spender')
    ? `${intent.contract.address}, which is not a registered contract of any protocol,`
    : `${protocol} (${intent.contract.name}, ${intent.contract.verification})`;
  // "for weETH" says nothing when the allowance is of weETH itself.
  const token = intent.token?.symbol === intent.asset.symbol && (intent.action === 'approve' || intent.action === 'permit') ? undefined : intent.token?.symbol;
  const receives = intent.receives?.symbol;
  const asset = assetText(intent);
  switch (intent.action) {
    case 'deposit':
      return `You deposit ${asset} into ${where}${token ? ` and receive ${token}` : ''}`;
    case 'restake':
      // A layer whose contracts hold no slasher (Kernel) exposes nothing to slashing; say so rather than the usual.
      return slasherOf(intent) === 'none'
        ? `You restake ${asset} in ${where}; its contracts have no slashing`
        : `You restake ${asset} in ${where}${token ? `, exposing ${token} to slashing` : ''}`;
    case 'wrap':
      return `You wrap ${asset} with ${where} into ${token ?? 'its wrapped token'}`;
    case 'unwrap':
      return `You unwrap ${asset} with ${where} into ${token ?? 'its underlying token'}`;
    case 'approve':
      return `You allow ${where} to take ${asset}${token ? ` (for ${token})` : ''}`;
    case 'permit':
      if (intent.flags?.includes('impostor-token')) return `You sign a permit for ${intent.contract.address}, which poses as ${intent.asset.symbol} but is not the registered one`;
      return `You sign a permit letting ${where} take ${asset}${token ? ` (for ${token})` : ''}`;
    case 'delegate':
      return `You delegate your restaked assets to an operator through ${where}`;
    case 'undelegate':
      return `You undelegate through ${where}, which queues withdrawals of all your restaked shares`;
    case 'withdraw-request':
      return `You request a withdrawal of ${asset} from ${where}${receives ? `, paid in ${receives} later` : ''}`;
    case 'withdraw-claim':
      return `You claim a withdrawal${token ? ` of ${token}` : ''} from ${where}${receives ? ` and receive ${receives}` : ''}`;
    case 'instant-redeem':
      return `You redeem ${asset} instantly through ${where}${receives ? ` for ${receives}` : ''}`;
    case 'supply-collateral':
      return `You supply ${asset} as collateral to ${where}: borrowing against a restaking token adds liquidation risk`;
    case 'bridge':
      return `You bridge ${asset} with ${where}`;
    case 'swap': {
      const pt = intent.derivative ? `${intent.derivative.kind}-` : '';
      const line = intent.token
        ? `You buy ${pt}${intent.token.symbol} with ${asset} on ${where}`
        : `You sell ${pt ? `${pt}${intent.asset.symbol}` : asset} on ${where}${receives ? ` for ${receives}` : ''}`;
      return intent.flags?.includes('foreign-receiver') ? `${line}; what you buy is paid to another address` : line;
    }
  }
}
