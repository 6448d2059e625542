/**
 * Eigenpie (Magpie): each LST deposited mints its own mLRT (stETH → mstETH, …); native ETH mints egETH.
 * magpiexyz/eigenpie_contracts holds no addresses, so every Eigenpie address here is third-party sourced.
 */
import type { ProtocolSpec, TokenSpec } from './types';

const EP = 'magpiexyz/eigenpie_contracts@e86c1ddb53f093dfee75efff6d209993907c19dd';
const SUBGRAPH = 'Magpiexyz-Analytics/eigenpie-subgraph@050ab4a7484ca3c5c69a1684ef55b7fd20ad414e';
const STAKING_ADDR = `SECONDARY: ${SUBGRAPH}:subgraph.yaml (EigenpieStaking) + DefiLlama adapter eigenpie config (eigenStaking) + third-party dApp configs`;
const MLRT_ADDR = `${SUBGRAPH}:src/constants.ts (single source)`;

/** mLRT per LST: [id, LST id, address]. */
const MLRTS = [
  ['mstETH', 'stETH', '0x49446A0874197839D15395B908328a74ccc96Bc0'],
  ['mrETH', 'rETH', '0xd05728038681bcc79b2d5aeb4d9b002e66C93A40'],
  ['msfrxETH', 'sfrxETH', '0x879054273cb2DAD631980Fa4efE6d25eeFe08AA4'],
  ['mmETH', 'mETH', '0x8a053350ca5F9352a16deD26ab333e2D251DAd7c'],
  ['mwBETH', 'wBETH', '0xE46a5E19B19711332e33F33c2DB3eA143e86Bc10'],
  ['mswETH', 'swETH', '0x32bd822d615A3658A68b6fDD30c2fcb2C996D678'],
  ['mcbETH', 'cbETH', '0xD09124e8a1e3D620E8807aD1d968021A5495CEe8'],
  ['mETHx', 'ETHx', '0x9a1722b1f4A1BB2F271211ade8e851aFc54F77E5'],
  ['mankrETH', 'ankrETH', '0x5A4A503F4745c06A07E29D9a9DD88aB52f7a505B'],
  ['mosETH', 'osETH', '0x352a3144e88D23427993938cfd780291D95eF091'],
  ['mOETH', 'OETH', '0x310718274509a38cc5559a1ff48c5eDbE75a382B'],
  ['mLsETH', 'LsETH', '0xa939C02DbA8F237b40d2A3E96AD4252b00Bb8a72'],
] as const;

const mlrtTokens: TokenSpec[] = MLRTS.map(([id, lst, address]) => ({
  id,
  symbol: id,
  name: `Eigenpie restaked ${lst}`,
  kind: 'lrt',
  decimals: 18,
  deployments: [{ chainId: 1, address, source: MLRT_ADDR, verification: 'unverified' }],
}));

/** Which mLRT a deposit of each LST mints. */
const MLRT_BY_ASSET: Record<string, string> = Object.fromEntries(MLRTS.map(([id, lst]) => [lst, id]));

export const eigenpie: ProtocolSpec = {
  id: 'eigenpie',
  name: 'Eigenpie',
  kind: 'restaking',
  tokens: [
    {
      id: 'egETH',
      symbol: 'egETH',
      name: 'Eigenpie restaked ETH',
      kind: 'lrt',
      decimals: 18,
      deployments: [
        {
          chainId: 1,
          address: '0x18f313Fc6Afc9b5FD6f0908c1b3D476E3feA1DD9',
          source: 'single third-party source: a CCIP integration test constants file (ETHEREUM_EGETH_TOKEN next to ETHEREUM_EGETH_STAKING = EigenpieStaking)',
          verification: 'unverified',
        },
      ],
    },
    ...mlrtTokens,
  ],
  contracts: [
    {
      name: 'EigenpieStaking',
      token: null,
      abiSource: `${EP}:EigenpieStaking.sol`,
      deployments: [{ chainId: 1, address: '0x24db6717dB1C75B9Db6eA47164D8730B63875dB7', source: STAKING_ADDR, verification: 'secondary' }],
      functions: [
        {
          signature: 'function depositAsset(address asset, uint256 depositAmount, uint256 minRec, address referral) payable',
          selector: '0x2ebe07c8',
          action: 'deposit',
          input: { kind: 'asset-arg', asset: 'asset', amount: 'depositAmount', eth: 'eeee' },
          token: { byAsset: 'asset', map: MLRT_BY_ASSET, eth: 'egETH', sentinel: 'eeee' },
          note: 'asset 0xEeee…EEeE is native ETH (msg.value must equal depositAmount)',
        },
      ],
    },
    {
      name: 'EigenpieWithdrawManager',
      token: null,
      abiSource: `${EP}:EigenpieWithdrawManager.sol`,
      deployments: [
        {
          chainId: 1,
          address: '0x98083E22d12497c1516d3C49E7Cc6cD2CD9dcBA4',
          source: 'SECONDARY: a third-party dApp config (withdrawManager next to eigenStaking) + a contract inventory listing EigenpieWithdrawManager',
          verification: 'secondary',
        },
      ],
      functions: [
        {
          signature: 'function userQueuingForWithdraw(address asset, uint256 mLRTamount)',
          selector: '0xe320e0ed',
          action: 'withdraw-request',
          input: { kind: 'ref', token: { byAsset: 'asset', map: MLRT_BY_ASSET, eth: 'egETH', sentinel: 'eeee' }, amount: 'mLRTamount' },
          token: { byAsset: 'asset', map: MLRT_BY_ASSET, eth: 'egETH', sentinel: 'eeee' },
          receives: { arg: 'asset', eth: 'eeee' },
        },
        {
          signature: 'function userWithdrawAsset(address[] assets)',
          selector: '0x532db4f8',
          action: 'withdraw-claim',
          input: { kind: 'none' },
          token: { byAsset: 'assets[]', map: MLRT_BY_ASSET, eth: 'egETH', sentinel: 'eeee' },
          receives: { arg: 'assets[]', eth: 'eeee' },
        },
      ],
    },
  ],
};
