import type { Intent } from '../detect/intent';
import type { RiskFact } from './fact';

/** How bad a measured value is. */
export type Level = 'ok' | 'caution' | 'high' | 'critical';
/** A verdict can also be "unknown": nothing said it is bad, but not everything could be checked. */
export type VerdictLevel = Level | 'unknown';
/** A finding's outcome: a level, or one of the honest non-answers. */
export type FindingLevel = Level | 'unknown' | 'errored' | 'not-applicable';

export type RuleCategory = 'contract' | 'slashing' | 'exit' | 'incidents' | 'looping' | 'official' | 'yield';

/** Threshold values at which a measured value reaches each level; a missing level is never reached. */
export interface Thresholds {
  caution?: number;
  high?: number;
  critical?: number;
}

export interface Finding {
  rule: string;
  title: string;
  category: RuleCategory;
  level: FindingLevel;
  /** One sentence a person can act on. */
  message: string;
  /** The measured number or facts behind it, in words; null when there is none. */
  evidence: string | null;
  value: number | null;
  source: string | null;
  asOf: string | null;
}

export interface Verdict {
  level: VerdictLevel;
  /** The findings that judge this request, worst first. */
  findings: Finding[];
  /**
   * Findings measured but not judged for what this request does (an approval's token yield and exit, a sale's
   * slashing): shown as context, never raising the level. Absent for a token report.
   */
  context?: Finding[];
}

/** The result of a rule's measurement. */
export type Measurement =
  | { kind: 'value'; value: number; evidence: string; source: string; asOf: string; detail?: string }
  | { kind: 'unknown'; reason: string; source?: string; asOf?: string }
  | { kind: 'not-applicable'; reason: string };

export interface AuditFact {
  auditor: string | null;
  subject: string;
  date: string | null;
  reportUrl: string;
}

export interface IncidentFact {
  id: string;
  date: string;
  title: string;
  impact: 'funds' | 'peg' | 'operations' | 'none-reported';
  source: string;
}

export interface OperatorSetFact {
  avs: string;
  avsName: string | null;
  operatorSetId: number;
  /** Share of the LRT's restaked stake this operator set can slash now, 0–1. */
  slashableShare: number;
  live: boolean;
  destination: 'burn' | 'redistribute' | 'unknown';
  recipient: string | null;
}

export interface ExposureFact {
  operatorSets: OperatorSetFact[];
  /** Largest operator's share of the delegated stake, 0–1. */
  topOperatorShare: number | null;
  operatorCount: number;
  /** Stakers read from the protocol on-chain, or from the bundled list. */
  stakerListOrigin: 'onchain' | 'snapshot';
}

export interface YieldSplitFact {
  baseStaking: number | null;
  restaking: number | null;
  mev: number | null;
  incentives: number | null;
  /** DefiLlama apyBase (paid into the rate) and apyReward (paid in other tokens), % per year. */
  apyBase: number | null;
  apyReward: number | null;
  /** A points programme pays part of the yield in points (no APY). */
  points: boolean;
}

/** The slashing mechanism the deposit is exposed to (lib/layers). */
export interface SlashingModelFact {
  layer: string;
  /** The vault, LRT or layer the model is of. */
  subject: string;
  slasher: 'instant' | 'veto' | 'none';
  vetoDays: number | null;
  resolver: string | null;
  /** Why the resolver is not known, when it is not. */
  resolverUnknown: string | null;
  epochDays: number | null;
  /** The networks / services / AVSs it secures, by name, where known. */
  secures: string[] | null;
  slashedFunds: string | null;
}

export interface RiskFacts {
  audits: RiskFact<AuditFact[]>;
  launchDate: RiskFact<string>;
  tvlUsd: RiskFact<number>;
  /** Hours an upgrade waits in a timelock; 0 = upgradeable at once (multisig only). */
  upgradeDelayHours: RiskFact<number>;
  exposure: RiskFact<ExposureFact>;
  withdrawal: RiskFact<{ minDays: number | null; maxDays: number | null; text: string }>;
  /** Market price vs redemption value of one token, both in ETH. */
  peg: RiskFact<{ marketPrice: number; redemptionValue: number; market: string }>;
  /** Loss selling the person's amount now, in basis points, and where. */
  priceImpact: RiskFact<{ bps: number; amount: number; market: string }>;
  paused: RiskFact<{ deposits: boolean | null; withdrawals: boolean | null; contract: string }>;
  incidents: RiskFact<IncidentFact[]>;
  yieldSplit: RiskFact<YieldSplitFact>;
  /** The lending market's liquidation threshold for this collateral (0–1), for the looping case. */
  liquidationThreshold: RiskFact<number>;
  slashingModel: RiskFact<SlashingModelFact>;
  /** Whether the spender of an approval has code (`eth_getCode`); absent when nobody read it. */
  spenderCode?: RiskFact<boolean>;
}

/** What the rules may ask the registry. */
export interface RegistryView {
  /** Is the spender a registered contract of any protocol on this chain? */
  isRegisteredContract(chainId: number, address: string): boolean;
  /** Chains on which a protocol has registered contracts. */
  protocolChains(protocolId: string): number[];
  /** Is this token an LRT (or LST) the registry knows on this chain? */
  tokenKind(chainId: number, address: string): 'lrt' | 'lst' | 'eth' | 'other' | null;
}

export interface RiskContext {
  now: Date;
  /** The request's intent; null for a token report (popup, CLI `token`). */
  intent: Intent | null;
  /** The LRT (or direct restaking) the facts describe; null when none applies. */
  subject: { id: string; name: string; symbol: string | null; protocol: string } | null;
  facts: RiskFacts;
  registry: RegistryView;
}

export interface RuleSpec {
  id: string;
  title: string;
  category: RuleCategory;
  /** What it measures and why, for the methodology and the options page. */
  description: string;
  unit: string;
  direction: 'higher-is-worse' | 'lower-is-worse';
  /** The stances it judges (lib/risk/stance.ts); absent: by its category. */
  judges?: readonly ('exposure' | 'buy' | 'redeem' | 'sell' | 'grant' | 'move')[];
  /** Documented defaults; the options page can change them. */
  thresholds: Thresholds;
  /** The facts it reads (for the methodology table). */
  needs: (keyof RiskFacts | 'intent')[];
  measure(ctx: RiskContext): Measurement;
  /** The sentence for a measured value at its level. */
  message(value: number, level: Level, detail?: string): string;
}
