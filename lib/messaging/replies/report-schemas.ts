/** Replies that carry a token's report: findings, verdict, facts, the report itself and the token index. */
import * as z from 'zod/mini';
import type { TokenReport } from '../../report/token-report';
import type { Finding, RiskFacts, Verdict } from '../../risk/types';
import type { LstReport } from '../../worker/lst-report';
import type { TokenIndexEntry } from '../../worker/token-index';
import { fact, findingLevel, measuredValue, nnum, nstr, num, str, verdictLevel, verification } from './schema-parts';
import type { Same } from './same';

export const findingSchema = z.object({
  rule: str,
  title: str,
  category: z.enum(['contract', 'slashing', 'exit', 'incidents', 'looping', 'official', 'yield']),
  level: findingLevel,
  message: str,
  evidence: nstr,
  value: measuredValue,
  source: nstr,
  asOf: nstr,
});

export const verdictSchema = z.object({ level: verdictLevel, findings: z.array(findingSchema), context: z.optional(z.array(findingSchema)) });

const operatorSet = z.object({
  avs: str,
  avsName: nstr,
  operatorSetId: num,
  slashableShare: num,
  live: z.boolean(),
  destination: z.enum(['burn', 'redistribute', 'unknown']),
  recipient: nstr,
});

export const riskFactsSchema = z.object({
  audits: fact(z.array(z.object({ auditor: nstr, subject: str, date: nstr, reportUrl: str }))),
  launchDate: fact(str),
  tvlUsd: fact(num),
  upgradeDelayHours: fact(num),
  exposure: fact(
    z.object({
      operatorSets: z.array(operatorSet),
      topOperatorShare: nnum,
      operatorCount: num,
      stakerListOrigin: z.enum(['onchain', 'snapshot']),
    }),
  ),
  withdrawal: fact(z.object({ minDays: nnum, maxDays: nnum, text: str })),
  peg: fact(z.object({ marketPrice: num, redemptionValue: num, market: str })),
  priceImpact: fact(z.object({ bps: num, amount: num, market: str })),
  paused: fact(z.object({ deposits: z.nullable(z.boolean()), withdrawals: z.nullable(z.boolean()), contract: str })),
  incidents: fact(z.array(z.object({ id: str, date: str, title: str, impact: z.enum(['funds', 'peg', 'operations', 'none-reported']), source: str }))),
  yieldSplit: fact(
    z.object({ baseStaking: nnum, restaking: nnum, mev: nnum, incentives: nnum, apyBase: nnum, apyReward: nnum, points: z.boolean() }),
  ),
  liquidationThreshold: fact(num),
  slashingModel: fact(
    z.object({
      layer: str,
      subject: str,
      slasher: z.enum(['instant', 'veto', 'none']),
      vetoDays: nnum,
      resolver: nstr,
      resolverUnknown: nstr,
      epochDays: nnum,
      secures: z.nullable(z.array(str)),
      slashedFunds: nstr,
    }),
  ),
  spenderCode: z.optional(fact(z.boolean())),
});

const chainAddress = {
  chainId: num,
  chain: str,
  address: str,
  verification,
  source: str,
  explorer: nstr,
  note: z.optional(str),
};

export const tokenReportSchema = z.object({
  id: str,
  name: str,
  symbol: nstr,
  protocol: z.object({ id: str, name: str }),
  kind: z.enum(['lrt', 'direct-restaking']),
  snapshotAsOf: str,
  verdict: verdictSchema,
  facts: riskFactsSchema,
  tokens: z.array(z.object({ ...chainAddress, symbol: str })),
  contracts: z.array(z.object({ ...chainAddress, name: str })),
  yield: z.object({
    parts: z.array(z.object({ key: z.enum(['base', 'restaking', 'mev', 'incentives', 'rate']), label: str, apy: num })),
    method: nstr,
    source: nstr,
    asOf: nstr,
    note: nstr,
  }),
  audits: z.array(z.object({ auditor: nstr, subject: str, date: nstr, reportUrl: str, verification: str, source: str })),
  auditsNote: nstr,
  exit: z.object({
    path: nstr,
    queue: nstr,
    eigenLayer: nstr,
    instantRedeem: z.array(z.object({ name: str, fee: str, note: str, source: str })),
  }),
  operators: z.array(z.object({ name: str, address: nstr, avs: z.array(str), source: str })),
  operatorsNote: nstr,
  incidents: z.array(z.object({ id: str, date: str, title: str, summary: str, impact: str, sources: z.array(str) })),
  protection: z.array(z.object({ kind: str, title: str, detail: str, source: str })),
  pausesRead: z.array(z.object({ contract: str, check: str, stops: z.array(z.enum(['deposit', 'withdrawal'])), paused: z.boolean() })),
});

export const lstReportSchema = z.object({
  kind: z.literal('lst'),
  id: str,
  symbol: str,
  name: str,
  deployments: z.array(z.object({ chainId: num, chain: str, address: str, verification: str, source: str, explorer: nstr })),
  restakedVia: z.array(z.object({ protocol: str, contract: str, chain: str, address: str })),
});

export const anyReportSchema = z.union([lstReportSchema, tokenReportSchema]);

export const tokenIndexSchema = z.array(
  z.object({
    reportId: str,
    symbol: str,
    name: str,
    protocol: str,
    kind: z.enum(['lrt', 'lst', 'direct-restaking']),
    chainId: nnum,
    chain: nstr,
    address: nstr,
  }),
);

// Compile-time: each schema's output is the worker's type (a field the worker adds or renames fails here).
const checks: [
  Same<z.infer<typeof findingSchema>, Finding>,
  Same<z.infer<typeof verdictSchema>, Verdict>,
  Same<z.infer<typeof riskFactsSchema>, RiskFacts>,
  Same<z.infer<typeof tokenReportSchema>, TokenReport>,
  Same<z.infer<typeof lstReportSchema>, LstReport>,
  Same<z.infer<typeof tokenIndexSchema>[number], TokenIndexEntry>,
] = [true, true, true, true, true, true];
void checks;
