/**
 * The layer data's rules as code: each returns the problems it finds, so the layer test can both assert clean data
 * and prove every rule fires on a broken copy (as tests/support/check-registry.ts does for the registry).
 */
import type { ProtocolSpec } from '../../lib/protocols/types';
import { layerSchema, type LayerModel } from '../../lib/layers/schema';

/** Actions that put funds into a layer: a contract offering one needs a slashing model. */
const DEPOSIT_ACTIONS = new Set(['deposit', 'restake']);

export function checkLayers(layers: readonly LayerModel[], protocols: readonly ProtocolSpec[]): string[] {
  const problems: string[] = [];
  const byKey = new Map<string, string>();
  const key = (chainId: number, address: string) => `${chainId}:${address.toLowerCase()}`;
  const registered = new Map<string, string>();
  for (const protocol of protocols) {
    for (const contract of protocol.contracts) for (const d of contract.deployments) registered.set(key(d.chainId, d.address), protocol.id);
  }

  for (const layer of layers) {
    const parsed = layerSchema.safeParse(layer);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) problems.push(`${layer.id}: ${issue.path.join('.')}: ${issue.message}`);
    }
    for (const id of layer.protocols) {
      const protocol = protocols.find((p) => p.id === id);
      if (!protocol) problems.push(`${layer.id}: protocol ${id} is not in the registry`);
      else if (protocol.layer !== undefined && protocol.layer !== layer.id) problems.push(`${layer.id}: protocol ${id} says its layer is ${protocol.layer}`);
    }
    for (const e of layer.exposures) {
      const where = `${layer.id} ${e.name} on ${e.chainId}`;
      const k = key(e.chainId, e.address);
      if (byKey.has(k)) problems.push(`${where}: duplicate (chain, address) ${k}`);
      byKey.set(k, layer.id);
      // An LRT protocol with no layer of its own may run one product on this layer (YieldNest's ynBTCk on Kernel).
      const crossLayer = protocols.find((p) => p.id === e.protocol)?.layer === undefined && !layers.some((l) => l.protocols.includes(e.protocol));
      if (!layer.protocols.includes(e.protocol) && !crossLayer) problems.push(`${where}: protocol ${e.protocol} is not one of the layer's`);
      const owner = registered.get(k);
      if (owner === undefined) problems.push(`${where}: ${e.address} is not a registered contract`);
      else if (owner !== e.protocol) problems.push(`${where}: registered to ${owner}, not ${e.protocol}`);
    }
  }
  for (const layer of layers) {
    for (const e of layer.exposures) {
      const via = e.via?.value;
      if (via && !byKey.has(key(via.chainId, via.address))) problems.push(`${layer.id} ${e.name} on ${e.chainId}: via ${via.address} has no entry`);
    }
  }

  // Every deposit contract of a protocol that names its layer needs an entry, so a new vault cannot be added
  // without its slashing model (or an explicit entry saying why it is unknown).
  for (const protocol of protocols) {
    if (protocol.layer === undefined) continue;
    for (const contract of protocol.contracts) {
      if (!contract.functions.some((f) => DEPOSIT_ACTIONS.has(f.action))) continue;
      for (const d of contract.deployments) {
        if (!byKey.has(key(d.chainId, d.address))) problems.push(`${protocol.id} ${contract.name} on ${d.chainId}: no slashing model in lib/layers for ${d.address}`);
      }
    }
  }
  return problems;
}
