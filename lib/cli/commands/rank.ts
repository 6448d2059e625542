/**
 * `lrt-advisor rank --profile preserve|balance|maximize [--chain N] [--json]`: every LST and LRT ranked for a
 * profile from the bundled snapshot, each with its score and the reasons in plain sentences. `--json` prints the
 * ordered list with each score broken down by criterion, with sources and as-of dates.
 */
import { parseArgs } from 'node:util';
import { buildCandidates } from '../../choose/build-candidates';
import { isProfileId, PROFILE_IDS, PROFILES } from '../../choose/profiles';
import { rankTokens, type Ranking } from '../../choose/rank-tokens';
import { NO_LIVE_DATA } from '../../report/live-data';
import { chainInfo } from '../../report/chains';
import { effectiveThresholds } from '../../settings/effective-thresholds';
import { DEFAULT_SETTINGS } from '../../settings/settings';
import { loadSnapshot } from '../../snapshot/load-snapshot';
import { CliInputError } from '../errors';
import type { CliIo } from '../io';
import { parseChainOption } from './parse-chain-option';

export const usage = `lrt-advisor rank --profile ${PROFILE_IDS.join('|')} [--chain N] [--json]`;

export function rankingText(r: Ranking): string {
  const out = [`${r.profile.name}: ${r.profile.description}`, `Data: bundled snapshot ${r.asOf}${r.chainId ? `, tokens on ${chainInfo(r.chainId).name}` : ''} (no live sources read).`, ''];
  for (const t of r.tokens) {
    out.push(`${String(t.rank).padStart(2)}. ${t.symbol} (${t.kind.toUpperCase()}) ${t.score} / 100`);
    for (const reason of t.reasons) out.push(`    ${reason}`);
  }
  return `${out.join('\n')}\n`;
}

export async function rank(args: readonly string[], io: CliIo): Promise<number> {
  let values: { profile?: string; chain?: string; json?: boolean };
  try {
    ({ values } = parseArgs({ args: [...args], options: { profile: { type: 'string' }, chain: { type: 'string' }, json: { type: 'boolean' } }, allowPositionals: false, strict: true }));
  } catch (cause) {
    throw new CliInputError(`${(cause as Error).message}; usage: ${usage}`);
  }
  if (values.profile === undefined) throw new CliInputError(`missing --profile; usage: ${usage}`);
  if (!isProfileId(values.profile)) throw new CliInputError(`unknown --profile ${JSON.stringify(values.profile)}; one of ${PROFILE_IDS.join(', ')}`);
  const chainId = parseChainOption(values.chain);
  const snapshot = loadSnapshot();
  const ranking = rankTokens({
    profile: PROFILES[values.profile],
    candidates: buildCandidates(snapshot, NO_LIVE_DATA, chainId),
    now: new Date(),
    settings: effectiveThresholds(DEFAULT_SETTINGS),
    chainId,
    asOf: snapshot.asOf,
  });
  if (values.json)
    io.stdout.write(
      `${JSON.stringify(
        ranking.tokens.map((t) => ({ id: t.id, symbol: t.symbol, kind: t.kind, score: t.score, reasons: t.reasons, rank: t.rank, name: t.name, limits: t.limits, limitChecks: t.limitChecks, breakdown: t.breakdown })),
        null,
        2,
      )}\n`,
    );
  else io.stdout.write(rankingText(ranking));
  return 0;
}
