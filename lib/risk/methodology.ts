/** The methodology table in the README is generated from the rules; the test below keeps them one. */
import { ruleCeiling, ruleStances, STANCES, type Stance } from './stance';
import type { RuleSpec } from './types';

/** Where each fact a rule reads comes from, in words. */
export const FACT_SOURCES: Record<RuleSpec['needs'][number], string> = {
  intent: 'the request itself, against the protocol registry (each address with its source and verification label)',
  paused: 'on-chain pause flags (`paused()`, `depositsPaused()`, …) through Multicall3',
  peg: 'on-chain pool quote (Curve `get_dy`; Uniswap v3 through Uniswap’s Quoter, rsETH; ynETH’s in wstETH at wstETH’s `stEthPerToken()`) vs the protocol’s own rate (`getRate()`, `rsETHPrice()`, `convertToAssets`); DefiLlama’s price where no pool is read (inETH)',
  priceImpact: 'on-chain pool quote (Curve or Uniswap v3) for your amount vs its redemption value',
  withdrawal: 'the protocol’s withdrawal code and docs (dated, with sources), the wait a protocol sets on-chain read live (Kelp’s `withdrawalDelayBlocks`), EigenLayer’s withdrawal delay, each vault’s exit in lib/layers',
  liquidationThreshold: 'Morpho Blue: the market’s `lltv` in the request; Aave v3: the liquidation threshold read on-chain by the refresh, the highest E-Mode category that takes the token (`getEModeCategoryCollateralConfig`, `getEModeCategoryCollateralBitmap`, `getReserveData`) over the reserve’s own (`getConfiguration`), since loops run in E-Mode',
  exposure: 'EigenLayer `DelegationManager.delegatedTo` → `AllocationManager` allocations, magnitudes, slashability, redistribution (RPC)',
  slashingModel: 'lib/layers: each layer’s and vault’s slasher, veto window, resolver, epoch (protocol repositories, deploy scripts)',
  audits: 'audit reports in the protocols’ repositories and auditors’ sites (snapshot)',
  launchDate: 'snapshot (a source per fact)',
  tvlUsd: 'DefiLlama `/protocols` (live), snapshot otherwise',
  upgradeDelayHours: 'each protocol’s upgrade timelock, its minimum delay read on-chain where the timelock exposes it; otherwise the delay its repository, docs or a lending market’s review states, with that source and date',
  incidents: 'incident list with one or more sources each (snapshot)',
  yieldSplit: 'DefiLlama `/pools`: `apyBase` (exchange rate), `apyReward` (reward tokens)',
  spenderCode: '`eth_getCode` of the spender, read by the worker when the request arrives, only for spenders no registry knows (one JSON-RPC batch with any read in flight: one round trip, 1.5 s at most); “couldn’t check” otherwise',
};

/** The stances in words, for the "judges" column. */
const STANCE_WORDS: Record<Stance, string> = {
  exposure: 'taking on exposure',
  buy: 'buying',
  redeem: 'redeeming',
  sell: 'selling',
  grant: 'granting spend',
  move: 'bridging',
};

function judges(rule: RuleSpec): string {
  const stances = ruleStances(rule);
  if (stances.length === STANCES.length) return 'every request';
  const buyCapped = ruleCeiling(rule, 'buy') !== null;
  return stances
    .filter((s) => s !== 'buy' || !buyCapped)
    .map((s) => (s === 'exposure' && buyCapped && stances.includes('buy') ? `${STANCE_WORDS.exposure} (a buy: up to caution)` : STANCE_WORDS[s]))
    .join(', ');
}

function cell(rule: RuleSpec, level: 'caution' | 'high' | 'critical'): string {
  const t = rule.thresholds[level];
  return t === undefined ? '—' : `${rule.direction === 'higher-is-worse' ? '≥' : '≤'} ${t.toLocaleString('en-US')}`;
}

export function methodologyRow(rule: RuleSpec): string {
  return `| \`${rule.id}\` ${rule.title} | ${rule.description} Unit: ${rule.unit}. | ${judges(rule)} | ${cell(rule, 'caution')} | ${cell(rule, 'high')} | ${cell(rule, 'critical')} | ${rule.needs.map((n) => FACT_SOURCES[n]).join('; ')} |`;
}

/** The whole table, header included, as the README holds it. */
export function methodologyTable(rules: readonly RuleSpec[]): string {
  return [
    '| rule | what it measures | judges | caution | high | critical | facts and where they come from |',
    '|---|---|---|---|---|---|---|',
    ...rules.map(methodologyRow),
  ].join('\n');
}

/** The README with its methodology table replaced by the one the rules make (`npm run generate` writes it). */
export function withMethodologyTable(readme: string, rules: readonly RuleSpec[]): string {
  const lines = readme.split('\n');
  const start = lines.findIndex((l) => l.startsWith('| rule | what it measures'));
  if (start < 0) throw new Error('README.md has no methodology table');
  let end = start;
  while (end < lines.length && lines[end]!.startsWith('|')) end++;
  lines.splice(start, end - start, ...methodologyTable(rules).split('\n'));
  return lines.join('\n');
}
