/** Pendle: the router that swaps into and out of PT/YT of each LRT. */
import { onChains, type VenueFamily } from './types';

export const pendle: VenueFamily = {
  id: 'pendle',
  name: 'Pendle',
  kind: 'yield',
  contracts: [
    {
      name: 'Pendle router v4',
      deployments: onChains([1, 56, 8453, 42161], '0x888888888889758F76e7103c6CbF23ABbF58F946', 'pendle-finance/pendle-core-v2-public:deployments/1-core.json (pendleRouterV4, same address on every chain); Chan7348/replayPenpie:contracts/Constants.sol', 'secondary'),
    },
  ],
};
