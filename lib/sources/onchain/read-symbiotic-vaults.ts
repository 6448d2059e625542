import { zeroAddress, type Address, type Chain, type Client, type Transport } from 'viem';
import { getLayer } from '../../layers/index.ts';
import { aggregate3, decodeRead, encodeRead, type BlockContext, type RawCall, type RawResult } from './aggregate3.ts';
import { notApplicableFact, okFact, failedFact, type OnchainFact } from './fact.ts';
import { rpcSource, type RoundContext } from './round-context.ts';
import {
  symbioticSlasherAbi,
  symbioticVaultAbi,
  symbioticVaultV2Abi,
  VAULT_V2_VERSION,
  vaultLabel,
  type SymbioticVaultFacts,
  type SymbioticVaultTarget,
} from './symbiotic-types.ts';
import { v1VaultFacts } from './symbiotic-v1-facts.ts';
import { v2AdapterCalls, v2AdapterListCalls, v2Adapters, v2VaultFacts } from './symbiotic-v2-facts.ts';

/**
 * The slashing configuration of Symbiotic vaults, read live, over as many rounds as the vault's version needs.
 * Round 1 asks a version 1 vault's views (collateral, burner, slasher, epoch, stake) and every vault's `version()`;
 * round 2 asks a version 1 vault's slasher its TYPE, veto duration and resolvers, and a version 2 vault its asset,
 * total assets and delegator; rounds 3 and 4, for version 2 only, ask the delegator its adapters and each adapter
 * what a network can slash there.
 */

export * from './symbiotic-types.ts';

/** The registered Symbiotic vaults (lib/layers), as reader targets. */
export function symbioticVaultTargets(): SymbioticVaultTarget[] {
  return getLayer('symbiotic')
    .exposures.filter((e) => e.kind === 'vault')
    .map((e) => ({ chainId: e.chainId, address: e.address as Address, name: e.name }));
}

const V1_READS = ['collateral', 'burner', 'slasher', 'epochDuration', 'totalStake'] as const;
const VERSION_AT = V1_READS.length;
const V2_READS = ['asset', 'totalAssets', 'delegator'] as const;

function firstCalls(t: SymbioticVaultTarget): RawCall[] {
  return [
    ...V1_READS.map((fn) => encodeRead(t.address, `${vaultLabel(t)}.${fn}`, { abi: symbioticVaultAbi, functionName: fn })),
    encodeRead(t.address, `${vaultLabel(t)}.version`, { abi: symbioticVaultV2Abi, functionName: 'version' }),
  ];
}

const v2Calls = (t: SymbioticVaultTarget): RawCall[] =>
  V2_READS.map((fn) => encodeRead(t.address, `${vaultLabel(t)}.${fn}`, { abi: symbioticVaultV2Abi, functionName: fn }));

/** Round-2 reads at a version 1 vault's slasher: TYPE, then vetoDuration and resolvers speculatively (judged once TYPE is known). */
function slasherCalls(t: SymbioticVaultTarget, slasher: Address): RawCall[] {
  const at = `${vaultLabel(t)}.slasher`;
  return [
    encodeRead(slasher, `${at}.TYPE`, { abi: symbioticSlasherAbi, functionName: 'TYPE' }),
    encodeRead(slasher, `${at}.vetoDuration`, { abi: symbioticSlasherAbi, functionName: 'vetoDuration' }),
    ...(t.subnetworks ?? []).map((s) => encodeRead(slasher, `${at}.resolver`, { abi: symbioticSlasherAbi, functionName: 'resolver', args: [s, '0x'] })),
  ];
}

interface VaultState {
  t: SymbioticVaultTarget;
  first: (RawResult | undefined)[] | null;
  second: (RawResult | undefined)[] | null;
  third: (RawResult | undefined)[] | null;
  fourth: (RawResult | undefined)[] | null;
}

/** A read of several vaults over up to four rounds: ask `calls()`, hand the answers to `deliver`, until no calls are left. */
export interface SymbioticReads {
  calls(): RawCall[];
  deliver(results: readonly (RawResult | undefined)[]): void;
  facts(ctx: RoundContext): SymbioticVaultFacts[];
}

const versionOf = (s: VaultState) => {
  const v = decodeRead(s.first?.[VERSION_AT], { abi: symbioticVaultV2Abi, functionName: 'version' });
  return v.ok ? Number(v.value) : null;
};
const isV2 = (s: VaultState) => (versionOf(s) ?? 0) >= VAULT_V2_VERSION;

