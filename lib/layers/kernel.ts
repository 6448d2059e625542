/**
 * Kernel's slashing model as its public contracts state it: none. The only public source is a copy of the team's
 * repository under a personal account, so every fact here is secondary (as its addresses are in lib/protocols).
 */
import { fact, unknown } from './fact';
import type { LayerModel } from './schema';

const KERNEL = 'andnasnd/kernel-smart-contracts-public@6e64786c2744a8521a8872fb59cdfd414c04e14b';
const DATE = '2025-01-14';
const CODE = `${KERNEL}:src/StakerGateway.sol, src/KernelVault.sol`;
const YNBTCK_REPO = 'yieldnest/yieldnest-kernel-lrt@65cd272d62fac61c7dedfd07c1f2e0590fa661d5';
const YNBTCK_CODE = `${YNBTCK_REPO}:src/KernelStrategy.sol (stake and unstake through the StakerGateway)`;
const YNBTCK_DATE = '2025-03-20';
const UPGRADEABLE = 'StakerGateway and KernelVaults are upgradeable (UUPS proxy, beacon proxies behind an upgrader timelock), so slashing could be added later';

export const kernelLayer: LayerModel = {
  id: 'kernel',
  name: 'Kernel',
  protocols: ['kernel'],
  model: fact(
    'Stakers deposit BNB, BNB LSTs and BTC tokens through Kernel\'s staker gateway into one vault per asset, which keeps their balance. The public contracts (v0.6, version "1.0") contain no slashing logic; shared security for bridges and oracles is described only outside the code.',
    `${KERNEL}:README.md, src/StakerGateway.sol, src/KernelVault.sol`,
    DATE,
    'secondary',
    UPGRADEABLE,
  ),
  slasher: fact('none', CODE, DATE, 'secondary', UPGRADEABLE),
  vetoWindow: unknown('no slashing in the public contracts', CODE, DATE),
  maxSlash: unknown('no slashing in the public contracts', CODE, DATE),
  slashedFunds: unknown('no slashing in the public contracts', CODE, DATE),
  exitDelay: fact({ minDays: 0, maxDays: 0, text: 'unstaking is immediate: the vault pays the asset back in the same transaction' }, `${KERNEL}:src/StakerGateway.sol (unstake, unstakeNative, unstakeClisBNB)`, DATE, 'secondary'),
  services: [],
  servicesUnknownReason: 'no service, network or slashing term appears in the public contracts or their documentation',
  registries: [
    { name: 'AssetRegistry', chainId: 56, address: '0xd0B91Fc0a323bbb726faAF8867CdB1cA98c44ABB', purpose: 'supported assets and their KernelVaults', source: `${KERNEL}:doc/contract-address/Mainnet.md`, asOf: DATE, verification: 'secondary' },
    { name: 'KernelConfig', chainId: 56, address: '0x45d7Bb73253A908E6160aa5FD9DA083F7Bc6faf5', purpose: 'pause flags and role holders', source: `${KERNEL}:doc/contract-address/Mainnet.md`, asOf: DATE, verification: 'secondary' },
  ],
  exposures: [
    {
      protocol: 'kernel',
      chainId: 56,
      address: '0xb32dF5B33dBCCA60437EC17b27842c12bFE83394',
      name: 'StakerGateway',
      kind: 'gateway',
      via: null,
      collateral: unknown('the asset chosen in the request decides (WBNB for native BNB); one vault per asset', `${KERNEL}:doc/contract-address/Mainnet.md`, DATE),
      exitDelay: fact({ minDays: 0, maxDays: 0, text: 'immediate unstake' }, `${KERNEL}:src/StakerGateway.sol`, DATE, 'secondary'),
      model: {
        slasher: fact('none', CODE, DATE, 'secondary', UPGRADEABLE),
        resolver: unknown('no slashing in the public contracts', CODE, DATE),
        epochDuration: unknown('no epochs in the public contracts', CODE, DATE),
        vetoDuration: unknown('no slashing in the public contracts', CODE, DATE),
        secures: unknown('no service is named in the public contracts', CODE, DATE),
        slashedFunds: unknown('no slashing in the public contracts', CODE, DATE),
      },
    },
    {
      protocol: 'yieldnest',
      chainId: 56,
      address: '0x78839cE14a8213779128Ee4da6D75E1326606A56',
      name: 'ynBTCk (YieldNest vault on Kernel)',
      kind: 'vault',
      via: fact({ chainId: 56, address: '0xb32dF5B33dBCCA60437EC17b27842c12bFE83394' }, YNBTCK_CODE, YNBTCK_DATE, 'primary', 'the vault stakes through the StakerGateway its admin sets (getStakerGateway()); not read on-chain'),
      collateral: fact({ symbol: 'BTCB', address: '0x7130d2A12B9BCbFAe4f2634d864A1Ee1Ce3Ead9c' }, `${YNBTCK_REPO}:script/Contracts.sol (BTCB)`, YNBTCK_DATE, 'primary'),
      exitDelay: unknown('withdrawals unstake from Kernel at once only while the vault allows immediate withdrawals, a setting not read', YNBTCK_CODE, YNBTCK_DATE),
      model: null,
    },
  ],
};
