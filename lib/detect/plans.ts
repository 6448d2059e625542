/**
 * The registry compiled for detection, once: `${chainId}:${lowercaseAddress}` → contract entry → selector → plan.
 * A plan holds the parsed function, its canonical signature and its argument paths compiled to ABI steps.
 */
import { parseAbiItem, type AbiFunction, type AbiParameter } from 'viem';
import { listContracts, addressKey } from '../protocols/registry';
import type { ContractSpec, FunctionSpec, ProtocolSpec, TokenRef, ContractDeployment } from '../protocols/types';
import { compilePath, compileTuple, type AbiNode, type PathStep } from './abi-reader';
import type { Verification } from './intent';

export interface Plan {
  spec: FunctionSpec;
  /** Canonical signature, e.g. `deposit(address,uint256)`. */
  fn: string;
  root: AbiNode & { kind: 'tuple' };
  steps: ReadonlyMap<string, PathStep[]>;
  /** The path whose array elements each give one intent (`params[].strategies[]`), if any. */
  expand: string | null;
}

export interface ContractEntry {
  protocol: ProtocolSpec;
  contract: ContractSpec;
  deployment: ContractDeployment;
  chainId: number;
  info: { address: `0x${string}`; name: string; verification: Verification };
  /** Token id the person holds through this contract on this chain. */
  tokenId: string | null;
  plans: ReadonlyMap<string, Plan>;
}

export function canonicalType(param: AbiParameter): string {
  const components = (param as { components?: readonly AbiParameter[] }).components;
  if (param.type.startsWith('tuple') && components) return `(${components.map(canonicalType).join(',')})${param.type.slice(5)}`;
  return param.type;
}

function tokenRefPaths(ref: TokenRef | null | undefined): string[] {
  if (!ref) return [];
  if ('arg' in ref) return [ref.arg];
  if ('strategy' in ref) return [ref.strategy];
  if ('byAsset' in ref) return [ref.byAsset];
  return [];
}

/** Every argument path a function spec reads, in the order that picks the expansion path. */
export function specPaths(spec: FunctionSpec): string[] {
  const paths = [...tokenRefPaths(spec.token)];
  const input = spec.input;
  if (input.kind === 'asset-arg') paths.push(input.asset);
  if (input.kind === 'strategy-arg') paths.push(input.strategy);
  if (input.kind === 'ref') paths.push(...tokenRefPaths(input.token));
  if ('amount' in input && input.amount) paths.push(input.amount);
  paths.push(...tokenRefPaths(spec.receives));
  return paths;
}

function compilePlan(spec: FunctionSpec): Plan {
  const item = parseAbiItem(spec.signature) as AbiFunction;
  const root = compileTuple(item.inputs);
  const steps = new Map<string, PathStep[]>();
  for (const path of specPaths(spec)) {
    const compiled = compilePath(root, path);
    if (!compiled) throw new Error(`path "${path}" not in ${spec.signature}`);
    steps.set(path, compiled);
  }
  const expand = [...steps.entries()].find(([, s]) => s.includes('each'))?.[0] ?? null;
  return { spec, fn: `${item.name}(${item.inputs.map(canonicalType).join(',')})`, root, steps, expand };
}

let entries: Map<string, ContractEntry> | null = null;

/** Built on first use so importing detection costs nothing until a request arrives. */
export function contractEntries(): ReadonlyMap<string, ContractEntry> {
  if (entries) return entries;
  const built = new Map<string, ContractEntry>();
  const plansByContract = new Map<ContractSpec, Map<string, Plan>>();
  for (const { protocol, contract, deployment } of listContracts()) {
    let plans = plansByContract.get(contract);
    if (!plans) {
      plans = new Map(contract.functions.map((spec) => [spec.selector, compilePlan(spec)]));
      plansByContract.set(contract, plans);
    }
    built.set(addressKey(deployment.chainId, deployment.address), {
      protocol,
      contract,
      deployment,
      chainId: deployment.chainId,
      info: Object.freeze({ address: deployment.address, name: contract.name, verification: deployment.verification }),
      tokenId: deployment.token ?? contract.token,
      plans,
    });
  }
  entries = built;
  return built;
}
