/**
 * Morpho Blue, registered for the looping case: `supplyCollateral` names the collateral inside the market params.
 * Intents are produced only when that collateral is a registered LRT.
 */
import type { ProtocolSpec } from './types';

const DEPLOY = 'morpho-org/morpho-blue-deployment@3c9ac96cf5c7352ff01739a15d6057198e76d70e';

export const morphoBlue: ProtocolSpec = {
  id: 'morpho-blue',
  name: 'Morpho Blue',
  kind: 'lending',
  tokens: [],
  contracts: [
    {
      name: 'Morpho',
      token: null,
      abiSource: 'morpho-org/morpho-blue@3085651a79553bbabbfd8be309c262dab45b686e:src/interfaces/IMorpho.sol',
      deployments: [
        { chainId: 1, address: '0xBBBBBbbBBb9cC5e90e3b3Af64bdAF62C37EEFFCb', source: `${DEPLOY}:broadcast/DeployMorpho.sol/1/run-latest.json`, verification: 'primary' },
        {
          chainId: 8453,
          address: '0xBBBBBbbBBb9cC5e90e3b3Af64bdAF62C37EEFFCb',
          source: `${DEPLOY}:broadcast/DeployMorpho.sol/8453/run-1714743705.json`,
          verification: 'primary',
        },
      ],
      functions: [
        {
          signature:
            'function supplyCollateral((address loanToken, address collateralToken, address oracle, address irm, uint256 lltv) marketParams, uint256 assets, address onBehalf, bytes data)',
          selector: '0x238d6579',
          action: 'supply-collateral',
          input: { kind: 'asset-arg', asset: 'marketParams.collateralToken', amount: 'assets' },
          token: { arg: 'marketParams.collateralToken' },
        },
      ],
    },
  ],
};
