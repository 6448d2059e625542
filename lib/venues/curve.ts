/**
 * Curve pools that hold LRTs, with their coins in index order: `exchange(i, j, dx, min_dy)` trades coin i for coin j.
 * A pool is also where an LRT is approved before a swap. Coin order is what `coins(i)` returns on-chain; the sources
 * below are the code that calls `exchange` on each pool with those indices (or, where none was found, the pool's name,
 * which the Curve factory UI lists in coin order: labelled unverified).
 */
import type { VenueFamily } from './types';

const WETH = '0xC02aaA39b223FE8D0A0e5C4F27eAD9083C756Cc2';
const WSTETH = '0x7f39C581F595B53c5cb19bD0b3f8dA6c935E2Ca0';
const WEETH = '0xCd5fE23C85820F7B72D0926FC9b05b43E359b7ee';
const EZETH = '0xbf5495Efe5DB9ce00f80364C8B423567e58d2110';
const PUFETH = '0xD9A442856C234a39a81a089C06451EBAa4306a72';
const RSWETH = '0xFAe103DC9cf190eD75350761e95403b7b8aFa6c0';
const YNETH = '0x09db87A538BD693E9d08544577d5cCfAA6373A48';

export const curve: VenueFamily = {
  id: 'curve',
  name: 'Curve',
  kind: 'dex',
  contracts: [
    {
      name: 'Curve weETH/WETH pool',
      deployments: [
        {
          chainId: 1,
          address: '0xDB74dfDD3BB46bE8Ce6C33dC9D82777BCFc3dEd5',
          source:
            'Curve factory-stable-ng-157 (Curve campaign list, "WETH/weETH"); notional-finance fork tests: CurveV2SingleData pool 0xDB74…dEd5 fromIndex 1 (weETH) → toIndex 0 (WETH), stakeTokenIndex 1',
          verification: 'secondary',
          coins: [WETH, WEETH],
        },
        {
          chainId: 1,
          address: '0x13947303F63b363876868D070F14dc865C36463b',
          source: 'fork test of the April 2024 ezETH depeg: "Curve weETH/WETH NG pool. coins[0] = weETH, coins[1] = WETH", exchange(1, 0) buys weETH',
          verification: 'unverified',
          coins: [WEETH, WETH],
        },
      ],
    },
    {
      name: 'Curve ezETH/WETH pool',
      deployments: [
        {
          chainId: 1,
          address: '0x85dE3ADd465a219EE25E04d22c39aB027cF5C12E',
          source:
            'Etherscan "Curve.fi Factory Plain Pool: ezETH/WETH" as quoted in fork tests: "coins[0] = ezETH, coins[1] = WETH", exchange(0, 1) sells ezETH; harvest-finance strategy test curveSetup [ezeth, weth, pool, [0, 1, …]]',
          verification: 'secondary',
          coins: [EZETH, WETH],
        },
      ],
    },
    {
      name: 'Curve pufETH/wstETH pool',
      deployments: [
        {
          chainId: 1,
          address: '0xEEda34A377dD0ca676b9511EE1324974fA8d980D',
          source: 'Puffer DeFi page and quest list (pool 0xeeda…980d); rate providers naming it PUFETH_WSTETH_CURVE; coin order from the pool name "Curve PUFETH/WSTETH Pool"',
          verification: 'unverified',
          coins: [PUFETH, WSTETH],
        },
      ],
    },
    {
      name: 'Curve WETH/pufETH pool',
      deployments: [
        {
          chainId: 1,
          address: '0x39F5b252dE249790fAEd0C2F05aBead56D2088e1',
          source: 'rate providers naming it WETH_PUFETH_CURVE ("weth/pufEth"); coin order from that name',
          verification: 'unverified',
          coins: [WETH, PUFETH],
        },
      ],
    },
    {
      name: 'Curve rswETH/WETH pool',
      deployments: [
        {
          chainId: 1,
          address: '0xeE04382c4cA6c450213923fE0f0daB19b0ff3939',
          source: 'Veda boring-vault deployment addresses: values[mainnet]["rswETH_wETH_Curve_Pool"]; coin order from that name',
          verification: 'unverified',
          coins: [RSWETH, WETH],
        },
      ],
    },
    {
      // A Twocrypto-NG (cryptoswap) pool: exchange(uint256 i, uint256 j, …), not the StableSwap int128 form.
      name: 'Curve ynETH/wstETH pool',
      deployments: [
        {
          chainId: 1,
          address: '0x19B8524665aBAC613D82eCE5D8347BA44C714bDd',
          source:
            'Enzyme ChainlinkLikeYnEthPriceFeed deployment data ("curveYnethWstethPool") and its fork test, which reads price_oracle() as ynETH per wstETH; a LlamaLend CryptoFromPoolsRate oracle deploy script ("ynETH/wstETH", ynETH index 0, wstETH index 1); YnEthCryptoswapOracle prices ynETH from this pool',
          verification: 'secondary',
          coins: [YNETH, WSTETH],
        },
      ],
    },
  ],
};
