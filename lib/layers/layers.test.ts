import { describe, expect, it } from 'vitest';
import { protocols } from '../protocols/index';
import { getTokenById } from '../protocols/registry';
import type { ProtocolSpec } from '../protocols/types';
import { checkLayers } from '../../tests/support/check-layers';
import { CODE_WORDS, textsOf } from '../../tests/support/plain-words';
import { getExposure, getLayer, getLayerForProtocol, layers, layerSchema, traceExposure } from './index';
import type { LayerModel } from './schema';

const copy = (): LayerModel[] => structuredClone([...layers]);

describe('restaking layers', () => {
  it('has no problems: schema, registry links, via targets, and a model for every deposit contract', () => {
    expect(checkLayers(layers, protocols)).toEqual([]);
  });

  it.each(layers.map((l) => [l.id, l] as const))('%s parses with the schema', (_id, layer) => {
    expect(layerSchema.parse(layer)).toEqual(layer);
  });

  it('says what a person reads in plain words: the code is in the sources, notes and registries, not the text', () => {
    // Sources, notes and registry purposes carry the technical detail; names are brands ("zkLink").
    const skip = new Set(['source', 'note', 'address', 'id', 'purpose', 'name']);
    const texts = layers.flatMap((layer) => textsOf(layer, layer.id, skip));
    expect(texts.length).toBeGreaterThan(100);
    for (const [where, text] of texts) expect(text, where).not.toMatch(CODE_WORDS);
    expect('queueWithdrawals, then completeQueuedWithdrawal').toMatch(CODE_WORDS);
    expect('withdraw()/redeem()').toMatch(CODE_WORDS);
    expect('MIN_WITHDRAWAL_DELAY = 9 days').toMatch(CODE_WORDS);
    expect('Vault.onSlash sends').toMatch(CODE_WORDS);
    expect('eETH/weETH to ETH, ynLSDe, mstETH, rswETH, ether.fi, EigenLayer').not.toMatch(CODE_WORDS);
  });

  it('fails when a registered deposit contract has no entry (a new vault needs its slashing model)', () => {
    const broken = copy();
    const symbiotic = broken.find((l) => l.id === 'symbiotic')!;
    symbiotic.exposures = symbiotic.exposures.filter((e) => e.address !== '0xc10A7f0AC6E3944F4860eE97a937C51572e3a1Da');
    expect(checkLayers(broken, protocols)).toEqual([
      'symbiotic Gauntlet Restaked wstETH on 1: no slashing model in lib/layers for 0xc10A7f0AC6E3944F4860eE97a937C51572e3a1Da',
    ]);
  });

  it('fails on the same gap for a new protocol file that names its layer', () => {
    const extra: ProtocolSpec = {
      id: 'new-layer-vaults',
      name: 'New',
      kind: 'restaking',
      layer: 'symbiotic',
      tokens: [],
      contracts: [
        {
          name: 'Vault',
          token: null,
          abiSource: 'x',
          deployments: [{ chainId: 1, address: '0x0000000000000000000000000000000000000001', source: 'x', verification: 'primary' }],
          functions: [{ signature: 'function deposit(address onBehalfOf, uint256 amount)', selector: '0x47e7ef24', action: 'restake', input: { kind: 'none' } }],
        },
      ],
    };
    expect(checkLayers(layers, [...protocols, extra])).toContain(
      'new-layer-vaults Vault on 1: no slashing model in lib/layers for 0x0000000000000000000000000000000000000001',
    );
  });

  it('fails on a fact with neither a value nor a reason, a dangling via, and an unregistered address', () => {
    const broken = copy();
    const symbiotic = broken.find((l) => l.id === 'symbiotic')!;
    const vault = symbiotic.exposures.find((e) => e.kind === 'vault')!;
    (vault.model!.slasher as { reason?: string }).reason = undefined;
    (vault.model!.slasher as { value: unknown }).value = null;
    const lrt = symbiotic.exposures.find((e) => e.kind === 'lrt' && e.via?.value)!;
    (lrt.via!.value as { address: string }).address = '0x0000000000000000000000000000000000000002';
    symbiotic.exposures.push({ ...vault, address: '0x0000000000000000000000000000000000000003' });
    const problems = checkLayers(broken, protocols).join('\n');
    expect(problems).toMatch(/symbiotic: exposures\.\d+\.model\.slasher/);
    expect(problems).toMatch(/via 0x0000000000000000000000000000000000000002 has no entry/);
    expect(problems).toMatch(/0x0000000000000000000000000000000000000003 is not a registered contract/);
  });

  it('maps protocol ids to layers, Mellow to Symbiotic', () => {
    expect(getLayerForProtocol('mellow')?.id).toBe('symbiotic');
    expect(getLayerForProtocol('symbiotic')?.id).toBe('symbiotic');
    expect(getLayerForProtocol('karak')?.id).toBe('karak');
    expect(getLayerForProtocol('kernel')?.id).toBe('kernel');
    expect(getLayerForProtocol('eigenlayer')?.id).toBe('eigenlayer');
    expect(getLayerForProtocol('aave-v3')).toBeUndefined();
    for (const p of protocols) if (p.layer) expect(getLayerForProtocol(p.id)?.id).toBe(p.layer);
  });

  it('traces a Mellow DepositWrapper through its LRT to the Symbiotic vault: veto slasher, 7-day epoch, 3-day veto', () => {
    const traced = traceExposure(1, '0x24fee15bc11ff617c042283b58a3bda6441da145')!;
    expect(traced.path.map((e) => e.name)).toEqual(['DepositWrapper (steakLRT)', 'steakLRT (Mellow LRT)', 'Steakhouse Resteaking Vault (Mellow steakLRT)']);
    expect(traced.model?.slasher.value).toBe('veto');
    expect(traced.model?.epochDuration.value).toEqual({ seconds: 604_800, days: 7 });
    expect(traced.model?.vetoDuration.value).toEqual({ seconds: 259_200, days: 3 });
    expect(traced.model?.resolver.value).toBeNull();
    expect(traced.layer.id).toBe('symbiotic');
  });

  it('says why when the trail stops: the EthWrapper target vault is a call argument', () => {
    const traced = traceExposure(1, '0xfD4a4922d1AFe70000Ce0Ec6806454e78256504e')!;
    expect(traced.model).toBeNull();
    expect(traced.unknownReason).toMatch(/call argument/);
  });

  it('keeps unknown vault facts unknown, with a reason, for vaults no source describes', () => {
    const gauntlet = getExposure(1, '0xc10A7f0AC6E3944F4860eE97a937C51572e3a1Da')!.exposure;
    for (const f of Object.values(gauntlet.model!)) {
      expect(f.value).toBeNull();
      expect('reason' in f && f.reason.length > 0).toBe(true);
    }
    expect(gauntlet.collateral.value?.symbol).toBe('wstETH');
  });

  it('agrees with the registry on DefaultCollateral underlyings', () => {
    for (const e of getLayer('symbiotic').exposures.filter((x) => x.name.startsWith('DefaultCollateral '))) {
      const symbol = e.collateral.value!.symbol;
      const registered = getTokenById(symbol)?.token.deployments.find((d) => d.chainId === 1);
      expect(registered?.address, symbol).toBe(e.collateral.value!.address);
      expect(getTokenById(`DC_${symbol}`)?.token.deployments[0]?.address).toBe(e.address);
      expect(e.model?.slasher.value).toBe('none');
      expect(e.exitDelay.value?.maxDays).toBe(0);
    }
  });

  it('states the Karak v2 and Kernel terms from their sources', () => {
    const karak = getLayer('karak');
    expect(karak.vetoWindow.value).toEqual({ seconds: 172_800, days: 2 });
    expect(karak.exitDelay.value).toMatchObject({ minDays: 9, maxDays: 9 });
    expect(traceExposure(1, '0x54e44DbB92dBA848ACe27F44c0CB4268981eF1CC')?.model?.slasher.value).toBe('none');
    const kernel = traceExposure(56, '0xb32dF5B33dBCCA60437EC17b27842c12bFE83394')!;
    expect(kernel.model?.slasher).toMatchObject({ value: 'none', verification: 'secondary' });
    expect(kernel.exposure.exitDelay.value).toMatchObject({ minDays: 0, maxDays: 0 });
    expect(getLayer('eigenlayer').exitDelay.value).toMatchObject({ minDays: 14, maxDays: 14 });
  });

  it('returns undefined for an address no layer knows', () => {
    expect(getExposure(1, '0x0000000000000000000000000000000000000009')).toBeUndefined();
    expect(traceExposure(1, '0x0000000000000000000000000000000000000009')).toBeUndefined();
  });
});
