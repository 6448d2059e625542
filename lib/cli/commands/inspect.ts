/**
 * `lrt-advisor inspect [--chain N] [--json]`: one EIP-1193 request on stdin → its restaking intents. Typed data
 * pasted on its own (`{types, domain, primaryType, message}`, e.g. a Safe owner's SafeTx) is read as the
 * `eth_signTypedData_v4` request that carries it.
 * `--lines`: one request per line, one compact JSON result per line (`{"error"}` for a malformed one, then exit 2).
 * Chain: from the request where it carries one, else `--chain`, else 1. Exit 0 for every well-formed request, also
 * one that carries no transaction (`eth_chainId`, `eth_call`, `personal_sign`…: no intent); 2 on malformed input
 * with one line on stderr.
 */
import { parseArgs } from 'node:util';
import { describeIntent } from '../../detect/describe-intent';
import { detectParsed } from '../../detect/detect';
import { parseChainId, parseRequest } from '../../requests/parse-request';
import { UnsupportedMethodError } from '../../requests/errors';
import { CliInputError } from '../errors';
import { readAll, type CliIo } from '../io';
import { combineVerdicts, verdictLines } from '../verdict-output';
import { judgeIntent } from '../../worker/judge-intent';
import { loadSnapshot } from '../../snapshot/load-snapshot';
import { NO_LIVE_DATA } from '../../report/live-data';
import { effectiveThresholds } from '../../settings/effective-thresholds';
import { DEFAULT_SETTINGS } from '../../settings/settings';

export const usage =
  'lrt-advisor inspect [--chain N] [--json | --lines]   (reads one EIP-1193 request {"method","params"}, or EIP-712 typed data, on stdin; --lines: one per line, one JSON result per line)';

/** EIP-1193: `{ method: string, params?: unknown[] | object }`. */
const METHOD = /^[A-Za-z][A-Za-z0-9_]{0,99}$/;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A well-formed request for a method that carries no transaction or typed data: nothing to detect, not an error. */
function isOtherRequest(input: unknown): input is { method: string } {
  if (!isRecord(input) || typeof input.method !== 'string' || !METHOD.test(input.method)) return false;
  return input.params === undefined || Array.isArray(input.params) || isRecord(input.params);
}

/** EIP-712 typed data pasted without the request around it, as a Safe owner copies a SafeTx. */
function asRequest(input: unknown): unknown {
  if (isRecord(input) && input.method === undefined && typeof input.primaryType === 'string' && isRecord(input.message)) {
    return { method: 'eth_signTypedData_v4', params: ['0x0000000000000000000000000000000000000000', input] };
  }
  return input;
}

type InspectContext = Parameters<typeof judgeIntent>[0];

/** One request's text → its intents and verdicts; CliInputError when it is malformed. */
function inspectOne(text: string, fallbackChain: number, ctx: InspectContext) {
  let input: unknown;
  try {
    input = asRequest(JSON.parse(text));
  } catch {
    throw new CliInputError('input is not JSON');
  }
  const parsed = parseRequest(input);
  if (!parsed.ok && !(parsed.error instanceof UnsupportedMethodError && isOtherRequest(input))) throw new CliInputError(parsed.error.message);

  const method = parsed.ok ? parsed.request.method : (input as { method: string }).method;
  const chainId = (parsed.ok ? parsed.request.chainId : null) ?? fallbackChain;
  const intents = parsed.ok ? detectParsed(chainId, parsed.request) : [];
  // The same verdict the warning shows, from the bundled snapshot (the CLI reads no network).
  const verdicts = intents.map((intent) => judgeIntent(ctx, intent, input as { method: string; params: unknown }).verdict);
  // `verdicts[i]` judges `intents[i]`; `verdict` is the request as a whole (the worst of them).
  return { chainId, method, intents, verdicts: verdicts.map((v) => combineVerdicts([v])), verdict: combineVerdicts(verdicts) };
}

export async function inspect(args: readonly string[], io: CliIo): Promise<number> {
  let values: { chain?: string; json?: boolean; lines?: boolean };
  try {
    ({ values } = parseArgs({ args: [...args], options: { chain: { type: 'string' }, json: { type: 'boolean' }, lines: { type: 'boolean' } }, strict: true }));
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

  const ctx: InspectContext = { snapshot: loadSnapshot(), live: NO_LIVE_DATA, now: new Date(), settings: effectiveThresholds(DEFAULT_SETTINGS) };
  let text: string;
  try {
    text = await readAll(io.stdin);
  } catch {
    throw new CliInputError('input is not JSON');
  }
  if (values.lines) {
    // One request per line, one compact JSON result (or {"error"}) per line: a script inspects many with one start.
    let failed = false;
    for (const line of text.split('\n')) {
      if (!line.trim()) continue;
      try {
        io.stdout.write(`${JSON.stringify(inspectOne(line, fallbackChain, ctx))}\n`);
      } catch (error) {
        if (!(error instanceof CliInputError)) throw error;
        failed = true;
        io.stdout.write(`${JSON.stringify({ error: error.message })}\n`);
      }
    }
    return failed ? 2 : 0;
  }
  const { chainId, method, intents, verdict, verdicts } = inspectOne(text, fallbackChain, ctx);
  if (values.json) {
    io.stdout.write(`${JSON.stringify({ chainId, method, intents, verdicts, verdict }, null, 2)}\n`);
  } else if (intents.length === 0) {
    io.stdout.write(`No restaking intent (${method} on chain ${chainId}).\n`);
  } else {
    intents.forEach((intent, i) => {
      io.stdout.write(`${describeIntent(intent)}\n`);
      io.stdout.write(`${verdictLines(verdicts[i]!).join('\n')}\n`);
    });
    io.stdout.write(`Data: bundled snapshot ${ctx.snapshot.asOf} (no live sources read).\n`);
  }
  return 0;
}
