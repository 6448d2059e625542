import { zeroAddress, type Address } from 'viem';
import { decodeRead, encodeRead, type RawCall, type RawResult } from './aggregate3.ts';
import { CallRevertedError, DependencyFailedError, type OnchainError } from './errors.ts';
import { failedFact, notApplicableFact, okFact, type OnchainFact } from './fact.ts';
import { rpcSource, type RoundContext } from './round-context.ts';
import {
  MAX_ADAPTERS,
  symbioticAppAdapterAbi,
  symbioticDelegatorV2Abi,
  symbioticVaultV2Abi,
  vaultLabel,
  type SymbioticVaultTarget,
  type VaultAdapter,
  type VaultFactsCore,
} from './symbiotic-types.ts';

/**
 * A version 2 Symbiotic vault (VaultV2, symbioticfi/core tag v2.0.0) has no slasher, burner or epochs: it is an
 * ERC-4626 vault whose delegator places the assets with adapters, and a network slashes an app adapter directly
 * (AppAdapter.slash: its middleware calls it, the amount goes to the adapter's burner at once, no veto). So its
 * facts come from `asset()`, `totalAssets()`, the delegator's `adapters(i)` and each adapter's own views.
 */

const APP_READS = ['burner', 'duration', 'subnetwork', 'operator', 'slashable'] as const;

/** Third round: every adapter index the delegator can hold (an index past the end reverts). */
export function v2AdapterListCalls(delegator: Address): RawCall[] {
  return Array.from({ length: MAX_ADAPTERS }, (_, i) =>
    encodeRead(delegator, 'UniversalDelegator.adapters', { abi: symbioticDelegatorV2Abi, functionName: 'adapters', args: [BigInt(i)] }),
  );
}

/** The adapters listed, in order, up to the first index that reverts; an error that is not a revert fails the list. */
export function v2Adapters(results: readonly (RawResult | undefined)[]): { ok: true; value: Address[] } | { ok: false; error: OnchainError } {
  const out: Address[] = [];
  for (const r of results) {
    const a = decodeRead(r, { abi: symbioticDelegatorV2Abi, functionName: 'adapters' });
    if (!a.ok) return a.error instanceof CallRevertedError ? { ok: true, value: out } : a;
    out.push(a.value);
  }
  return { ok: true, value: out };
}

/** Fourth round: each adapter's app-adapter views (an adapter that is not one reverts on them). */
export function v2AdapterCalls(adapters: readonly Address[]): RawCall[] {
  return adapters.flatMap((a) => APP_READS.map((fn) => encodeRead(a, `AppAdapter.${fn}`, { abi: symbioticAppAdapterAbi, functionName: fn })));
}

function adapterOf(address: Address, reads: readonly (RawResult | undefined)[]): { ok: true; value: VaultAdapter } | { ok: false; error: OnchainError } {
  const burner = decodeRead(reads[0], { abi: symbioticAppAdapterAbi, functionName: 'burner' });
  const none = { address, app: false, burner: null, durationSeconds: null, subnetwork: null, operator: null, slashable: null };
  if (!burner.ok) return burner.error instanceof CallRevertedError ? { ok: true, value: none } : burner;
  const duration = decodeRead(reads[1], { abi: symbioticAppAdapterAbi, functionName: 'duration' });
  const subnetwork = decodeRead(reads[2], { abi: symbioticAppAdapterAbi, functionName: 'subnetwork' });
  const operator = decodeRead(reads[3], { abi: symbioticAppAdapterAbi, functionName: 'operator' });
  const slashable = decodeRead(reads[4], { abi: symbioticAppAdapterAbi, functionName: 'slashable' });
  if (!duration.ok) return duration;
  if (!subnetwork.ok) return subnetwork;
  if (!operator.ok) return operator;
  if (!slashable.ok) return slashable;
  return {
    ok: true,
    value: {
      address,
      app: true,
      burner: burner.value === zeroAddress ? null : burner.value,
      durationSeconds: duration.value,
      subnetwork: subnetwork.value,
      operator: operator.value,
      slashable: slashable.value,
    },
  };
}

