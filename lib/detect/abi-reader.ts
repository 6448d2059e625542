/**
 * Reads single values out of ABI-encoded calldata without decoding the whole call: detection needs two or three
 * arguments per call, and decoding everything (or building objects for every struct) costs more than the rest of
 * detection put together. Follows the Solidity ABI head/tail layout:
 * https://docs.soliditylang.org/en/latest/abi-spec.html#formal-specification-of-the-encoding
 * Out-of-range offsets, lengths or dirty address words yield "no value", never an exception.
 */
import type { AbiParameter } from 'viem';

export type AbiNode =
  | { kind: 'word'; type: string }
  | { kind: 'bytes' }
  | { kind: 'tuple'; dynamic: boolean; head: number; names: string[]; comps: AbiNode[]; offsets: number[] }
  | { kind: 'array'; dynamic: boolean; head: number; elem: AbiNode; length: number | null };

function isDynamic(node: AbiNode): boolean {
  return node.kind === 'bytes' || ((node.kind === 'tuple' || node.kind === 'array') && node.dynamic);
}

/** Bytes the node takes in its parent's head. */
function headSize(node: AbiNode): number {
  if (node.kind === 'word' || node.kind === 'bytes' || isDynamic(node)) return 32;
  return node.head;
}

export function compileParam(param: AbiParameter): AbiNode {
  const array = /^(.*)\[(\d*)\]$/.exec(param.type);
  if (array) {
    const elem = compileParam({ ...param, type: array[1]! } as AbiParameter);
    const length = array[2] === '' ? null : Number(array[2]);
    const dynamic = length === null || isDynamic(elem);
    return { kind: 'array', dynamic, head: dynamic ? 32 : (length ?? 0) * headSize(elem), elem, length };
  }
  if (param.type === 'tuple') {
    const components = (param as { components?: readonly AbiParameter[] }).components ?? [];
    return compileTuple(components);
  }
  if (param.type === 'string' || param.type === 'bytes') return { kind: 'bytes' };
  return { kind: 'word', type: param.type };
}

export function compileTuple(params: readonly AbiParameter[]): AbiNode & { kind: 'tuple' } {
  const comps = params.map(compileParam);
  const offsets: number[] = [];
  let head = 0;
  for (const comp of comps) {
    offsets.push(head);
    head += headSize(comp);
  }
  return { kind: 'tuple', dynamic: comps.some(isDynamic), head, names: params.map((p) => p.name ?? ''), comps, offsets };
}

/** One step of a compiled path: a tuple member index, or every element of an array. */
export type PathStep = number | 'each';

/** Compiles `a.b`, `a[]`, `a[].b[]` against a tuple; `null` if the path does not exist. */
export function compilePath(root: AbiNode & { kind: 'tuple' }, path: string): PathStep[] | null {
  const steps: PathStep[] = [];
  let node: AbiNode = root;
  for (const part of path.split('.')) {
    const match = /^([^[\]]+)((?:\[\])*)$/.exec(part);
    if (!match || node.kind !== 'tuple') return null;
    const index = node.names.indexOf(match[1]!);
    if (index < 0) return null;
    steps.push(index);
    node = node.comps[index]!;
    for (let i = 0; i < match[2]!.length / 2; i++) {
      if (node.kind !== 'array') return null;
      steps.push('each');
      node = node.elem;
    }
  }
  return steps;
}

/** The calldata as a hex string (selector included) and the char index where the arguments start. */
const ARGS = 10;
/** Arrays longer than this are not expanded: no wallet request needs more, and it bounds the work on hostile input. */
export const MAX_ELEMENTS = 64;

function word(data: string, byteOffset: number): string | null {
  const start = ARGS + byteOffset * 2;
  if (byteOffset < 0 || start + 64 > data.length) return null;
  return data.slice(start, start + 64);
}

const ZERO_48 = '0'.repeat(48);
/** An offset or length word: must fit comfortably in a number and inside the calldata. */
function smallUint(data: string, byteOffset: number): number | null {
  const w = word(data, byteOffset);
  if (w === null || !w.startsWith(ZERO_48)) return null;
  const n = Number.parseInt(w.slice(48), 16);
  return Number.isNaN(n) || n > data.length ? null : n;
}

const ZERO_24 = '0'.repeat(24);
function leaf(node: AbiNode, w: string): bigint | string | boolean | null {
  if (node.kind !== 'word') return null;
  const type = node.type;
  if (type === 'address') return w.startsWith(ZERO_24) || w.slice(0, 24).toLowerCase() === ZERO_24 ? `0x${w.slice(24).toLowerCase()}` : null;
  if (type.startsWith('uint')) return BigInt(`0x${w}`);
  if (type === 'bool') return w === '0'.repeat(63) + '1' ? true : w === '0'.repeat(64) ? false : null;
  return `0x${w.toLowerCase()}`;
}

export interface ReadRow {
  /** Array indices taken on the way, in path order. */
  indices: number[];
  value: bigint | string | boolean;
}

/**
 * Reads the value(s) at `steps`. With `forced`, array steps take those indices (to zip parallel arrays such as
 * `strategies[]` and `depositShares[]`); otherwise every element is visited. Rows whose value cannot be read are left out.
 */
export function readPath(data: string, root: AbiNode & { kind: 'tuple' }, steps: readonly PathStep[], forced?: readonly number[]): ReadRow[] {
  const rows: ReadRow[] = [];
  walk(data, root, 0, steps, 0, [], forced, rows);
  return rows;
}

function walk(
  data: string,
  node: AbiNode,
  start: number,
  steps: readonly PathStep[],
  i: number,
  indices: number[],
  forced: readonly number[] | undefined,
  rows: ReadRow[],
): void {
  if (i === steps.length) {
    const w = word(data, start);
    if (w === null) return;
    const value = leaf(node, w);
    if (value !== null) rows.push({ indices, value });
    return;
  }
  const step = steps[i]!;
  if (node.kind === 'tuple' && typeof step === 'number') {
    const comp = node.comps[step]!;
    const head = start + node.offsets[step]!;
    if (isDynamic(comp)) {
      const offset = smallUint(data, head);
      if (offset === null) return;
      walk(data, comp, start + offset, steps, i + 1, indices, forced, rows);
    } else {
      walk(data, comp, head, steps, i + 1, indices, forced, rows);
    }
    return;
  }
  if (node.kind === 'array' && step === 'each') {
    let base = start;
    let length = node.length;
    if (length === null) {
      length = smallUint(data, start);
      if (length === null) return;
      base = start + 32;
    }
    const elemHead = headSize(node.elem);
    const elemDynamic = isDynamic(node.elem);
    const depth = indices.length;
    const only = forced !== undefined && depth < forced.length ? forced[depth]! : -1;
    const from = only >= 0 ? only : 0;
    const to = only >= 0 ? only + 1 : Math.min(length, MAX_ELEMENTS);
    if (to > length) return;
    for (let k = from; k < to; k++) {
      const head = base + k * elemHead;
      let at = head;
      if (elemDynamic) {
        const offset = smallUint(data, head);
        if (offset === null) continue;
        at = base + offset;
      }
      walk(data, node.elem, at, steps, i + 1, [...indices, k], forced, rows);
    }
  }
}
