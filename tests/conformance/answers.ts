/**
 * What every conformance wallet answers, from fixed data: the chain, accounts, blocks, balances, calls (Multicall3
 * included), fees, nonces, sent transactions, EIP-5792 calls, and the errors a wallet raises for the addresses in
 * `constants.ts`. Answers depend only on the request, never on call order, so a page run with and without the
 * extension gets the same answers even when the extension adds or cancels a call. It signs nothing. The stand-in
 * wallet (`wallet.ts`) and the real wallets' backgrounds (`metamask-wallet.ts`, `frame-wallet.ts`) all answer from
 * here; each turns a `ProviderRpcError` into its own wallet's error shape.
 */
import { decodeFunctionData, encodeFunctionResult, multicall3Abi, type Hex } from 'viem';
import { INVALID_ADDRESS, REJECT_ADDRESS, REVERT_ADDRESS } from './constants';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export interface WalletLogEntry {
  wallet: string;
  via: 'request' | 'send' | 'sendAsync' | 'content-script' | 'background';
  method: string;
  params: unknown;
  result?: unknown;
  error?: { code: number; message: string };
}

/** The shape of the error objects real wallets reject with (MetaMask's `JsonRpcError`: an Error with code and data). */
export class ProviderRpcError extends Error {
  code: number;
  data?: unknown;
  constructor(code: number, message: string, data?: unknown) {
    super(message);
    this.code = code;
    if (data !== undefined) this.data = data;
  }
}

export const SIGNING = new Set(['eth_sendTransaction', 'wallet_sendCalls', 'eth_signTypedData_v3', 'eth_signTypedData_v4', 'personal_sign', 'wallet_sendTransaction']);

/** A 32-bit FNV-1a, widened: a stable stand-in for hashes and signatures derived from the request alone. */
export function digest(text: string, bytes: number, salt = 0): string {
  let out = '';
  for (let k = 0; out.length < bytes * 2; k++) {
    let h = (0x811c9dc5 ^ Math.imul(k + 1 + salt, 0x9e3779b9)) >>> 0;
    for (let i = 0; i < text.length; i++) {
      h ^= text.charCodeAt(i);
      h = Math.imul(h, 0x01000193);
    }
    out += (h >>> 0).toString(16).padStart(8, '0');
  }
  return '0x' + out.slice(0, bytes * 2);
}

export const json = (value: unknown) => JSON.stringify(value ?? null);
const lower = (v: unknown) => (typeof v === 'string' ? v.toLowerCase() : v);
export const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
/** `Error(string)` revert data for "not allowed". */
const REVERT_DATA =
  '0x08c379a0' + '0000000000000000000000000000000000000000000000000000000000000020' + '000000000000000000000000000000000000000000000000000000000000000b' + '6e6f7420616c6c6f776564000000000000000000000000000000000000000000';
const BLOCK_NUMBER = 0x1500000;

export interface WalletState {
  chainId: string;
  accounts: string[];
  sent: Map<string, Record<string, unknown>>;
  /**
   * A lenient wallet (`?lenient=1`) takes `params` as a JSON string or a bare object, and prefers `input` over
   * `data` when both are set (geth's rule): what a decoder must not be confused by. Strict (default) is MetaMask's
   * behaviour: params must be an array or object, and `eth_sendTransaction` wants `[tx]`.
   */
  lenient: boolean;
}

function invalidParams(reason: string, field: string): ProviderRpcError {
  return new ProviderRpcError(-32602, `Invalid parameters: ${reason}`, { field, reason });
}

function transaction(params: unknown, state: WalletState): Record<string, unknown> {
  if (!Array.isArray(params) || !isRecord(params[0])) throw invalidParams('expected [transaction]', 'params');
  const tx = state.lenient && typeof params[0].input === 'string' ? { ...params[0], data: params[0].input } : params[0];
  if (typeof tx.from !== 'string' || !state.accounts.some((a) => a.toLowerCase() === lower(tx.from))) throw invalidParams('from must be the connected account', 'from');
  if (lower(tx.to) === INVALID_ADDRESS.toLowerCase()) throw invalidParams('the recipient is not allowed', 'to');
  if (lower(tx.to) === REJECT_ADDRESS.toLowerCase()) throw new ProviderRpcError(4001, 'User rejected the request.');
  return tx;
}

