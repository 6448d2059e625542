/**
 * Legacy callers of `window.ethereum` (web3.js 0.x/1.x era): `send(method, params)` (a promise), the synchronous
 * `send(payload)`, `send(payload, callback)` and `sendAsync(payload | batch, callback)`. A callback's outcome is both
 * of its arguments: the error object and the JSON-RPC response. One function per case.
 */
import { REJECT_ADDRESS, INVALID_ADDRESS, REVERT_ADDRESS, SECOND_ACCOUNT } from './constants';
import { definePage, describeError, fixtures, tick, toJsonSafe, wallets } from './harness';

interface LegacyProvider {
  send(method: string, params?: unknown[]): Promise<unknown>;
  send(payload: unknown): unknown;
  send(payload: unknown, callback: (error: unknown, response: unknown) => void): void;
  sendAsync(payload: unknown, callback: (error: unknown, response: unknown) => void): void;
  on(event: string, fn: (v: unknown) => void): void;
  removeListener(event: string, fn: (v: unknown) => void): void;
}
const eth = () => (window as unknown as { ethereum: LegacyProvider }).ethereum;
const f = () => fixtures();
let nextId = 1;
const payload = (method: string, params: unknown[] = []) => ({ id: nextId++, jsonrpc: '2.0', method, params });

function callback(fn: 'send' | 'sendAsync', body: unknown): Promise<unknown> {
  return new Promise((resolve) =>
    (eth()[fn] as (p: unknown, cb: (e: unknown, r: unknown) => void) => void).call(eth(), body, (error, response) =>
      resolve({ error: error ? describeError(error) : error, response: toJsonSafe(response) }),
    ),
  );
}
const sync = (body: unknown) => {
  try {
    return { returned: toJsonSafe(eth().send(body)) };
  } catch (error) {
    return { threw: describeError(error) };
  }
};
const tx = (t: { to: string; data?: string; value?: string }) => ({ from: f().account, to: t.to, ...(t.data ? { data: t.data } : {}), ...(t.value ? { value: t.value } : {}) });
const rejected = () => tx({ to: REJECT_ADDRESS, value: '0x1' });

definePage({
  'send.eth_accounts': () => eth().send('eth_accounts'),
  'send.eth_chainId': () => eth().send('eth_chainId', []),
  'send.eth_call': () => eth().send('eth_call', [f().call, 'latest']),
  'send.unsupported': () => eth().send('wallet_unknownMethod', []),
  'sendSync.eth_accounts': async () => sync(payload('eth_accounts')),
  'sendSync.eth_call': async () => sync(payload('eth_call', [f().call, 'latest'])),
  'sendAsync.eth_chainId': () => callback('sendAsync', payload('eth_chainId')),
  'sendAsync.eth_call': () => callback('sendAsync', payload('eth_call', [f().call, 'latest'])),
  'sendAsync.revert': () => callback('sendAsync', payload('eth_call', [{ to: REVERT_ADDRESS, data: '0x679aefce' }, 'latest'])),
  'sendAsync.unsupported': () => callback('sendAsync', payload('wallet_unknownMethod')),
  'sendAsync.batch.reads': () => callback('sendAsync', [payload('eth_chainId'), payload('eth_call', [f().call, 'latest'])]),
  'sendCallback.eth_call': () => callback('send', payload('eth_call', [f().call, 'latest'])),
  'send.transfer': () => eth().send('eth_sendTransaction', [tx(f().transfer)]),
  'send.rejected': () => eth().send('eth_sendTransaction', [rejected()]),
  'sendAsync.transfer': () => callback('sendAsync', payload('eth_sendTransaction', [tx(f().transfer)])),
  'sendAsync.rejected': () => callback('sendAsync', payload('eth_sendTransaction', [rejected()])),
  'sendAsync.invalid': () => callback('sendAsync', payload('eth_sendTransaction', [tx({ to: INVALID_ADDRESS, value: '0x1' })])),
  'sendAsync.signTypedData_v3': () => callback('sendAsync', payload('eth_signTypedData_v3', [f().account, JSON.stringify(f().mail)])),
  'sendAsync.batch.transfer': () => callback('sendAsync', [payload('eth_chainId'), payload('eth_sendTransaction', [tx(f().transfer)])]),
  'sendCallback.transfer': () => callback('send', payload('eth_sendTransaction', [tx(f().transfer)])),
  'send.deposit': () => eth().send('eth_sendTransaction', [tx(f().deposit)]),
  'sendAsync.deposit': () => callback('sendAsync', payload('eth_sendTransaction', [tx(f().deposit)])),
  'sendAsync.batch.deposit': () => callback('sendAsync', [payload('eth_chainId'), payload('eth_sendTransaction', [tx(f().deposit)])]),
  'sendCallback.deposit': () => callback('send', payload('eth_sendTransaction', [tx(f().kelpDeposit)])),
  'sendAsync.sendCalls.restaking': () =>
    callback('sendAsync', payload('wallet_sendCalls', [{ version: '2.0.0', chainId: '0x1', from: f().account, atomicRequired: true, calls: f().batch }])),
  'send.deposit.cancel': () => eth().send('eth_sendTransaction', [tx(f().deposit)]),
  'sendAsync.deposit.cancel': () => callback('sendAsync', payload('eth_sendTransaction', [tx(f().deposit)])),
  'event.accountsChanged': async () => {
    const seen: unknown[] = [];
    const listener = (accounts: unknown) => seen.push(accounts);
    eth().on('accountsChanged', listener);
    wallets().wallets.conformance!.setAccounts([SECOND_ACCOUNT]);
    await tick();
    const during = await eth().send('eth_accounts');
    wallets().wallets.conformance!.setAccounts([f().account]);
    await tick();
    eth().removeListener('accountsChanged', listener);
    return { seen, during };
  },
});
