/**
 * Restaking calls made through a Safe multisig, so a deposit co-signed by Safe owners is warned like a direct one:
 * - `execTransaction(to, value, data, operation, …)` sent to a Safe (the last owner executes, or a Safe owns a Safe);
 * - `SafeTx` EIP-712 typed data, which each owner signs in the Safe web app (`eth_signTypedData_v4`);
 * - `multiSend(bytes)` batches, delegatecalled to Safe's MultiSend / MultiSendCallOnly, whose calls are packed in
 *   one `bytes` argument.
 * Safe contracts: https://github.com/safe-global/safe-smart-account (Safe.sol `execTransaction`, `SAFE_TX_TYPEHASH`;
 * libraries/MultiSend.sol for the packed encoding). Every intent found says which Safe and batch it went through.
 */
import { decodeAbiParameters, getAddress, parseAbiParameters } from 'viem';
import type { ParsedCall, ParsedTypedData } from '../requests/types';
import { detectCall } from './detect-call';
import type { Intent, SafeRoute } from './intent';
import { multiSendAt } from './safe-deployments';

/** `execTransaction(address,uint256,bytes,uint8,uint256,uint256,uint256,address,address,bytes)` */
export const EXEC_TRANSACTION = '0x6a761202';
/** `multiSend(bytes)` */
export const MULTI_SEND = '0x8d80ff0a';

const EXEC_PARAMS = parseAbiParameters(
  'address to, uint256 value, bytes data, uint8 operation, uint256 safeTxGas, uint256 baseGas, uint256 gasPrice, address gasToken, address refundReceiver, bytes signatures',
);
const BYTES_PARAM = parseAbiParameters('bytes transactions');
const ADDRESS = /^0x[0-9a-fA-F]{40}$/;
const DATA = /^0x(?:[0-9a-fA-F]{2})*$/;
/** Safes owning Safes owning batches: deeper nesting is not something people sign, and it bounds the work. */
const MAX_DEPTH = 4;
const MAX_BATCH = 64;

/** One hop on the way to a call: its note (for details and `--json`) and, for a Safe or a batch, what it is. */
interface Hop {
  note: string;
  safe?: { kind: SafeRoute['kind']; address: `0x${string}` | null };
  batch?: true;
}

interface RoutedCall {
  call: ParsedCall;
  route: Hop[];
}

type Operation = 0 | 1;

/** A step the Safe runs: a call (0) or a delegatecall (1), which only a known MultiSend may receive. */
function routeStep(chainId: number, call: ParsedCall, operation: Operation, route: Hop[], depth: number): RoutedCall[] {
  if (operation === 0) return routeCall(chainId, call, route, depth);
  const batch = call.to ? multiSendAt(chainId, call.to) : undefined;
  if (!batch || call.data.slice(0, 10).toLowerCase() !== MULTI_SEND) return [];
  return multiSendCalls(chainId, call, `${batch.contract} ${batch.version}`, batch.contract === 'MultiSend', route, depth);
}

/** MultiSend's packed transactions: operation (1 byte), to (20), value (32), data length (32), data. */
function multiSendCalls(chainId: number, call: ParsedCall, name: string, allowDelegate: boolean, route: Hop[], depth: number): RoutedCall[] {
  let packed: string;
  try {
    [packed] = decodeAbiParameters(BYTES_PARAM, `0x${call.data.slice(10)}`) as [string];
  } catch {
    return [];
  }
  const hex = packed.slice(2);
  const steps: { operation: Operation; call: ParsedCall }[] = [];
  let at = 0;
  while (at < hex.length && steps.length < MAX_BATCH) {
    if (at + (1 + 20 + 32 + 32) * 2 > hex.length) return [];
    const operation = Number.parseInt(hex.slice(at, at + 2), 16);
    const to = `0x${hex.slice(at + 2, at + 42).toLowerCase()}` as const;
    const value = BigInt(`0x${hex.slice(at + 42, at + 106)}`);
    const length = Number(BigInt(`0x${hex.slice(at + 106, at + 170)}`));
    const start = at + 170;
    if (length * 2 > hex.length - start || (operation !== 0 && operation !== 1)) return [];
    steps.push({ operation: operation as Operation, call: { to, value, data: `0x${hex.slice(start, start + length * 2)}` } });
    at = start + length * 2;
  }
  const intents: RoutedCall[] = [];
  steps.forEach((step, i) => {
    if (step.operation === 1 && !allowDelegate) return;
    const where = `call ${i + 1} of ${steps.length} in a Safe ${name} batch`;
    intents.push(...routeStep(chainId, step.call, step.operation, [...route, { note: where, batch: true }], depth + 1));
  });
  return intents;
}

