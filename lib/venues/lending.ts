/**
 * Lending markets that are not in the protocol registry: Spark, Compound v3. Aave v3 and Morpho Blue are read from
 * their registry files (lib/protocols/aave-v3.ts, morpho-blue.ts), not copied here.
 */
import type { VenueFamily } from './types';

export const spark: VenueFamily = {
  id: 'spark',
  name: 'Spark',
  kind: 'lending',
  contracts: [
    {
      name: 'Spark Pool',
      deployments: [{ chainId: 1, address: '0xC13e21B648A5Ee794902342038FF3aDAB66BE987', source: 'https://docs.spark.fi/dev/deployments/mainnet-addresses (POOL); Centic-io/defi-state-querier:src/defi_services/services/lending/lending_info/ethereum/spark_eth.py', verification: 'secondary' }],
    },
  ],
};

export const compoundV3: VenueFamily = {
  id: 'compound-v3',
  name: 'Compound v3',
  kind: 'lending',
  contracts: [
    {
      name: 'Compound v3 WETH market',
      deployments: [{ chainId: 1, address: '0xA17581A9E3356d9A858b789D68B4d866e593aE94', source: 'compound-finance/comet:deployments/mainnet/weth/roots.json (comet); Centic-io/defi-state-querier:src/defi_services/services/lending/lending_info/ethereum/compound_v3_eth.py', verification: 'secondary' }],
    },
  ],
};
