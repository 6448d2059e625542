import { parseAbi, zeroAddress, type Address, type Chain, type Client, type Hex, type Transport } from 'viem';
import { getLayer } from '../../layers/index.ts';
import { aggregate3, decodeRead, encodeRead, type RawCall, type RawResult } from './aggregate3.ts';
import { DependencyFailedError, ImplausibleValueError } from './errors.ts';
import { failedFact, notApplicableFact, okFact, type OnchainFact } from './fact.ts';
import { rpcSource, type RoundContext } from './round-context.ts';

/**
 * The slashing configuration of Symbiotic vaults, read live: the vault's collateral, burner, epoch, total stake and
 * slasher, then the slasher's TYPE and — for a VetoSlasher — its veto duration and, for the subnetworks asked
 * about, their resolvers. Two multicalls per chain: the second needs the slasher addresses from the first.
 */

/** Vault / VaultTokenized views (symbioticfi/core@3b6add2, tag 1.0.0: src/interfaces/vault/IVaultStorage.sol, IVault.sol). */
export const symbioticVaultAbi = parseAbi([
  'function collateral() view returns (address)',
  'function burner() view returns (address)',
  'function slasher() view returns (address)',
  'function epochDuration() view returns (uint48)',
  'function totalStake() view returns (uint256)',
]);

/** Slasher modules: IEntity.TYPE() (0 Slasher, 1 VetoSlasher, asserted in script/deploy/Core.s.sol) and IVetoSlasher views. */
export const symbioticSlasherAbi = parseAbi([
  'function TYPE() view returns (uint64)',
  'function vetoDuration() view returns (uint48)',
  'function resolver(bytes32 subnetwork, bytes hint) view returns (address)',
]);

export interface SymbioticVaultTarget {
  chainId: number;
  address: Address;
  name: string;
  /** Subnetworks (`network ‖ identifier`) whose VetoSlasher resolver to read; resolvers are per subnetwork. */
  subnetworks?: readonly Hex[];
}

export type SlasherKind = 'none' | 'instant' | 'veto';

export interface SlasherValue {
  /** null when the vault has no slasher (`address(0)`). */
  address: Address | null;
  type: number | null;
  /** null for a TYPE this reader does not know. */
  kind: SlasherKind | null;
}

export interface SymbioticVaultFacts {
  chainId: number;
  vault: Address;
  name: string;
  collateral: OnchainFact<Address>;
  burner: OnchainFact<Address>;
  /** Seconds. */
  epochDuration: OnchainFact<number>;
  /** Collateral units: active stake plus withdrawals still slashable. */
  totalStake: OnchainFact<bigint>;
  slasher: OnchainFact<SlasherValue>;
  /** Seconds; not applicable unless the slasher is a VetoSlasher. */
  vetoDuration: OnchainFact<number>;
  resolvers: OnchainFact<{ subnetwork: Hex; resolver: Address | null }[]>;
}

/** The registered Symbiotic vaults (lib/layers), as reader targets. */
export function symbioticVaultTargets(): SymbioticVaultTarget[] {
  return getLayer('symbiotic')
    .exposures.filter((e) => e.kind === 'vault')
    .map((e) => ({ chainId: e.chainId, address: e.address as Address, name: e.name }));
}

const label = (t: SymbioticVaultTarget) => `Vault@${t.address}`;
const VAULT_READS = ['collateral', 'burner', 'slasher', 'epochDuration', 'totalStake'] as const;

function vaultCalls(t: SymbioticVaultTarget): RawCall[] {
  return VAULT_READS.map((fn) => encodeRead(t.address, `${label(t)}.${fn}`, { abi: symbioticVaultAbi, functionName: fn }));
}

/** Second-round reads at the slasher: TYPE, then vetoDuration and resolvers speculatively (judged once TYPE is known). */
function slasherCalls(t: SymbioticVaultTarget, slasher: Address): RawCall[] {
  const at = `${label(t)}.slasher`;
  return [
    encodeRead(slasher, `${at}.TYPE`, { abi: symbioticSlasherAbi, functionName: 'TYPE' }),
    encodeRead(slasher, `${at}.vetoDuration`, { abi: symbioticSlasherAbi, functionName: 'vetoDuration' }),
    ...(t.subnetworks ?? []).map((s) => encodeRead(slasher, `${at}.resolver`, { abi: symbioticSlasherAbi, functionName: 'resolver', args: [s, '0x'] })),
  ];
}

const KINDS: Record<number, SlasherKind> = { 0: 'instant', 1: 'veto' };

/** Turns one vault's reads into facts. `second` holds the slasher reads (absent when there is no slasher to ask). */
export function symbioticVaultFacts(
  t: SymbioticVaultTarget,
  first: readonly (RawResult | undefined)[],
  second: readonly (RawResult | undefined)[] | null,
  ctx: RoundContext,
): SymbioticVaultFacts {
  const src = (fn: string) => ({ source: rpcSource(t.chainId, label(t), fn), asOf: ctx.asOf });
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

  const slasherSource = `${rpcSource(t.chainId, label(t), 'slasher')}+${rpcSource(t.chainId, `${label(t)}.slasher`, 'TYPE')}`;
  const slasherBase = { source: slasherSource, asOf: ctx.asOf };
  const vetoBase = { source: rpcSource(t.chainId, `${label(t)}.slasher`, 'vetoDuration'), asOf: ctx.asOf };
  const resolverBase = { source: rpcSource(t.chainId, `${label(t)}.slasher`, 'resolver'), asOf: ctx.asOf };
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

/** Reads the given Symbiotic vaults (those on the client's chain) in two multicalls. Never throws. */
export async function readSymbioticVaults(
  client: Client<Transport, Chain>,
  targets: readonly SymbioticVaultTarget[] = symbioticVaultTargets(),
  options: { now?: () => number; signal?: AbortSignal } = {},
): Promise<SymbioticVaultFacts[]> {
  const now = options.now ?? Date.now;
  const onChain = targets.filter((t) => t.chainId === client.chain.id);
  const firstRound = await aggregate3(client, onChain.flatMap(vaultCalls), { signal: options.signal });
  const firstOf = (i: number) => firstRound.results.slice(i * VAULT_READS.length, (i + 1) * VAULT_READS.length);

  const followUps = onChain.map((t, i) => {
    const s = decodeRead(firstOf(i)[2], { abi: symbioticVaultAbi, functionName: 'slasher' });
    return s.ok && s.value !== zeroAddress ? slasherCalls(t, s.value) : [];
  });
  const secondRound = followUps.some((c) => c.length) ? await aggregate3(client, followUps.flat(), { signal: options.signal }) : null;
  const ctx: RoundContext = { chainId: client.chain.id, asOf: now(), block: secondRound?.block ?? firstRound.block };

  let offset = 0;
  return onChain.map((t, i) => {
    const n = followUps[i]!.length;
    const second = n && secondRound ? secondRound.results.slice(offset, offset + n) : null;
    offset += n;
    return symbioticVaultFacts(t, firstOf(i), second, ctx);
  });
}
