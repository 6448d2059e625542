/**
 * The restaking layers' slashing models: one file per layer, one line here. Lookups by layer, by registry protocol
 * id, and by the (chain, address) a person calls — a vault, an LRT, a wrapper — following `via` to the entry whose
 * model applies. The layer test fails when a registered deposit contract of a layered protocol has no entry.
 */
import type { RestakingLayer } from '../protocols/types';
import { eigenlayerLayer } from './eigenlayer';
import { karakLayer } from './karak';
import { kernelLayer } from './kernel';
import type { Exposure, LayerId, LayerModel, SlashingModel } from './schema';
import { symbioticLayer } from './symbiotic';

export type { Exposure, LayerId, LayerModel, SlashingModel } from './schema';
export { layerSchema } from './schema';

export const layers: readonly LayerModel[] = [eigenlayerLayer, symbioticLayer, karakLayer, kernelLayer];

// The registry's layer names and these models must stay one set.
const sameIds: [RestakingLayer, LayerId] extends [LayerId, RestakingLayer] ? true : never = true;
void sameIds;

/** What a (chain, address) is exposed to: the entry called, the entries `via` led through, and the model at the end. */
export interface TracedExposure {
  layer: LayerModel;
  /** The entry for the address asked about. */
  exposure: Exposure;
  /** From the entry asked about to the one carrying the model (or to where the trail stops). */
  path: Exposure[];
  /** The slashing model that applies, or null when the trail stops at an unknown. */
  model: SlashingModel | null;
  /** Why `model` is null. */
  unknownReason: string | null;
}

const key = (chainId: number, address: string) => `${chainId}:${address.toLowerCase()}`;

let index: Map<string, { layer: LayerModel; exposure: Exposure }> | null = null;
function exposures(): Map<string, { layer: LayerModel; exposure: Exposure }> {
  if (index) return index;
  index = new Map();
  for (const layer of layers) for (const exposure of layer.exposures) index.set(key(exposure.chainId, exposure.address), { layer, exposure });
  return index;
}

export function getLayer(id: LayerId): LayerModel {
  return layers.find((l) => l.id === id)!;
}

/** The layer whose model covers a registry protocol (`mellow` → Symbiotic), if any. */
export function getLayerForProtocol(protocolId: string): LayerModel | undefined {
  return layers.find((l) => l.protocols.includes(protocolId));
}

/** The entry for exactly this (chain, address), without following `via`. */
export function getExposure(chainId: number, address: string): { layer: LayerModel; exposure: Exposure } | undefined {
  return exposures().get(key(chainId, address));
}

/** Follows `via` from the entry for (chain, address) to the slashing model that applies. */
export function traceExposure(chainId: number, address: string): TracedExposure | undefined {
  const start = getExposure(chainId, address);
  if (!start) return undefined;
  const path: Exposure[] = [start.exposure];
  let current = start.exposure;
  // Entries point at most two hops on (wrapper → LRT → vault); the bound also stops a cycle in bad data.
  for (let hop = 0; hop < 4; hop++) {
    if (current.model) return { layer: start.layer, exposure: start.exposure, path, model: current.model, unknownReason: null };
    const via = current.via;
    if (via === null) break;
    if (via.value === null) return { layer: start.layer, exposure: start.exposure, path, model: null, unknownReason: via.reason };
    const next = getExposure(via.value.chainId, via.value.address);
    if (!next) {
      return { layer: start.layer, exposure: start.exposure, path, model: null, unknownReason: `${via.value.address} on chain ${via.value.chainId} has no entry in lib/layers` };
    }
    path.push(next.exposure);
    current = next.exposure;
  }
  return { layer: start.layer, exposure: start.exposure, path, model: null, unknownReason: 'no slashing model at the end of the via chain' };
}
