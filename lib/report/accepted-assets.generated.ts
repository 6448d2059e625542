// Generated from lib/protocols and the report entries by `npm run generate` (lib/report/render-accepted-assets.ts); do not edit.
// What each report's LRT accepts as a deposit, for the popup's compare view (which does not load the registry).
import type { AcceptedAssets } from './accepted-assets';

export const ACCEPTED_ASSETS: Readonly<Record<string, AcceptedAssets>> = {
  "weeth": {"eth":true,"tokens":["stETH","WETH","wstETH"],"more":true},
  "ezeth": {"eth":true,"tokens":["WETH"],"more":true},
  "pufeth": {"eth":true,"tokens":["stETH","WETH","wstETH"],"more":true},
  "rseth": {"eth":true,"tokens":["rsETH"],"more":true},
  "rsweth": {"eth":true,"tokens":[],"more":true},
  "yneth": {"eth":true,"tokens":[],"more":false},
  "ynlsde": {"eth":false,"tokens":[],"more":true},
  "ineth": {"eth":true,"tokens":[],"more":false},
  "msteth": {"eth":true,"tokens":["ankrETH","cbETH","ETHx","LsETH","mETH","OETH","osETH","rETH","sfrxETH","stETH","swETH","wBETH"],"more":false},
  "eigenlayer-direct": {"eth":true,"tokens":["ankrETH","cbETH","EIGEN","ETHx","LsETH","mETH","OETH","osETH","rETH","sfrxETH","stETH","swETH","wBETH"],"more":false},
  "mellow-roeth": {"eth":false,"tokens":["wstETH"],"more":true},
  "mellow-steaklrt": {"eth":true,"tokens":["wstETH"],"more":true},
  "mellow-re7lrt": {"eth":true,"tokens":["wstETH"],"more":true},
  "mellow-amphreth": {"eth":true,"tokens":["wstETH"],"more":true},
  "mellow-pzeth": {"eth":false,"tokens":["wstETH"],"more":true},
  "mellow-rsteth": {"eth":true,"tokens":["wstETH"],"more":true},
  "mellow-coeth": {"eth":false,"tokens":["wstETH"],"more":true},
  "mellow-hceth": {"eth":false,"tokens":["wstETH"],"more":true},
  "mellow-ifseth": {"eth":false,"tokens":["wstETH"],"more":true},
  "mellow-lugaeth": {"eth":false,"tokens":["wstETH"],"more":true},
  "mellow-urlrt": {"eth":false,"tokens":["wstETH"],"more":true},
  "mellow-iseth": {"eth":false,"tokens":["wstETH"],"more":true},
  "mellow-rsusde": {"eth":false,"tokens":["sUSDe"],"more":true},
  "mellow-streth": {"eth":true,"tokens":["WETH","wstETH"],"more":true},
  "symbiotic-direct": {"eth":false,"tokens":["cbETH","DC_cbETH","DC_ETHx","DC_FXS","DC_LBTC","DC_LsETH","DC_mETH","DC_osETH","DC_rETH","DC_sfrxETH","DC_sUSDe","DC_swETH","DC_tBTC","DC_wBETH","DC_WBTC","DC_wstETH","ETHx","FXS","LBTC","LsETH","mETH","osETH","rETH","sfrxETH","sUSDe","swETH","tBTC","wBETH","WBTC","wstETH"],"more":false},
  "karak-direct": {"eth":false,"tokens":["weETH"],"more":true},
  "kernel-direct": {"eth":true,"tokens":[],"more":true},
};
