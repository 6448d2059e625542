/**
 * Bridges LRT holders use that no LRT protocol owns: Across, Stargate, the rollups' canonical bridges. The
 * protocols' own OFT and adapter contracts live in their registry files.
 */
import type { VenueFamily } from './types';

export const across: VenueFamily = {
  id: 'across',
  name: 'Across',
  kind: 'bridge',
  contracts: [
    {
      name: 'Across SpokePool',
      deployments: [{ chainId: 1, address: '0x5c7BCd6E7De5423a257D81B442095A1a6ced35C5', source: 'across-protocol/contracts:broadcast/deployed-addresses.md (Mainnet SpokePool)', verification: 'primary' }],
    },
  ],
};

export const stargate: VenueFamily = {
  id: 'stargate',
  name: 'Stargate',
  kind: 'bridge',
  contracts: [
    {
      name: 'Stargate v2 ETH pool',
      deployments: [{ chainId: 1, address: '0x77b2043768d28E9C9aB44E1aBfC95944bcE57931', source: 'LayerZero-Labs/lz-address-book:src/generated/STGAddresses.sol (from https://mainnet.stargate-api.com/v1/metadata?version=v2)', verification: 'unverified' }],
    },
  ],
};

export const canonicalBridges: VenueFamily = {
  id: 'canonical-bridges',
  name: 'Rollup bridges',
  kind: 'bridge',
  contracts: [
    {
      name: 'Optimism standard bridge',
      deployments: [{ chainId: 1, address: '0x99C9fc46f92E8a1c0deC1b1747d010903E884bE1', source: 'ethereum-optimism/superchain-registry (op mainnet L1StandardBridgeProxy); evmts/tevm-monorepo:extensions/opstack/src/contracts/l1/L1StandardBridge.ts', verification: 'secondary' }],
    },
    {
      name: 'Base standard bridge',
      deployments: [{ chainId: 1, address: '0x3154Cf16ccdb4C6d922629664174b904d80F2C35', source: 'ethereum-optimism/superchain-registry (base L1StandardBridgeProxy); subquery/network-contracts:scripts/L1StandardBridge.ts', verification: 'secondary' }],
    },
    {
      name: 'Arbitrum gateway router',
      deployments: [{ chainId: 1, address: '0x72Ce9c846789fdB6fC1f34aC4AD25Dd9ef7031ef', source: 'https://docs.arbitrum.io/build-decentralized-apps/reference/contract-addresses (L1 Gateway Router)', verification: 'unverified' }],
    },
  ],
};
