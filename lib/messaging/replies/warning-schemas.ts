/** Replies about a tab and the warning: the intent, the warning report, the tab's state, the sources' status. */
import * as z from 'zod/mini';
import type { Intent } from '../../detect/intent';
import type { Assessment, SourceLine, WarningReport } from '../hold-messages';
import type { BypassRecord, TabState } from '../../worker/tab-records';
import { intentSchema } from './intent-schema';
import { findingSchema, riskFactsSchema, tokenReportSchema, verdictSchema } from './report-schemas';
import { hex, nnum, nstr, num, str, verdictLevel, verification } from './schema-parts';
import type { Same } from './same';

export const sourceLineSchema = z.object({ id: str, label: str, text: str, state: z.enum(['live', 'snapshot', 'failed', 'pending']) });

export const statusSchema = z.object({ snapshotAsOf: str, sources: z.array(sourceLineSchema) });

/** lib/report/warning-view.ts */
export const warningTokenViewSchema = z.object({
  id: str,
  name: str,
  symbol: nstr,
  yield: tokenReportSchema.shape.yield,
  facts: z.object({
    exposure: riskFactsSchema.shape.exposure,
    withdrawal: riskFactsSchema.shape.withdrawal,
    priceImpact: riskFactsSchema.shape.priceImpact,
    slashingModel: riskFactsSchema.shape.slashingModel,
    peg: riskFactsSchema.shape.peg,
  }),
  auditCount: num,
  latestAudit: z.nullable(z.object({ auditor: nstr, date: str })),
  auditsNote: nstr,
});

export const warningReportSchema = z.object({
  origin: str,
  chainId: nnum,
  items: z.array(z.object({ intent: intentSchema, summary: str, verdict: verdictSchema, report: z.nullable(warningTokenViewSchema) })),
  notChecked: nstr,
  targets: z.array(z.object({ address: str, name: nstr })),
  level: verdictLevel,
  freshness: z.nullable(statusSchema),
});

/** The `assess` reply: let the request through, or hold it behind this warning. */
export const assessmentSchema = z.discriminatedUnion('kind', [z.object({ kind: z.literal('release') }), z.object({ kind: z.literal('warn'), report: warningReportSchema })]);

export const tabStateSchema = z.nullable(z.object({ report: warningReportSchema, decision: z.enum(['pending', 'continue', 'cancel']), at: str }));

export const bypassesSchema = z.array(z.object({ method: str, origin: nstr, at: str }));

// Compile-time: each schema's output is the worker's type (a field the worker adds or renames fails here).
const checks: [
  Same<z.infer<typeof intentSchema>, Intent>,
  Same<z.infer<typeof sourceLineSchema>, SourceLine>,
  Same<z.infer<typeof warningReportSchema>, WarningReport>,
  Same<z.infer<typeof assessmentSchema>, Assessment>,
  Same<NonNullable<z.infer<typeof tabStateSchema>>, TabState>,
  Same<z.infer<typeof bypassesSchema>[number], BypassRecord>,
] = [true, true, true, true, true, true];
void checks;
