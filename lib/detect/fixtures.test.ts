import { encodeFunctionData, getAddress, parseAbiItem, toFunctionSignature, toHex, type AbiFunction } from 'viem';
import { describe, expect, it } from 'vitest';
import { detectFixtures } from '../../tests/fixtures/detect/index';
import { detect } from './detect';

describe.each(detectFixtures.map((group) => [group.protocol, group] as const))('%s fixtures', (protocol, group) => {
  it.each(group.fixtures.map((f) => [f.name ?? f.signature, f] as const))('%s', (_name, fixture) => {
    const item = parseAbiItem(fixture.signature) as AbiFunction;
    const data = encodeFunctionData({ abi: [item], args: fixture.args ?? [] } as never);
    const chainId = fixture.chainId ?? 1;
    const request = { method: 'eth_sendTransaction', params: [{ to: fixture.to, data, value: toHex(fixture.value ?? 0n) }] };
    const intents = detect(chainId, request);
    expect(
      intents.map((i) => ({
        action: i.action,
        asset: [i.asset.symbol, i.asset.amount],
        token: i.token?.symbol ?? null,
        ...(i.receives !== undefined ? { receives: i.receives?.symbol ?? null } : {}),
        ...(i.shares !== undefined ? { shares: i.shares } : {}),
      })),
    ).toEqual(fixture.expected.map((e) => ({ ...e, asset: [...e.asset] })));
    for (const intent of intents) {
      expect(intent.protocol).toBe(protocol);
      expect(intent.chainId).toBe(chainId);
      expect(intent.contract.address).toBe(getAddress(fixture.to));
      // The canonical signature comes from viem, independently of detection's own formatting.
      expect(intent.function).toBe(toFunctionSignature(item));
      if (intent.token) expect(intent.token.chainId).toBe(chainId);
    }
  });
});