export function startSymbioticReads(targets: readonly SymbioticVaultTarget[]): SymbioticReads {
  const vaults: VaultState[] = targets.map((t) => ({ t, first: null, second: null, third: null, fourth: null }));
  let phase = 0;
  let pending: { s: VaultState; n: number }[] = [];

  const next = (): { s: VaultState; calls: RawCall[] }[] => {
    if (phase === 0) return vaults.map((s) => ({ s, calls: firstCalls(s.t) }));
    if (phase === 1)
      return vaults.map((s) => {
        if (isV2(s)) return { s, calls: v2Calls(s.t) };
        const slasher = decodeRead(s.first?.[2], { abi: symbioticVaultAbi, functionName: 'slasher' });
        return { s, calls: slasher.ok && slasher.value !== zeroAddress ? slasherCalls(s.t, slasher.value) : [] };
      });
    if (phase === 2)
      return vaults.map((s) => {
        const d = isV2(s) ? decodeRead(s.second?.[2], { abi: symbioticVaultV2Abi, functionName: 'delegator' }) : null;
        return { s, calls: d?.ok && d.value !== zeroAddress ? v2AdapterListCalls(d.value) : [] };
      });
    if (phase === 3)
      return vaults.map((s) => {
        const list = isV2(s) && s.third ? v2Adapters(s.third) : null;
        return { s, calls: list?.ok ? v2AdapterCalls(list.value) : [] };
      });
    return [];
  };

  return {
    calls() {
      // Skip a phase with nothing to ask (no slasher, no version 2 vault), so `calls()` is empty only at the end.
      let planned = next();
      while (phase < 4 && planned.every((p) => p.calls.length === 0)) {
        phase++;
        planned = next();
      }
      pending = planned.map((p) => ({ s: p.s, n: p.calls.length }));
      return planned.flatMap((p) => p.calls);
    },
    deliver(results) {
      let offset = 0;
      for (const { s, n } of pending) {
        const mine = results.slice(offset, offset + n);
        offset += n;
        if (phase === 0) s.first = mine;
        else if (phase === 1) s.second = n ? mine : null;
        else if (phase === 2) s.third = n ? mine : null;
        else if (phase === 3) s.fourth = n ? mine : null;
      }
      pending = [];
      phase++;
    },
    facts(ctx) {
      return vaults.map((s) => vaultFacts(s, ctx));
    },
  };
}

function vaultFacts(s: VaultState, ctx: RoundContext): SymbioticVaultFacts {
  const { t } = s;
  const first = s.first ?? [];
  const base = { source: rpcSource(t.chainId, vaultLabel(t), 'version'), asOf: ctx.asOf };
  const v = decodeRead(first[VERSION_AT], { abi: symbioticVaultV2Abi, functionName: 'version' });
  const version: OnchainFact<number> = v.ok ? okFact(Number(v.value), { ...base, blockNumber: ctx.block?.number ?? null }) : failedFact(v.error, base);
  if (isV2(s)) {
    const second = s.second ?? [];
    const { core, adapters } = v2VaultFacts(t, { asset: second[0], totalAssets: second[1], delegator: second[2] }, s.third, s.fourth, ctx);
    return { ...core, version, adapters };
  }
  const adapters = notApplicableFact<never>('a version 1 vault has no adapters', { source: rpcSource(t.chainId, vaultLabel(t), 'delegator'), asOf: ctx.asOf });
  return { ...v1VaultFacts(t, first, s.second, ctx), version, adapters };
}

/** Reads the given Symbiotic vaults (those on the client's chain): one multicall per round. Never throws. */
export async function readSymbioticVaults(
  client: Client<Transport, Chain>,
  targets: readonly SymbioticVaultTarget[] = symbioticVaultTargets(),
  options: { now?: () => number; signal?: AbortSignal } = {},
): Promise<SymbioticVaultFacts[]> {
  const now = options.now ?? Date.now;
  const reads = startSymbioticReads(targets.filter((t) => t.chainId === client.chain.id));
  let block: BlockContext | null = null;
  for (let calls = reads.calls(); calls.length; calls = reads.calls()) {
    const res = await aggregate3(client, calls, { signal: options.signal });
    block = res.block ?? block;
    reads.deliver(res.results);
  }
  return reads.facts({ chainId: client.chain.id, asOf: now(), block });
}
