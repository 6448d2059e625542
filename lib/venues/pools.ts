/** AMM vaults that hold approvals: Balancer's vault. */
import { onChains, type VenueFamily } from './types';

export const balancer: VenueFamily = {
  id: 'balancer',
  name: 'Balancer',
  kind: 'dex',
  contracts: [
    {
      name: 'Balancer v2 vault',
      deployments: onChains([1, 10, 8453, 42161], '0xBA12222222228d8Ba445958a75a0704d566BF2C8', 'balancer/docs:docs/reference/valuing-balancer-lp-tokens/deployment-addresses.md; balancer/backend:modules/balancer/src/contracts.ts (chain 10)', 'primary'),
    },
  ],
};
