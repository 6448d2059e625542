/**
 * The slashing model a deposit is exposed to, from lib/layers: for a registered vault, LRT or gateway,
 * its own model (following wrappers to their vault); otherwise the model of the protocol's layer
 * (EigenLayer for the LRTs built on it).
 */
import { getLayer, getLayerForProtocol, traceExposure } from '../layers';
import type { LayerModel, SlashingModel } from '../layers/schema';
import type { SnapshotFact } from '../snapshot/snapshot-fact';
import { known, unknown, type RiskFact } from '../risk/fact';
import type { SlashingModelFact } from '../risk/types';
import { fromSnapshot } from './risk-facts-from-snapshot';
import type { OnchainData } from './live-data';

/** Symbiotic vaults as the last refresh read them, keyed `<chainId>:<lowercase vault address>`. */
export type LiveVaults = OnchainData['symbiotic'] | null | undefined;
type LiveVault = NonNullable<OnchainData['symbiotic']>[string];

const value = <T>(f: SnapshotFact<T>): T | null => ('reason' in f ? null : f.value);

function fromVaultModel(layer: LayerModel, name: string, model: SlashingModel): RiskFact<SlashingModelFact> {
  const slasher = fromSnapshot(model.slasher);
  if (!slasher.known) return unknown(`${name}: ${slasher.reason}`, slasher.source, slasher.asOf);
  return known(
    {
      layer: layer.name,
      subject: name,
      slasher: slasher.value,
      vetoDays: value(model.vetoDuration)?.days ?? null,
      resolver: value(model.resolver),
      resolverUnknown: 'reason' in model.resolver ? model.resolver.reason : null,
      epochDays: value(model.epochDuration)?.days ?? null,
      secures: value(model.secures),
      slashedFunds: value(model.slashedFunds),
    },
    slasher.source,
    slasher.asOf,
    slasher.verification,
  );
}

function fromLayer(layer: LayerModel): RiskFact<SlashingModelFact> {
  const slasher = fromSnapshot(layer.slasher);
  if (!slasher.known) return unknown(`${layer.name}: ${slasher.reason}`, slasher.source, slasher.asOf);
  return known(
    {
      layer: layer.name,
      subject: layer.name,
      slasher: slasher.value,
      vetoDays: value(layer.vetoWindow)?.days ?? null,
      resolver: null,
      resolverUnknown: null,
      epochDays: null,
      secures: layer.services.length ? layer.services.map((s) => s.name) : null,
      slashedFunds: value(layer.slashedFunds),
    },
    slasher.source,
    slasher.asOf,
    slasher.verification,
  );
}

const DAY_SECONDS = 86_400;

/**
 * A vault's slasher, veto and epoch as read on-chain replace the registered ones once read: a version 2 vault, or
 * a vault whose slasher was changed, is then judged on what it is. What was not read keeps the registered value.
 */
function withLiveVault(base: RiskFact<SlashingModelFact>, layer: LayerModel, name: string, live: LiveVault | undefined): RiskFact<SlashingModelFact> {
  const slasher = live?.slasher;
  if (!live || slasher?.status !== 'ok' || slasher.value.kind === null) return base;
  const days = (f: LiveVault['epochDuration']) => (f.status === 'ok' ? f.value / DAY_SECONDS : null);
  const registered = base.known ? base.value : null;
  return known(
    {
      layer: layer.name,
      subject: name,
      slasher: slasher.value.kind,
      vetoDays: days(live.vetoDuration),
      resolver: registered?.resolver ?? null,
      resolverUnknown: registered?.resolverUnknown ?? (slasher.value.kind === 'veto' ? 'the resolver is set per network and was not read' : null),
      epochDays: days(live.epochDuration),
      secures: registered?.secures ?? null,
      slashedFunds: registered?.slashedFunds ?? null,
    },
    slasher.source,
    new Date(slasher.asOf).toISOString().slice(0, 10),
    'primary',
  );
}

/** The model behind one contract (a vault, an LRT, a wrapper), when lib/layers has it; live vault reads win. */
export function slashingModelAt(chainId: number, address: string, live?: LiveVaults): RiskFact<SlashingModelFact> | null {
  const traced = traceExposure(chainId, address);
  if (!traced) return null;
  const last = traced.path[traced.path.length - 1]!;
  const read = live?.[`${last.chainId}:${last.address.toLowerCase()}`];
  if (!traced.model) return withLiveVault(unknown(traced.unknownReason ?? 'no slashing model is known for this contract'), traced.layer, last.name, read);
  return withLiveVault(fromVaultModel(traced.layer, last.name, traced.model), traced.layer, last.name, read);
}

/** The model of the layer a protocol's deposits go to; protocols without one of their own restake on EigenLayer. */
export function slashingModelOfProtocol(protocolId: string): RiskFact<SlashingModelFact> {
  return fromLayer(getLayerForProtocol(protocolId) ?? getLayer('eigenlayer'));
}

/** The exit delay of the contract the person deposits into (or of the vault behind it), when lib/layers knows it. */
export function exitDelayAt(chainId: number, address: string): RiskFact<{ minDays: number | null; maxDays: number | null; text: string }> | null {
  const traced = traceExposure(chainId, address);
  if (!traced) return null;
  for (const exposure of traced.path) {
    const f = fromSnapshot(exposure.exitDelay);
    if (f.known && (f.value.minDays !== null || f.value.maxDays !== null)) return f;
  }
  return null;
}
