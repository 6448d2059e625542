/**
 * Turns an untrusted EIP-1193 request (from a page, stdin, …) into a typed request, or a typed error. Never throws.
 * Accepts the shapes dApps really send: `input` for `data`, hex or decimal `value`, missing `value`, mixed-case hex,
 * `chainId` in the transaction as hex or number, typed data as a JSON string or an object.
 * EIP-1193: https://eips.ethereum.org/EIPS/eip-1193 · EIP-5792 (`wallet_sendCalls`): https://eips.ethereum.org/EIPS/eip-5792
 */
import { readChainId } from './chain-id';
import {
  InvalidAddressError,
  InvalidChainIdError,
  InvalidHexError,
  InvalidRequestShapeError,
  InvalidTypedDataError,
  RequestParseError,
  UnsupportedMethodError,
} from './errors';
import { walletAddress } from './wallet-address';
import type { LowerAddress, ParseResult, ParsedCall, ParsedRequest, ParsedTypedData } from './types';

const ADDRESS = /^0x[0-9a-fA-F]{40}$/;
const DATA = /^0x(?:[0-9a-fA-F]{2})*$/;
const HEX_QUANTITY = /^0x[0-9a-fA-F]*$/;
const DECIMAL = /^[0-9]+$/;
/** Calldata beyond this is not a wallet request anyone can sign in practice; refusing it bounds the work. */
const MAX_DATA_CHARS = 2 * 1024 * 1024;
const MAX_CALLS = 256;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function parseAddress(value: unknown, field: string): LowerAddress {
  if (typeof value !== 'string' || !ADDRESS.test(value)) throw new InvalidAddressError(field);
  return value.toLowerCase() as LowerAddress;
}

/** A transaction's `to`, read as the wallet reads it (`0X…` and bare hex included, see `walletAddress`). */
function parseTo(value: unknown, field: string, notes: string[]): LowerAddress {
  const address = walletAddress(value);
  if (!address) throw new InvalidAddressError(field);
  if (!ADDRESS.test(value as string)) notes.push(`${field} is written ${JSON.stringify(value).slice(0, 60)}; wallets read it as ${address} and send there`);
  return address;
}

function parseData(value: unknown, field: string): `0x${string}` {
  if (value === undefined || value === null) return '0x';
  if (typeof value !== 'string' || value.length > MAX_DATA_CHARS || !DATA.test(value)) throw new InvalidHexError(field);
  return value as `0x${string}`;
}

/**
 * A transaction's `value` as the wallet reads it. MetaMask normalises it with `addHexPrefix(value)`: a decimal string
 * "1000000000000000000" becomes 0x1000000000000000000, 4,722 ETH, not 1 ETH. That reading wins (it is what would
 * leave the wallet), and the disagreement is noted so the person sees it.
 */
function parseValue(value: unknown, field: string, notes: string[]): bigint {
  if (typeof value === 'string' && DECIMAL.test(value) && value.length <= 64) {
    const asHex = BigInt('0x' + value);
    if (asHex !== BigInt(value)) notes.push(`${field} "${value}" is written in decimal; wallets that read hex (MetaMask) send ${asHex} wei, not ${value}`);
    return asHex;
  }
  return parseQuantity(value, field);
}

/** A quantity as dApps send it: `0x`-hex string, decimal string, or a non-negative safe integer. */
function parseQuantity(value: unknown, field: string): bigint {
  if (value === undefined || value === null) return 0n;
  if (typeof value === 'number') {
    if (!Number.isSafeInteger(value) || value < 0) throw new InvalidHexError(field);
    return BigInt(value);
  }
  if (typeof value !== 'string' || value.length > 80) throw new InvalidHexError(field);
  if (HEX_QUANTITY.test(value)) return value.length === 2 ? 0n : BigInt(value);
  if (DECIMAL.test(value)) return BigInt(value);
  throw new InvalidHexError(field);
}

/** Chain ids arrive as `0x1`, `"1"` or `1` (lib/requests/chain-id.ts); anything else is refused. */
export function parseChainId(value: unknown, field = 'chainId'): number | null {
  if (value === undefined || value === null) return null;
  const id = readChainId(value);
  if (id === null) throw new InvalidChainIdError(field);
  return id;
}

