/**
 * `lrt-advisor inspect [--chain N] [--json]`: one EIP-1193 request on stdin → its restaking intents.
 * Chain: from the request where it carries one, else `--chain`, else 1. Exit 0 (also when there is no intent),
 * 2 on malformed input with one line on stderr.
 */
import { parseArgs } from 'node:util';
import { describeIntent } from '../../detect/describe-intent';
import { detectParsed } from '../../detect/detect';
import { parseChainId, parseRequest } from '../../requests/parse-request';
import { CliInputError } from '../errors';
import { readAll, type CliIo } from '../io';
import { combineVerdicts, verdictLines } from '../verdict-output';
import { judgeIntent } from '../../worker/judge-intent';
import { loadSnapshot } from '../../snapshot/load-snapshot';
import { NO_LIVE_DATA } from '../../report/live-data';
import { effectiveThresholds, DEFAULT_SETTINGS } from '../../settings/settings';

export const usage = 'lrt-advisor inspect [--chain N] [--json]   (reads one EIP-1193 request {"method","params"} on stdin)';

export async function inspect(args: readonly string[], io: CliIo): Promise<number> {
  let values: { chain?: string; json?: boolean };
  try {
    ({ values } = parseArgs({ args: [...args], options: { chain: { type: 'string' }, json: { type: 'boolean' } }, strict: true }));
  } catch (cause) {
    throw new CliInputError(`${(cause as Error).message}; usage: ${usage}`);
  }
  let fallbackChain = 1;
  if (values.chain !== undefined) {
    let chain: number | null = null;
    try {
      chain = parseChainId(values.chain, '--chain');
    } catch {
      chain = null;
    }
    if (chain === null) throw new CliInputError(`invalid --chain: ${JSON.stringify(values.chain)}`);
    fallbackChain = chain;
  }

  let input: unknown;
  try {
    input = JSON.parse(await readAll(io.stdin));
  } catch {
    throw new CliInputError('input is not JSON');
  }
  const parsed = parseRequest(input);
  if (!parsed.ok) throw new CliInputError(parsed.error.message);

  const chainId = parsed.request.chainId ?? fallbackChain;
  const intents = detectParsed(chainId, parsed.request);
  // The same verdict the warning shows, from the bundled snapshot (the CLI reads no network).
  const ctx = { snapshot: loadSnapshot(), live: NO_LIVE_DATA, now: new Date(), settings: effectiveThresholds(DEFAULT_SETTINGS) };
  const verdicts = intents.map((intent) => judgeIntent(ctx, intent, input as { method: string; params: unknown }).verdict);
  const verdict = combineVerdicts(verdicts);
  if (values.json) {
    // `verdicts[i]` judges `intents[i]`; `verdict` is the request as a whole (the worst of them).
    const perIntent = verdicts.map((v) => combineVerdicts([v]));
    io.stdout.write(`${JSON.stringify({ chainId, method: parsed.request.method, intents, verdicts: perIntent, verdict }, null, 2)}\n`);
  } else if (intents.length === 0) {
    io.stdout.write(`No restaking intent (${parsed.request.method} on chain ${chainId}).\n`);
  } else {
    intents.forEach((intent, i) => {
      io.stdout.write(`${describeIntent(intent)}\n`);
      io.stdout.write(`${verdictLines(combineVerdicts([verdicts[i]!])).join('\n')}\n`);
    });
    io.stdout.write(`Data: bundled snapshot ${ctx.snapshot.asOf} (no live sources read).\n`);
  }
  return 0;
}
