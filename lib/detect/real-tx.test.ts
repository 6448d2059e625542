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
