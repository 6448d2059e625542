/** The Choose view's replies: a ranking (lib/choose/rank-tokens.ts) and a loop plan (lib/choose/plan-loop.ts). */
import * as z from 'zod/mini';
import { fact, nnum, nstr, num, str } from './schema-parts';

export const rankingSchema = z.object({
  profile: z.object({ id: str, name: str, description: str }),
  chainId: nnum,
  asOf: str,
  tokens: z.array(
    z.object({
      rank: num,
      id: str,
      symbol: str,
      name: str,
      kind: z.enum(['lst', 'lrt']),
      score: num,
      limits: z.enum(['met', 'not-checked', 'broken']),
      reasons: z.array(str),
      breakdown: z.array(z.object({ criterion: str, label: str, weight: num, score: num, points: num, known: z.boolean(), phrase: str, reason: nstr, source: nstr, asOf: nstr })),
    }),
  ),
});
export type RankingReply = z.infer<typeof rankingSchema>;

export const loopPlanSchema = z.object({
  token: z.object({ id: str, symbol: str, name: str }),
  market: z.object({ id: str, chainId: num, chain: str, label: nstr, marketId: nstr, oracle: nstr }),
  otherMarkets: z.array(z.object({ label: str, liquidationThreshold: num, marketId: nstr })),
  result: z.object({
    leverage: num,
    maxLeverage: fact(num),
    netApy: fact(num),
    liquidationThreshold: fact(num),
    liquidationDrop: fact(num),
    reasons: z.array(str),
  }),
});
export type LoopPlanReply = z.infer<typeof loopPlanSchema>;