function block(number: number): Record<string, Json> {
  const hash = digest('block' + number, 32);
  return {
    number: '0x' + number.toString(16),
    hash,
    parentHash: digest('block' + (number - 1), 32),
    timestamp: '0x68000000',
    nonce: '0x0000000000000000',
    difficulty: '0x0',
    gasLimit: '0x1c9c380',
    gasUsed: '0x0',
    miner: '0x0000000000000000000000000000000000000000',
    extraData: '0x',
    baseFeePerGas: '0x3b9aca00',
    logsBloom: '0x' + '00'.repeat(256),
    transactions: [],
    transactionsRoot: digest('tx-root' + number, 32),
    stateRoot: digest('state' + number, 32),
    receiptsRoot: digest('receipts' + number, 32),
    sha3Uncles: digest('uncles', 32),
    size: '0x220',
    totalDifficulty: '0x0',
    uncles: [],
    mixHash: digest('mix' + number, 32),
  };
}

const MULTICALL3 = '0xca11bde05977b3631167028862be2a173976ca11';
const BALANCE = '0x1bc16d674ec80000'; // 2 ETH

/** eth_call: a fixed 32-byte answer, a revert, or Multicall3 (viem and wagmi batch reads and balances through it). */
function ethCall(to: unknown, data: unknown): string {
  if (lower(to) === REVERT_ADDRESS.toLowerCase()) throw new ProviderRpcError(3, 'execution reverted: not allowed', REVERT_DATA);
  if (lower(to) === MULTICALL3 && typeof data === 'string') {
    const decoded = decodeFunctionData({ abi: multicall3Abi, data: data as Hex });
    if (decoded.functionName === 'getEthBalance') return encodeFunctionResult({ abi: multicall3Abi, functionName: 'getEthBalance', result: BigInt(BALANCE) });
    if (decoded.functionName === 'aggregate3') {
      const results = (decoded.args[0] as readonly { target: string; allowFailure: boolean; callData: Hex }[]).map((c) => {
        try {
          return { success: true, returnData: ethCall(c.target, c.callData) as Hex };
        } catch (error) {
          if (!c.allowFailure) throw error;
          return { success: false, returnData: ((error as ProviderRpcError).data ?? '0x') as Hex };
        }
      });
      return encodeFunctionResult({ abi: multicall3Abi, functionName: 'aggregate3', result: results });
    }
  }
  return '0x' + (1_070_000_000_000_000_000n).toString(16).padStart(64, '0');
}

