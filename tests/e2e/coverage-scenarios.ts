/**
 * Products beyond each protocol's flagship token, warned in every browser (chromium-coverage.test.ts,
 * firefox-coverage.test.ts): a Kelp Gain deposit, a wrsETH wrap on an L2, an ETH deposit for ezETH on Arbitrum, a
 * Swell earnETH vault deposit, a Mellow strETH queue deposit, and a Kelp deposit co-signed through a Safe (its SafeTx
 * typed data, and the last owner's execTransaction). Each request is sent through the demo dApp's `window.ethereum`,
 * encoded from the registry's own signatures and addresses.
 */
import { encodeFunctionData, encodePacked, parseAbiItem, parseEther, size, toHex, zeroAddress, type AbiFunction, type Hex } from 'viem';
import { describe, expect, it } from 'vitest';
import { getProtocol, getTokenAddress } from '../../lib/protocols/registry';
import { DEMO_ACCOUNT } from '../demo/transactions';
import type { DemoServer } from '../demo/server';
import { demoSession } from './demo-session';
import type { BrowserDriver, PageDriver } from './driver';
import { openDemo, signingCalls, waitFor } from './demo-page';

/** A registered entry point on a chain, encoded with its registry signature. */
function call(protocolId: string, contractName: string, functionName: string, chainId: number, args: readonly unknown[]): { to: Hex; data: Hex } {
  const contract = getProtocol(protocolId)?.contracts.find((c) => c.name === contractName);
  const to = contract?.deployments.find((d) => d.chainId === chainId)?.address;
  const fn = contract?.functions.map((f) => parseAbiItem(f.signature) as AbiFunction).find((f) => f.name === functionName);
  if (!to || !fn) throw new Error(`coverage e2e: ${protocolId} ${contractName}.${functionName} on ${chainId} is not in the registry`);
  return { to, data: encodeFunctionData({ abi: [fn], functionName, args } as never) };
}

const SAFE = '0x5afe5afe5afe5afe5afe5afe5afe5afe5afe5afe';
const MULTI_SEND_CALL_ONLY = '0x9641d764fc13c8B624c04430C7356C1C7C8102e2'; // safe-deployments v1.4.1 canonical

const send = (tx: { to: Hex; data: Hex }, value: bigint, chainId: number) => ({
  method: 'eth_sendTransaction',
  params: [{ from: DEMO_ACCOUNT, ...tx, value: toHex(value), chainId: toHex(chainId) }],
});

function safeTxRequest(to: Hex, data: Hex, value: bigint, operation: number) {
  const field = (name: string, type: string) => ({ name, type });
  return {
    method: 'eth_signTypedData_v4',
    params: [
      DEMO_ACCOUNT,
      JSON.stringify({
        types: {
          EIP712Domain: [field('chainId', 'uint256'), field('verifyingContract', 'address')],
          SafeTx: [
            field('to', 'address'),
            field('value', 'uint256'),
            field('data', 'bytes'),
            field('operation', 'uint8'),
            field('safeTxGas', 'uint256'),
            field('baseGas', 'uint256'),
            field('gasPrice', 'uint256'),
            field('gasToken', 'address'),
            field('refundReceiver', 'address'),
            field('nonce', 'uint256'),
          ],
        },
        domain: { chainId: 1, verifyingContract: SAFE },
        primaryType: 'SafeTx',
        message: { to, value: value.toString(), data, operation, safeTxGas: '0', baseGas: '0', gasPrice: '0', gasToken: zeroAddress, refundReceiver: zeroAddress, nonce: '12' },
      }),
    ],
  };
}

