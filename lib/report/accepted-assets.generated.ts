// Generated from lib/protocols and the snapshot by lib/report/write-accepted-assets.ts; do not edit.
// What each snapshot LRT accepts as a deposit, for the popup's compare view (which does not load the registry).
import type { AcceptedAssets } from './accepted-assets';

export const ACCEPTED_ASSETS: Readonly<Record<string, AcceptedAssets>> = {
  "weeth": {"eth":true,"tokens":["stETH","WETH","wstETH"],"more":true},
  "ezeth": {"eth":true,"tokens":["WETH"],"more":true},
  "pufeth": {"eth":true,"tokens":["stETH","WETH","wstETH"],"more":true},
  "rseth": {"eth":true,"tokens":[],"more":true},
  "rsweth": {"eth":true,"tokens":[],"more":true},
  "yneth": {"eth":true,"tokens":[],"more":false},
  "ynlsde": {"eth":false,"tokens":[],"more":true},
  "ineth": {"eth":true,"tokens":[],"more":false},
  "msteth": {"eth":true,"tokens":["ankrETH","cbETH","ETHx","LsETH","mETH","OETH","osETH","rETH","sfrxETH","stETH","swETH","wBETH"],"more":false},
  "eigenlayer-direct": {"eth":true,"tokens":["ankrETH","cbETH","EIGEN","ETHx","LsETH","mETH","OETH","osETH","rETH","sfrxETH","stETH","swETH","wBETH"],"more":false},
};