export function answer(method: string, params: unknown, state: WalletState, emit: (event: string, payload: unknown) => void): unknown {
  switch (method) {
    case 'eth_chainId':
      return state.chainId;
    case 'net_version':
      return String(parseInt(state.chainId, 16));
    case 'web3_clientVersion':
      return 'LRTConformanceWallet/1.0';
    case 'eth_accounts':
    case 'eth_requestAccounts':
      return [...state.accounts];
    case 'wallet_requestPermissions':
    case 'wallet_getPermissions':
      return [{ parentCapability: 'eth_accounts', caveats: [{ type: 'restrictReturnedAccounts', value: [...state.accounts] }] }];
    case 'wallet_revokePermissions':
      return null;
    case 'eth_blockNumber':
      return '0x' + BLOCK_NUMBER.toString(16);
    case 'eth_getBlockByNumber':
      return block(BLOCK_NUMBER);
    case 'eth_getBalance':
      return BALANCE;
    case 'eth_getTransactionCount':
      return '0x7';
    case 'eth_gasPrice':
      return '0x3b9aca00';
    case 'eth_maxPriorityFeePerGas':
      return '0x5f5e100';
    case 'eth_feeHistory':
      return { oldestBlock: '0x' + (BLOCK_NUMBER - 4).toString(16), baseFeePerGas: Array(5).fill('0x3b9aca00'), gasUsedRatio: Array(4).fill(0.5), reward: Array(4).fill(['0x5f5e100']) };
    case 'eth_estimateGas': {
      const tx = Array.isArray(params) && isRecord(params[0]) ? params[0] : {};
      if (lower(tx.to) === REVERT_ADDRESS.toLowerCase()) throw new ProviderRpcError(3, 'execution reverted: not allowed', REVERT_DATA);
      return tx.data || tx.input ? '0x30d40' : '0x5208';
    }
    case 'eth_call': {
      const call = Array.isArray(params) && isRecord(params[0]) ? params[0] : null;
      if (!call) throw invalidParams('expected [call, block]', 'params');
      return ethCall(call.to, call.data ?? call.input);
    }
    case 'eth_sendTransaction':
    case 'wallet_sendTransaction': {
      const tx = transaction(params, state);
      const hash = digest(json(tx), 32);
      state.sent.set(hash, tx);
      return hash;
    }
    case 'eth_getTransactionByHash': {
      const hash = Array.isArray(params) ? params[0] : null;
      const tx = typeof hash === 'string' ? state.sent.get(hash) : undefined;
      if (!tx) return null;
      return {
        hash,
        type: '0x2',
        from: lower(tx.from),
        to: tx.to == null ? null : lower(tx.to),
        value: tx.value ?? '0x0',
        input: tx.data ?? tx.input ?? '0x',
        nonce: '0x7',
        gas: tx.gas ?? '0x5208',
        maxFeePerGas: '0x77359400',
        maxPriorityFeePerGas: '0x5f5e100',
        chainId: state.chainId,
        accessList: [],
        blockHash: null,
        blockNumber: null,
        transactionIndex: null,
        r: '0x1' + digest(hash + 'r', 32).slice(3),
        s: '0x1' + digest(hash + 's', 32).slice(3),
        v: '0x0',
        yParity: '0x0',
      };
    }
    case 'eth_getTransactionReceipt': {
      // web3.js waits for the receipt of what it sent: mined in the current block, successful, no logs.
      const hash = Array.isArray(params) ? params[0] : null;
      const tx = typeof hash === 'string' ? state.sent.get(hash) : undefined;
      if (!tx) return null;
      return {
        transactionHash: hash,
        transactionIndex: '0x0',
        blockHash: digest('block' + BLOCK_NUMBER, 32),
        blockNumber: '0x' + BLOCK_NUMBER.toString(16),
        from: lower(tx.from),
        to: tx.to == null ? null : lower(tx.to),
        cumulativeGasUsed: '0x5208',
        gasUsed: '0x5208',
        effectiveGasPrice: '0x3b9aca00',
        contractAddress: null,
        logs: [],
        logsBloom: '0x' + '00'.repeat(256),
        status: '0x1',
        type: '0x2',
      };
    }
    case 'personal_sign':
      if (!Array.isArray(params) || typeof params[0] !== 'string') throw invalidParams('expected [message, address]', 'params');
      return digest(json(params), 65, 1);
    case 'eth_signTypedData_v3':
    case 'eth_signTypedData_v4': {
      if (!Array.isArray(params) || params.length < 2) throw invalidParams('expected [address, typedData]', 'params');
      let typed: unknown = params[1];
      if (typeof typed === 'string') {
        try {
          typed = JSON.parse(typed);
        } catch {
          throw invalidParams('typed data is not JSON', 'params[1]');
        }
      }
      if (!isRecord(typed) || typeof typed.primaryType !== 'string') throw invalidParams('typed data has no primaryType', 'params[1].primaryType');
      if (isRecord(typed.domain) && lower(typed.domain.verifyingContract) === REJECT_ADDRESS.toLowerCase()) throw new ProviderRpcError(4001, 'User rejected the request.');
      return digest(json(params), 65, 2);
    }
    case 'wallet_sendCalls': {
      if (!Array.isArray(params) || !isRecord(params[0]) || !Array.isArray(params[0].calls)) throw invalidParams('expected [{ calls }]', 'params');
      const calls = params[0].calls as unknown[];
      if (calls.some((c) => isRecord(c) && lower(c.to) === REJECT_ADDRESS.toLowerCase())) throw new ProviderRpcError(4001, 'User rejected the request.');
      return { id: digest(json(params), 32, 3) };
    }
    case 'wallet_getCallsStatus': {
      const id = Array.isArray(params) ? params[0] : null;
      return {
        version: '2.0.0',
        id,
        chainId: state.chainId,
        status: 200,
        atomic: true,
        receipts: [{ logs: [], status: '0x1', blockHash: digest('block' + BLOCK_NUMBER, 32), blockNumber: '0x' + BLOCK_NUMBER.toString(16), gasUsed: '0x5208', transactionHash: digest(json(id), 32, 4) }],
      };
    }
    case 'wallet_getCapabilities':
      return { [state.chainId]: { atomic: { status: 'supported' } } };
    case 'wallet_switchEthereumChain': {
      const target = Array.isArray(params) && isRecord(params[0]) ? params[0].chainId : undefined;
      if (target !== '0x1' && target !== '0x2105') throw new ProviderRpcError(4902, `Unrecognized chain ID "${String(target)}". Try adding the chain using wallet_addEthereumChain first.`, { chainId: target ?? null });
      if (target !== state.chainId) {
        state.chainId = target;
        emit('chainChanged', target);
      }
      return null;
    }
    case 'wallet_addEthereumChain':
    case 'wallet_watchAsset':
      return method === 'wallet_watchAsset' ? true : null;
    default:
      throw new ProviderRpcError(4200, `The wallet does not support the method "${method}".`);
  }
}

