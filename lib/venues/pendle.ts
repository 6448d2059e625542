/**
 * Pendle: the router that swaps into and out of PT/YT of each LRT, and the markets (one per LRT and expiry) it trades
 * through. A market names its LRT by `underlying` (registry id); the router's swap calls name the market.
 */
import { onChains, type VenueDeployment, type VenueFamily } from './types';

const MARKETS = 'oblik/agent-api:src/config/pendle/lptoken.ts (Pendle LP token = market address, per LRT and chain)';

const market = (chainId: number, address: `0x${string}`, underlying: string): VenueDeployment => ({
  chainId,
  address,
  source: MARKETS,
  verification: 'unverified',
  underlying,
  note: 'expiry not recorded: the market may have matured; the router then refuses swaps but still redeems',
});

export const pendle: VenueFamily = {
  id: 'pendle',
  name: 'Pendle',
  kind: 'yield',
  contracts: [
    {
      name: 'Pendle router v4',
      deployments: onChains([1, 56, 8453, 42161], '0x888888888889758F76e7103c6CbF23ABbF58F946', 'pendle-finance/pendle-core-v2-public:deployments/1-core.json (pendleRouterV4, same address on every chain); Chan7348/replayPenpie:contracts/Constants.sol', 'secondary'),
    },
    {
      name: 'Pendle weETH market',
      deployments: [
        {
          ...market(1, '0xF32e58F92e60f4b0A37A69b95d642A471365EAe8', 'weETH'),
          source: `${MARKETS}; Silo PendlePriceProvider (PT-weETH-27JUN2024, MATURITY 1719446400) and Pendle LP strategies naming the same market`,
          verification: 'secondary',
          note: 'PT-weETH-27JUN2024 / SY-weETH: matured 2024-06-27; the router still redeems, swaps now go to later markets',
        },
        market(42161, '0x952083cde7aaa11AB8449057F7de23A970AA8472', 'weETH'),
      ],
    },
    { name: 'Pendle ezETH market', deployments: [market(1, '0xD8F12bCDE578c653014F27379a6114F67F0e445f', 'ezETH'), market(42161, '0x551c423c441db0B691b5630F04d2080Caee25963', 'ezETH')] },
    { name: 'Pendle rsETH market', deployments: [market(1, '0x4f43c77872Db6BA177c270986CD30c3381AF37Ee', 'rsETH'), market(42161, '0x6Ae79089b2CF4be441480801bb741A531d94312b', 'rsETH')] },
    { name: 'Pendle pufETH market', deployments: [market(1, '0x17BE998a578fD97687b24E83954FEc86Dc20c979', 'pufETH')] },
  ],
};