/** A version 2 vault's facts from its own views (round 2), its delegator's adapter list (3) and the adapters' views (4). */
export function v2VaultFacts(
  t: SymbioticVaultTarget,
  own: { asset: RawResult | undefined; totalAssets: RawResult | undefined; delegator: RawResult | undefined },
  list: readonly (RawResult | undefined)[] | null,
  views: readonly (RawResult | undefined)[] | null,
  ctx: RoundContext,
): { core: VaultFactsCore; adapters: OnchainFact<VaultAdapter[]> } {
  const src = (contract: string, fn: string) => ({ source: rpcSource(t.chainId, contract, fn), asOf: ctx.asOf });
  const blockNumber = ctx.block?.number ?? null;
  const at = vaultLabel(t);
  const asset = decodeRead(own.asset, { abi: symbioticVaultV2Abi, functionName: 'asset' });
  const total = decodeRead(own.totalAssets, { abi: symbioticVaultV2Abi, functionName: 'totalAssets' });

  const adaptersBase = src(`${at}.delegator`, 'adapters');
  let adapters: OnchainFact<VaultAdapter[]>;
  const delegator = decodeRead(own.delegator, { abi: symbioticVaultV2Abi, functionName: 'delegator' });
  const listed = list ? v2Adapters(list) : null;
  if (!delegator.ok) adapters = failedFact(new DependencyFailedError({ details: 'delegator() not read', cause: delegator.error }), adaptersBase);
  else if (delegator.value === zeroAddress) adapters = okFact([], { ...adaptersBase, blockNumber, note: 'no delegator: the vault holds its assets itself' });
  else if (!listed) adapters = failedFact(new DependencyFailedError({ details: 'adapters not read' }), adaptersBase);
  else if (!listed.ok) adapters = failedFact(listed.error, adaptersBase);
  else {
    const read = listed.value.map((a, i) => adapterOf(a, views?.slice(i * APP_READS.length, (i + 1) * APP_READS.length) ?? []));
    const failed = read.find((r) => !r.ok);
    adapters = failed && !failed.ok ? failedFact(failed.error, adaptersBase) : okFact(read.flatMap((r) => (r.ok ? [r.value] : [])), { ...adaptersBase, blockNumber });
  }

  const noVeto = 'a version 2 vault is slashed through its app adapters, with no veto';
  const slasherBase = src(`${at}.delegator`, 'adapters+AppAdapter.burner');
  const apps = adapters.status === 'ok' ? adapters.value.filter((a) => a.app) : null;
  const slasher: VaultFactsCore['slasher'] =
    adapters.status === 'failed'
      ? failedFact(new DependencyFailedError({ details: `adapters: ${adapters.error.message}` }), slasherBase)
      : apps && apps.length > 0
        ? okFact({ address: null, type: null, kind: 'instant' }, { ...slasherBase, blockNumber, note: `${apps.length} app adapter(s): each network's middleware slashes its adapter at once` })
        : okFact({ address: null, type: null, kind: 'none' }, { ...slasherBase, blockNumber, note: 'no app adapter: no network can slash the vault now' });

  return {
    core: {
      chainId: t.chainId,
      vault: t.address,
      name: t.name,
      collateral: asset.ok ? okFact(asset.value, { ...src(at, 'asset'), blockNumber }) : failedFact(asset.error, src(at, 'asset')),
      burner: notApplicableFact('a version 2 vault has no vault-wide burner: each app adapter names its own', src(at, 'burner')),
      epochDuration: notApplicableFact('a version 2 vault has no epochs: each app adapter keeps stake slashable for its own duration', src(at, 'epochDuration')),
      totalStake: total.ok
        ? okFact(total.value, { ...src(at, 'totalAssets'), blockNumber, note: 'a version 2 vault: its total assets' })
        : failedFact(total.error, src(at, 'totalAssets')),
      slasher,
      vetoDuration: notApplicableFact(noVeto, src(at, 'vetoDuration')),
      resolvers: notApplicableFact(noVeto, src(at, 'resolver')),
    },
    adapters,
  };
}
