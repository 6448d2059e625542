import {
  decodeErrorResult,
  decodeFunctionResult,
  encodeFunctionData,
  type Abi,
  type Address,
  type Chain,
  type Client,
  type ContractFunctionArgs,
  type ContractFunctionName,
  type ContractFunctionReturnType,
  type EncodeFunctionDataParameters,
  type Hex,
  type Transport,
} from 'viem';
import { multicall3Abi } from './abis.ts';
import {
  BadReturnDataError,
  CallRevertedError,
  ChainMismatchError,
  type OnchainError,
  toOnchainError,
  UnknownChainError,
} from './errors.ts';

/** One encoded read, plus the label its fact will carry (`<Contract>.<function>`). */
export interface RawCall {
  target: Address;
  callData: Hex;
  label: string;
}

export type RawResult = { ok: true; data: Hex } | { ok: false; error: OnchainError };

export interface BlockContext {
  number: bigint;
  timestamp: bigint;
  chainId: number;
}

export interface Aggregate3Result {
  results: RawResult[];
  /** From Multicall3 in the same call, so every result is from this block. Null when the call itself failed. */
  block: BlockContext | null;
  /** eth_calls sent (one unless the batch exceeded `maxCallsPerMulticall`). */
  multicalls: number;
  /**
   * Set when the multicall itself failed — transport, timeout, wrong chain, or Multicall3 missing or answering
   * garbage — as opposed to individual reads failing inside a good answer.
   */
  callError: OnchainError | null;
}

export interface Aggregate3Options {
  signal?: AbortSignal;
  /** A public node caps eth_call gas (commonly 50M); thousands of reads are split into several multicalls. */
  maxCallsPerMulticall?: number;
}

/** Encodes one typed read. The ABI, name and args are checked by viem's types. */
export function encodeRead<
  const abi extends Abi,
  functionName extends ContractFunctionName<abi, 'view' | 'pure'>,
  args extends ContractFunctionArgs<abi, 'view' | 'pure', functionName>,
>(target: Address, label: string, params: { abi: abi; functionName: functionName; args?: args }): RawCall {
  const callData = encodeFunctionData(params as unknown as EncodeFunctionDataParameters);
  return { target, callData, label };
}

/** Decodes one result with the ABI it was encoded with; a revert or bad bytes becomes an error value, never a throw. */
export function decodeRead<
  const abi extends Abi,
  functionName extends ContractFunctionName<abi, 'view' | 'pure'>,
>(
  raw: RawResult | undefined,
  params: { abi: abi; functionName: functionName },
):
  | { ok: true; value: ContractFunctionReturnType<abi, 'view' | 'pure', functionName> }
  | { ok: false; error: OnchainError } {
  if (!raw) return { ok: false, error: new BadReturnDataError({ details: 'missing result' }) };
  if (!raw.ok) return raw;
  if (raw.data === '0x')
    return { ok: false, error: new BadReturnDataError({ details: 'empty return data (no contract at address?)' }) };
  try {
    const value = decodeFunctionResult({ abi: params.abi, functionName: params.functionName, data: raw.data } as never);
    return { ok: true, value: value as ContractFunctionReturnType<abi, 'view' | 'pure', functionName> };
  } catch (cause) {
    return { ok: false, error: new BadReturnDataError({ details: `${String(params.functionName)} did not decode`, cause }) };
  }
}

const errorStringAbi = [{ type: 'error', name: 'Error', inputs: [{ name: 'message', type: 'string' }] }] as const;

function revertError(data: Hex): OnchainError {
  if (data === '0x') return new CallRevertedError({ details: 'no reason' });
  try {
    const decoded = decodeErrorResult({ abi: errorStringAbi, data });
    return new CallRevertedError({ details: String(decoded.args[0]).slice(0, 120) });
  } catch {
    return new CallRevertedError({ details: `data ${data.slice(0, 10)}` });
  }
}

/**
 * Sends reads as one Multicall3 `aggregate3` eth_call with `allowFailure: true`, so one broken contract costs one
 * fact, not the batch. The block number, timestamp and chain id are read in the same call: every fact of a round
 * shares a block, and an override pointing at the wrong chain is caught without an extra round trip.
 * Never throws: a failed transport fails every read of the batch with the same error.
 */