/** A call as sent: unwrapped when it is a Safe's `execTransaction`, else itself. */
function routeCall(chainId: number, call: ParsedCall, route: Hop[], depth: number): RoutedCall[] {
  if (depth > MAX_DEPTH || call.to === null || call.data.slice(0, 10).toLowerCase() !== EXEC_TRANSACTION) return [{ call, route }];
  let args: readonly unknown[];
  try {
    args = decodeAbiParameters(EXEC_PARAMS, `0x${call.data.slice(10)}`);
  } catch {
    return [{ call, route }];
  }
  const [to, value, data, operation] = args as [string, bigint, `0x${string}`, number];
  if (operation !== 0 && operation !== 1) return [];
  const inner: ParsedCall = { to: to.toLowerCase() as `0x${string}`, value, data };
  const safe = getAddress(call.to);
  return routeStep(chainId, inner, operation, [...route, { note: `through Safe ${safe} (execTransaction)`, safe: { kind: 'safe-execution', address: safe } }], depth + 1);
}

/** The notes of the route, and in plain terms the Safe the person acts for (the outermost) and whether a batch carries it. */
function withRoute(intents: Intent[], route: Hop[]): Intent[] {
  if (route.length === 0) return intents;
  const outer = route.find((hop) => hop.safe)?.safe;
  const via: SafeRoute | undefined = outer && { kind: outer.kind, safe: outer.address, batch: route.some((hop) => hop.batch) };
  return intents.map((intent) => ({ ...intent, ...(via ? { via } : {}), notes: [...route.map((hop) => hop.note), ...(intent.notes ?? [])] }));
}

/** Intents of a call, looking through Safe `execTransaction` and MultiSend batches. */
export function detectSafeCall(chainId: number, call: ParsedCall): Intent[] {
  return routeCall(chainId, call, [], 0).flatMap(({ call: inner, route }) => withRoute(detectCall(chainId, inner), route));
}

function asUint(value: unknown): bigint | null {
  if (typeof value === 'number') return Number.isSafeInteger(value) && value >= 0 ? BigInt(value) : null;
  if (typeof value === 'string' && value.length <= 80 && /^(0x[0-9a-fA-F]+|[0-9]+)$/.test(value)) return BigInt(value);
  return null;
}

/**
 * `SafeTx` typed data (Safe.sol `SAFE_TX_TYPEHASH`): the owner signs the Safe's next transaction, which runs once
 * enough owners have signed. `null` when the typed data is not a SafeTx.
 */
export function detectSafeTx(chainId: number, typedData: ParsedTypedData): Intent[] | null {
  if (typedData.primaryType !== 'SafeTx') return null;
  const { message, domain } = typedData;
  const to = typeof message.to === 'string' && ADDRESS.test(message.to) ? (message.to.toLowerCase() as `0x${string}`) : null;
  const data = message.data === undefined || message.data === null || message.data === '' ? '0x' : message.data;
  const value = asUint(message.value ?? 0);
  const operation = asUint(message.operation ?? 0);
  if (!to || typeof data !== 'string' || !DATA.test(data) || value === null || (operation !== 0n && operation !== 1n)) return [];
  const safe = domain.verifyingContract ? getAddress(domain.verifyingContract) : null;
  const nonce = asUint(message.nonce);
  const note = `SafeTx for Safe ${safe ?? 'an unnamed Safe'}${nonce === null ? '' : ` (nonce ${nonce})`}: runs once enough owners sign`;
  const route: Hop[] = [{ note, safe: { kind: 'safe-signature', address: safe } }];
  const call: ParsedCall = { to, value, data: data as `0x${string}` };
  return routeStep(chainId, call, Number(operation) as Operation, route, 1).flatMap(({ call: inner, route: r }) => withRoute(detectCall(chainId, inner), r));
}
