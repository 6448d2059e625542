/** Every risk rule, one line each; the order is the methodology's order. */
import type { RuleSpec } from '../types';
import { auditsRule } from './audits';
import { auditRecencyRule } from './audit-recency';
import { timeLiveRule } from './time-live';
import { tvlRule } from './tvl';
import { upgradeabilityRule } from './upgradeability';
import { avsCountRule } from './avs-count';
import { slashableShareRule } from './slashable-share';
import { operatorConcentrationRule } from './operator-concentration';
import { redistributionRule } from './redistribution';
import { slashingVetoRule } from './slashing-veto';
import { withdrawalDelayRule } from './withdrawal-delay';
import { priceImpactRule } from './price-impact';
import { pegRule } from './peg';
import { pausedRule } from './paused';
import { incidentsRule } from './incidents';
import { loopingRule } from './looping';
import { officialContractRule } from './official-contract';
import { yieldSustainabilityRule } from './yield-sustainability';
import { spenderRule } from './spender';
import { buyPriceRule } from './buy-price';

export const rules: readonly RuleSpec[] = [
  officialContractRule,
  spenderRule,
  pausedRule,
  pegRule,
  priceImpactRule,
  buyPriceRule,
  withdrawalDelayRule,
  loopingRule,
  avsCountRule,
  slashableShareRule,
  operatorConcentrationRule,
  redistributionRule,
  slashingVetoRule,
  auditsRule,
  auditRecencyRule,
  timeLiveRule,
  tvlRule,
  upgradeabilityRule,
  incidentsRule,
  yieldSustainabilityRule,
];
