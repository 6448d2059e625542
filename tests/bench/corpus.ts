/**
 * A mixed, deterministic corpus of wallet requests for the detect bench and the fuzz test: the registry fixtures,
 * approvals and permits, and the traffic that dominates real pages (plain transfers, swaps, unrelated calls).
 */
import { encodeFunctionData, parseAbiItem, toHex, type AbiFunction } from 'viem';
import { detectFixtures } from '../fixtures/detect/index';

export function fixtureRequests(): { chainId: number; request: unknown }[] {
  return detectFixtures.flatMap((group) =>
    group.fixtures.map((f) => ({
      chainId: f.chainId ?? 1,
      request: {
        method: 'eth_sendTransaction',
        params: [
          {
            to: f.to,
            data: encodeFunctionData({ abi: [parseAbiItem(f.signature) as AbiFunction], args: f.args ?? [] } as never),
            value: toHex(f.value ?? 0n),
          },
        ],
      },
    })),
  );
}

const UNRELATED = [
  // WETH deposit: same selector as ether.fi deposit(), different address.
  { method: 'eth_sendTransaction', params: [{ to: '0xC02aaA39b223FE8D0A0e5C4F27eAD9083C756Cc2', data: '0xd0e30db0', value: '0x1' }] },
  // USDC transfer.
  { method: 'eth_sendTransaction', params: [{ to: '0xA0b86991c6218b36c1d19D4a2e9Eb0cE3606eB48', data: `0xa9059cbb${'0'.repeat(24)}${'ab'.repeat(20)}${'0'.repeat(62)}64`, value: '0x0' }] },
  // USDC approve to a DEX router.
  { method: 'eth_sendTransaction', params: [{ to: '0xA0b86991c6218b36c1d19D4a2e9Eb0cE3606eB48', data: `0x095ea7b3${'0'.repeat(24)}1111111254eeb25477b68fb85ed929f73a960582${'f'.repeat(64)}` }] },
  // Plain ETH transfer.
  { method: 'eth_sendTransaction', params: [{ to: '0x00000000000000000000000000000000000A11cE', value: '1000000000000000000' }] },
  { method: 'personal_sign', params: ['0x68656c6c6f', '0x00000000000000000000000000000000000A11cE'] },
  { method: 'eth_signTypedData_v4', params: ['0x00000000000000000000000000000000000A11cE', '{"primaryType":"Mail","domain":{"chainId":1},"types":{},"message":{"contents":"hi"}}'] },
];

export function mixedCorpus(): { chainId: number; request: unknown }[] {
  const registered = fixtureRequests();
  const unrelated = UNRELATED.map((request) => ({ chainId: 1, request }));
  // Roughly half restaking traffic, half everything else.
  const corpus: { chainId: number; request: unknown }[] = [];
  for (let i = 0; i < registered.length; i++) corpus.push(registered[i]!, unrelated[i % unrelated.length]!);
  return corpus;
}
