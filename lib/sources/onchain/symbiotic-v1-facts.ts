import { zeroAddress, type Address, type Hex } from 'viem';
import { decodeRead, type RawResult } from './aggregate3.ts';
import { DependencyFailedError, ImplausibleValueError } from './errors.ts';
import { failedFact, notApplicableFact, okFact, type OnchainFact } from './fact.ts';
import { rpcSource, type RoundContext } from './round-context.ts';
import { symbioticSlasherAbi, symbioticVaultAbi, vaultLabel, type SlasherKind, type SlasherValue, type SymbioticVaultTarget, type VaultFactsCore } from './symbiotic-types.ts';

/** The slashing configuration of a version 1 Symbiotic vault (Vault, VaultTokenized): set on the vault and its slasher. */

const KINDS: Record<number, SlasherKind> = { 0: 'instant', 1: 'veto' };

/** A version 1 vault's reads as facts. `second` holds the slasher reads (absent when there is no slasher to ask). */
export function v1VaultFacts(
  t: SymbioticVaultTarget,
  first: readonly (RawResult | undefined)[],
  second: readonly (RawResult | undefined)[] | null,
  ctx: RoundContext,
): VaultFactsCore {
  const src = (fn: string) => ({ source: rpcSource(t.chainId, vaultLabel(t), fn), asOf: ctx.asOf });
  const ok = <T>(value: T, fn: string) => okFact(value, { ...src(fn), blockNumber: ctx.block?.number ?? null });
  const collateralRead = decodeRead(first[0], { abi: symbioticVaultAbi, functionName: 'collateral' });
  const burnerRead = decodeRead(first[1], { abi: symbioticVaultAbi, functionName: 'burner' });

  const epoch = decodeRead(first[3], { abi: symbioticVaultAbi, functionName: 'epochDuration' });
  // VaultConfigurator rejects a zero epoch (Vault._initialize): zero means this is not a live Symbiotic vault.
  const epochDuration: OnchainFact<number> = !epoch.ok
    ? failedFact(epoch.error, src('epochDuration'))
    : epoch.value === 0
      ? failedFact(new ImplausibleValueError({ details: 'epochDuration 0' }), src('epochDuration'))
      : ok(epoch.value, 'epochDuration');
  const stake = decodeRead(first[4], { abi: symbioticVaultAbi, functionName: 'totalStake' });
  const totalStake: OnchainFact<bigint> = stake.ok ? ok(stake.value, 'totalStake') : failedFact(stake.error, src('totalStake'));

  const slasherSource = `${rpcSource(t.chainId, vaultLabel(t), 'slasher')}+${rpcSource(t.chainId, `${vaultLabel(t)}.slasher`, 'TYPE')}`;
  const slasherBase = { source: slasherSource, asOf: ctx.asOf };
  const vetoBase = { source: rpcSource(t.chainId, `${vaultLabel(t)}.slasher`, 'vetoDuration'), asOf: ctx.asOf };
  const resolverBase = { source: rpcSource(t.chainId, `${vaultLabel(t)}.slasher`, 'resolver'), asOf: ctx.asOf };
  const blockNumber = ctx.block?.number ?? null;

  let slasher: OnchainFact<SlasherValue>;
  let vetoDuration: OnchainFact<number>;
  let resolvers: OnchainFact<{ subnetwork: Hex; resolver: Address | null }[]>;
  const slasherAddress = decodeRead(first[2], { abi: symbioticVaultAbi, functionName: 'slasher' });
  if (!slasherAddress.ok) {
    slasher = failedFact(slasherAddress.error, slasherBase);
    const dependency = new DependencyFailedError({ details: 'slasher() not read', cause: slasherAddress.error });
    vetoDuration = failedFact(dependency, vetoBase);
    resolvers = failedFact(dependency, resolverBase);
  } else if (slasherAddress.value === zeroAddress) {
    slasher = okFact({ address: null, type: null, kind: 'none' }, { ...slasherBase, blockNumber, note: 'no slasher: the vault cannot be slashed' });
    vetoDuration = notApplicableFact('the vault has no slasher', vetoBase);
    resolvers = notApplicableFact('the vault has no slasher', resolverBase);
  } else {
    const type = decodeRead(second?.[0], { abi: symbioticSlasherAbi, functionName: 'TYPE' });
    if (!type.ok) {
      slasher = failedFact(type.error, slasherBase);
      const dependency = new DependencyFailedError({ details: 'slasher TYPE() not read', cause: type.error });
      vetoDuration = failedFact(dependency, vetoBase);
      resolvers = failedFact(dependency, resolverBase);
    } else {
      const n = Number(type.value);
      const kind = KINDS[n] ?? null;
      slasher = okFact(
        { address: slasherAddress.value, type: n, kind },
        { ...slasherBase, blockNumber, ...(kind === null ? { note: `slasher TYPE ${n} is not one this reader knows (0 Slasher, 1 VetoSlasher)` } : {}) },
      );
      if (kind !== 'veto') {
        const reason = kind === 'instant' ? 'an instant Slasher has no veto' : `slasher TYPE ${n} is not a VetoSlasher`;
        vetoDuration = notApplicableFact(reason, vetoBase);
        resolvers = notApplicableFact(reason, resolverBase);
      } else {
        const veto = decodeRead(second?.[1], { abi: symbioticSlasherAbi, functionName: 'vetoDuration' });
        vetoDuration = veto.ok ? okFact(veto.value, { ...vetoBase, blockNumber }) : failedFact(veto.error, vetoBase);
        const subnetworks = t.subnetworks ?? [];
        if (subnetworks.length === 0) {
          resolvers = notApplicableFact('resolvers are set per subnetwork; no subnetwork was given', resolverBase);
        } else {
          const read = subnetworks.map((subnetwork, i) => ({ subnetwork, r: decodeRead(second?.[2 + i], { abi: symbioticSlasherAbi, functionName: 'resolver' }) }));
          const failed = read.find((x) => !x.r.ok);
          resolvers =
            failed && !failed.r.ok
              ? failedFact(failed.r.error, resolverBase)
              : okFact(
                  read.map((x) => ({ subnetwork: x.subnetwork, resolver: x.r.ok && x.r.value !== zeroAddress ? x.r.value : null })),
                  { ...resolverBase, blockNumber, note: 'resolver null: none set, so a requested slash can execute without a veto' },
                );
        }
      }
    }
  }

  return {
    chainId: t.chainId,
    vault: t.address,
    name: t.name,
    collateral: collateralRead.ok ? ok(collateralRead.value, 'collateral') : failedFact(collateralRead.error, src('collateral')),
    burner: burnerRead.ok ? ok(burnerRead.value, 'burner') : failedFact(burnerRead.error, src('burner')),
    epochDuration,
    totalStake,
    slasher,
    vetoDuration,
    resolvers,
  };
}
