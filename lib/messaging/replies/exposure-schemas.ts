/** "Your restaking" replies: the accounts a wallet reported on a tab, and what the person's accounts hold. */
import * as z from 'zod/mini';
import { nnum, nstr, num, str } from './schema-parts';

export const reportedSchema = z.nullable(z.object({ accounts: z.array(str), origin: nstr, at: str }));

export const exposureSchema = z.object({
  enabled: z.boolean(),
  asked: z.boolean(),
  accounts: z.array(str),
  summaries: z.array(
    z.object({
      account: str,
      chainId: num,
      holdings: z.array(z.object({ symbol: str, kind: z.enum(['lst', 'lrt']), amount: num, reportId: nstr, slashedBy: str, slashableShare: nnum, exit: str, source: nstr, asOf: nstr })),
      slashableTokens: num,
      notKnown: z.array(str),
      aave: z.array(z.object({ pool: str, market: str, totalCollateralBase: str, totalDebtBase: str, liquidationThresholdBps: num, ltvBps: num, healthFactor: nnum })),
      wethBorrowApy: nnum,
      source: nstr,
      asOf: str,
      failed: z.array(z.object({ label: str, message: str })),
    }),
  ),
});
export type ReportedReply = z.infer<typeof reportedSchema>;
export type ExposureReply = z.infer<typeof exposureSchema>;