export async function aggregate3(
  client: Client<Transport, Chain | undefined>,
  calls: readonly RawCall[],
  options: Aggregate3Options = {},
): Promise<Aggregate3Result> {
  const multicall = client.chain?.contracts?.multicall3?.address;
  const expectedChainId = client.chain?.id;
  if (!multicall || expectedChainId === undefined) {
    const error = new UnknownChainError({ details: 'client has no chain with a multicall3 address' });
    return { results: calls.map(() => ({ ok: false, error })), block: null, multicalls: 0, callError: error };
  }
  if (calls.length === 0) return { results: [], block: null, multicalls: 0, callError: null };
  const max = options.maxCallsPerMulticall ?? 1000;
  const chunks: RawCall[][] = [];
  for (let i = 0; i < calls.length; i += max) chunks.push(calls.slice(i, i + max));

  const contextCalls: RawCall[] = [
    encodeRead(multicall, 'Multicall3.getBlockNumber', { abi: multicall3Abi, functionName: 'getBlockNumber' }),
    encodeRead(multicall, 'Multicall3.getCurrentBlockTimestamp', {
      abi: multicall3Abi,
      functionName: 'getCurrentBlockTimestamp',
    }),
    encodeRead(multicall, 'Multicall3.getChainId', { abi: multicall3Abi, functionName: 'getChainId' }),
  ];

  const results: RawResult[] = [];
  let block: BlockContext | null = null;
  let multicalls = 0;
  let callError: OnchainError | null = null;
  // Chunks go out one after the other: they are rare, and in parallel they would defeat the concurrency cap's purpose.
  for (const chunk of chunks) {
    const withContext = [...chunk, ...contextCalls];
    const data = encodeFunctionData({
      abi: multicall3Abi,
      functionName: 'aggregate3',
      args: [withContext.map((c) => ({ target: c.target, allowFailure: true, callData: c.callData }))],
    });
    multicalls++;
    let returned: Hex;
    try {
      returned = (await client.request(
        { method: 'eth_call', params: [{ to: multicall, data }, 'latest'] },
        { signal: options.signal } as never,
      )) as Hex;
    } catch (err) {
      const error = toOnchainError(err, options.signal);
      callError ??= error;
      for (const _ of chunk) results.push({ ok: false, error });
      continue;
    }
    let decoded: readonly { success: boolean; returnData: Hex }[];
    try {
      decoded = decodeFunctionResult({ abi: multicall3Abi, functionName: 'aggregate3', data: returned });
      if (decoded.length !== withContext.length) throw new Error(`expected ${withContext.length} results, got ${decoded.length}`);
    } catch (cause) {
      const error = new BadReturnDataError({ details: 'Multicall3.aggregate3 did not decode', cause });
      callError ??= error;
      for (const _ of chunk) results.push({ ok: false, error });
      continue;
    }
    const context = decoded.slice(chunk.length).map((r) => (r.success ? { ok: true as const, data: r.returnData } : { ok: false as const, error: revertError(r.returnData) }));
    const number = decodeRead(context[0], { abi: multicall3Abi, functionName: 'getBlockNumber' });
    const timestamp = decodeRead(context[1], { abi: multicall3Abi, functionName: 'getCurrentBlockTimestamp' });
    const chainId = decodeRead(context[2], { abi: multicall3Abi, functionName: 'getChainId' });
    if (chainId.ok && Number(chainId.value) !== expectedChainId) {
      const error = new ChainMismatchError({ details: `expected ${expectedChainId}, endpoint is ${chainId.value}` });
      callError ??= error;
      for (const _ of chunk) results.push({ ok: false, error });
      continue;
    }
    if (number.ok && timestamp.ok && chainId.ok && !block)
      block = { number: number.value, timestamp: timestamp.value, chainId: Number(chainId.value) };
    for (const r of decoded.slice(0, chunk.length))
      results.push(r.success ? { ok: true, data: r.returnData } : { ok: false, error: revertError(r.returnData) });
  }
  return { results, block, multicalls, callError };
}
