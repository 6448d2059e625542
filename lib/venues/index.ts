/** Every venue family, one line each; Aave v3 and Morpho Blue come from the protocol registry. */
import { aaveV3 } from '../protocols/aave-v3';
import { morphoBlue } from '../protocols/morpho-blue';
import type { ProtocolSpec } from '../protocols/types';
import { cow, kyberSwap, odos, oneInch, paraswap, zeroEx } from './aggregators';
import { across, canonicalBridges, stargate } from './bridges';
import { curve } from './curve';
import { compoundV3, spark } from './lending';
import { pendle } from './pendle';
import { balancer } from './pools';
import type { VenueFamily } from './types';
import { uniswap } from './uniswap';

/** A lending market from the protocol registry, seen as a venue (same addresses, same sources). */
function fromProtocol(spec: ProtocolSpec): VenueFamily {
  return {
    id: spec.id,
    name: spec.name,
    kind: 'lending',
    contracts: spec.contracts.map((c) => ({
      name: `${spec.name} ${c.name}`,
      deployments: c.deployments.map((d) => ({ chainId: d.chainId, address: d.address, source: d.source, verification: d.verification })),
    })),
  };
}

export const venueFamilies: readonly VenueFamily[] = [
  uniswap,
  oneInch,
  zeroEx,
  cow,
  paraswap,
  odos,
  kyberSwap,
  balancer,
  curve,
  pendle,
  fromProtocol(aaveV3),
  fromProtocol(morphoBlue),
  spark,
  compoundV3,
  across,
  stargate,
  canonicalBridges,
];
