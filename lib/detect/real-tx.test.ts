import { describe, expect, it } from 'vitest';
import { realTxCorpus } from '../../tests/fixtures/real-tx/index';
import { realTxRequest } from '../../tests/fixtures/real-tx/request';
import { detect } from './detect';

describe.each(realTxCorpus.map((group) => [group.protocol, group] as const))('real transactions: %s', (_protocol, group) => {
  it.each(group.txs.map((tx) => [tx.name, tx] as const))('%s', (_name, entry) => {
    const { chainId, request } = realTxRequest(entry);
    if (entry.provenance.kind === 'tx') expect(chainId).toBe(entry.provenance.chainId);
    // The wallet's chain is the request's own; a different fallback must not change the reading.
    const intents = detect(chainId === 1 ? 8453 : 1, request);
    expect(
      intents.map((i) => ({
        action: i.action,
        protocol: i.protocol,
        asset: [i.asset.symbol, i.asset.amount],
        token: i.token?.symbol ?? null,
        ...(i.receives !== undefined ? { receives: i.receives?.symbol ?? null } : {}),
      })),
    ).toEqual(entry.expected.map((e) => ({ ...e, asset: [...e.asset] })));
    for (const intent of intents) expect(intent.chainId).toBe(chainId);
  });
});

describe('real-transaction corpus', () => {
  it('holds at least 60 entries, at least 3 for each restaking protocol people use, on mainnet and L2s', () => {
    const entries = realTxCorpus.flatMap((group) => group.txs);
    expect(entries.length).toBeGreaterThanOrEqual(60);
    const required = ['etherfi', 'renzo', 'puffer', 'kelp', 'swell', 'eigenlayer', 'symbiotic', 'karak', 'kernel'];
    for (const protocol of required) expect(realTxCorpus.find((g) => g.protocol === protocol)?.txs.length ?? 0, protocol).toBeGreaterThanOrEqual(3);
    const chains = new Set(entries.map((e) => realTxRequest(e).chainId));
    expect(chains.has(1)).toBe(true);
    expect([...chains].filter((c) => c !== 1).length).toBeGreaterThanOrEqual(3);
  });

  it('names where each entry comes from, and real transactions by hash', () => {
    for (const group of realTxCorpus)
      for (const tx of group.txs) {
        if (tx.provenance.kind === 'tx') expect(tx.provenance.hash).toMatch(/^0x[0-9a-f]{64}$/);
        const source = tx.provenance.kind === 'tx' ? tx.provenance.publishedIn : tx.provenance.source;
        expect(source).toMatch(/^[\w.-]+\/[\w.-]+@[0-9a-f]{40}:\S/);
        for (const e of tx.expected) expect(e.protocol).toBe(group.protocol);
      }
  });
});