function parseCall(value: unknown, field: string): ParsedCall {
  if (!isRecord(value)) throw new InvalidRequestShapeError('transaction must be an object', { details: field });
  const notes: string[] = [];
  const to = value.to === undefined || value.to === null ? null : parseTo(value.to, `${field}.to`, notes);
  // Some dApps (and ethers v6) send `input`; when both are present `data` wins, as in most wallets.
  const data = parseData(value.data ?? value.input, `${field}.data`);
  const amount = parseValue(value.value, `${field}.value`, notes);
  return notes.length > 0 ? { to, data, value: amount, notes } : { to, data, value: amount };
}

function parseTypedData(value: unknown): ParsedTypedData {
  let raw: unknown = value;
  if (typeof value === 'string') {
    if (value.length > MAX_DATA_CHARS) throw new InvalidTypedDataError('typed data too large');
    try {
      raw = JSON.parse(value);
    } catch (cause) {
      throw new InvalidTypedDataError('typed data is not JSON', { cause });
    }
  }
  if (!isRecord(raw)) throw new InvalidTypedDataError('typed data must be an object');
  const { domain, message, primaryType, types } = raw;
  if (!isRecord(message)) throw new InvalidTypedDataError('typed data has no message');
  if (typeof primaryType !== 'string') throw new InvalidTypedDataError('typed data has no primaryType');
  if (domain !== undefined && !isRecord(domain)) throw new InvalidTypedDataError('typed data domain must be an object');
  const parsedTypes: Record<string, { name: string; type: string }[]> = {};
  if (isRecord(types)) {
    for (const [name, fields] of Object.entries(types)) {
      if (!Array.isArray(fields)) continue;
      parsedTypes[name] = fields.filter(
        (f): f is { name: string; type: string } => isRecord(f) && typeof f.name === 'string' && typeof f.type === 'string',
      );
    }
  }
  return {
    primaryType,
    domain: {
      chainId: parseChainId(domain?.chainId, 'domain.chainId'),
      verifyingContract: domain?.verifyingContract == null ? null : parseAddress(domain.verifyingContract, 'domain.verifyingContract'),
      name: typeof domain?.name === 'string' ? domain.name : null,
    },
    message,
    types: parsedTypes,
  };
}

function parse(untrusted: unknown): ParsedRequest {
  if (!isRecord(untrusted)) throw new InvalidRequestShapeError('request must be an object');
  const { method, params } = untrusted;
  if (typeof method !== 'string') throw new InvalidRequestShapeError('request has no method');
  switch (method) {
    case 'eth_sendTransaction':
    case 'eth_signTransaction': {
      if (!Array.isArray(params) || params.length < 1) throw new InvalidRequestShapeError('params must be a non-empty array');
      const tx = params[0];
      const call = parseCall(tx, 'params[0]');
      return { method, chainId: parseChainId((tx as Record<string, unknown>).chainId, 'params[0].chainId'), calls: [call] };
    }
    case 'wallet_sendCalls': {
      if (!Array.isArray(params) || !isRecord(params[0])) throw new InvalidRequestShapeError('params must be [{ calls }]');
      const bundle = params[0];
      if (!Array.isArray(bundle.calls) || bundle.calls.length > MAX_CALLS) throw new InvalidRequestShapeError('calls must be an array');
      const calls = bundle.calls.map((call: unknown, i: number) => parseCall(call, `params[0].calls[${i}]`));
      return { method, chainId: parseChainId(bundle.chainId, 'params[0].chainId'), calls };
    }
    case 'eth_signTypedData_v3':
    case 'eth_signTypedData_v4': {
      if (!Array.isArray(params) || params.length < 2) throw new InvalidRequestShapeError('params must be [address, typedData]');
      // The spec order is [address, data]; a few dApps send [data, address]. The address is the one that is not typed data.
      const [first, second] = params;
      const signer = [first, second].find((p): p is string => typeof p === 'string' && ADDRESS.test(p));
      const typedData = parseTypedData(typeof first === 'string' && ADDRESS.test(first) ? second : first);
      if (signer) typedData.signer = signer.toLowerCase() as `0x${string}`;
      return { method, chainId: typedData.domain.chainId, typedData };
    }
    default:
      throw new UnsupportedMethodError(method);
  }
}

export function parseRequest(untrusted: unknown): ParseResult {
  try {
    return { ok: true, request: parse(untrusted) };
  } catch (error) {
    if (error instanceof RequestParseError) return { ok: false, error };
    // Anything else (a getter on a hostile object throwing, a stack overflow) is still a refusal, never a crash.
    return { ok: false, error: new InvalidRequestShapeError('request could not be read', { cause: error }) };
  }
}