function scenarios(): { name: string; chain: string; request: { method: string; params: unknown[] }; shows: string; route?: string }[] {
  const kelpGain = call('kelp', 'Kelp Gain rsETHAdapter', 'getRSETHWithETH', 1, ['demo']);
  const wrap = call('kelp', 'RsETHTokenWrapper', 'deposit', 10, [getTokenAddress('rsETH', 10)!, parseEther('2')]);
  const mellow = call('mellow', 'strETH DepositQueue (ETH)', 'deposit', 1, [parseEther('3'), zeroAddress, []]);
  const kelpDeposit = call('kelp', 'LRTDepositPool', 'depositETH', 1, [0n, 'demo']);
  const renzoL2 = call('renzo', 'xRenzoDeposit', 'depositETH', 42161, [1n, 1_900_000_000n]);
  const earnEth = call('swell', 'earnETH Teller', 'deposit', 1, [getTokenAddress('rswETH', 1)!, parseEther('2'), 0n]);
  const batch = encodeFunctionData({
    abi: [parseAbiItem('function multiSend(bytes transactions) payable')],
    args: [encodePacked(['uint8', 'address', 'uint256', 'uint256', 'bytes'], [0, kelpDeposit.to, parseEther('4'), BigInt(size(kelpDeposit.data)), kelpDeposit.data])],
  });
  const exec = encodeFunctionData({
    abi: [parseAbiItem('function execTransaction(address to, uint256 value, bytes data, uint8 operation, uint256 safeTxGas, uint256 baseGas, uint256 gasPrice, address gasToken, address refundReceiver, bytes signatures) payable returns (bool)')],
    args: [MULTI_SEND_CALL_ONLY, 0n, batch, 1, 0n, 0n, 0n, zeroAddress, zeroAddress, '0x'],
  });
  return [
    { name: 'a Kelp Gain deposit (ETH → agETH)', chain: '0x1', request: send(kelpGain, parseEther('1'), 1), shows: 'agETH' },
    { name: 'a wrsETH wrap on Optimism', chain: '0xa', request: send(wrap, 0n, 10), shows: 'wrsETH' },
    { name: 'an ETH deposit for ezETH on Arbitrum (xRenzoDeposit)', chain: '0xa4b1', request: send(renzoL2, parseEther('1.2'), 42161), shows: 'ezETH' },
    { name: 'a Swell earnETH vault deposit', chain: '0x1', request: send(earnEth, 0n, 1), shows: 'earnETH' },
    { name: 'a Mellow strETH deposit queue', chain: '0x1', request: send(mellow, parseEther('3'), 1), shows: 'strETH' },
    { name: 'a Kelp deposit co-signed as a SafeTx', chain: '0x1', request: safeTxRequest(kelpDeposit.to, kelpDeposit.data, parseEther('5'), 0), shows: 'rsETH', route: 'Signed for a Safe: the deposit runs when the Safe executes it' },
    { name: "a Safe's execTransaction running a MultiSend with a Kelp deposit", chain: '0x1', request: send({ to: SAFE, data: exec }, 0n, 1), shows: 'rsETH', route: 'Sent through a Safe, in a batch of calls: the Safe itself makes the deposit' },
  ];
}

type CoverageWindow = { ethereum: { request(r: unknown): Promise<unknown> }; __coverage?: { ok: boolean; code?: number } };

export function coverageScenarios(launch: () => Promise<BrowserDriver>): void {
  let browser: BrowserDriver;
  let demo: DemoServer;
  let page: PageDriver;

  demoSession(launch, async (b, d) => ([browser, demo, page] = [b, d, await b.newPage()]));

  describe('products beyond the flagship tokens', () => {
    it.each(scenarios().map((s) => [s.name, s] as const))('warns before %s reaches the wallet', async (_name, scenario) => {
      await openDemo(page, demo.url, `chain=${scenario.chain}`);
      await page.evaluate((request) => {
        const win = window as unknown as CoverageWindow;
        delete win.__coverage;
        win.ethereum.request(request).then(
          () => (win.__coverage = { ok: true }),
          (error: { code?: number }) => (win.__coverage = { ok: false, code: error?.code }),
        );
      }, scenario.request);
      await page.waitForWarning();
      expect(await page.inWarning((dialog) => dialog?.getAttribute('role'))).toBe('alertdialog');
      await waitFor(async () => (await page.warningText())?.includes(scenario.shows) ?? false, 10_000, `the warning to name ${scenario.shows}`);
      // Read as an intent, not only flagged as an unrecognised call to a known contract.
      const shown = await page.inWarning((dialog) => ({
        title: dialog?.querySelector('#lrt-title')?.textContent ?? null,
        notChecked: !!dialog?.querySelector('[data-testid="not-checked"]'),
      }));
      // The headline is the decoded action, not the "cannot read" one an unrecognised call to a known contract gets.
      expect(shown.notChecked).toBe(false);
      expect(shown.title).toBeTruthy();
      expect(shown.title).not.toBe('A request LRT Advisor cannot read');
      const text = (await page.warningText())!;
      // A Safe in between is said in plain words: who makes the deposit, and when.
      if (scenario.route) expect(text).toContain(scenario.route);
      else expect(text).not.toContain('a Safe');
      expect(text).toContain('Cancel');
      expect(text).toContain('Continue to wallet');
      await page.clickWarningButton('Cancel');
      await waitFor(async () => (await page.evaluate(() => (window as unknown as CoverageWindow).__coverage)) !== undefined, 10_000, 'the dApp to get an answer');
      expect(await page.evaluate(() => (window as unknown as CoverageWindow).__coverage)).toEqual({ ok: false, code: 4001 });
      expect(await signingCalls(page)).toEqual([]);
    });
  });
}
