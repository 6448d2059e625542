// A recording stand-in wallet. It answers the way a wallet does and records every call it receives
// in window.__wallet.log, so tests can see exactly what reached "the wallet". It signs nothing.
// ?wallet= both (default) | eip6963 | providers | late | locked | getter   ?walletReject=1 rejects sends
(() => {
  const query = new URLSearchParams(location.search);
  const mode = query.get('wallet') || 'both';
  const chainId = query.get('chain') || '0x1';
  const rejectSends = query.get('walletReject') === '1';
  // ?envelope=1: like MetaMask's inpage provider, every request is also posted to the wallet's content-script channel.
  const envelope = query.get('envelope') === '1';
  const account = '0x70997970C51812dc3A010C7d01b50e0d17dc79C8';
  const log = [];
  let counter = 0;
  const hex = (n, bytes) => '0x' + n.toString(16).padStart(bytes * 2, '0');
  const SENDS = ['eth_sendTransaction', 'wallet_sendCalls', 'eth_signTypedData_v3', 'eth_signTypedData_v4', 'personal_sign'];

  function answer(name, method, params) {
    if (rejectSends && SENDS.includes(method)) {
      throw Object.assign(new Error('The stand-in wallet rejected the request'), { code: 4001 });
    }
    switch (method) {
      case 'eth_chainId': return chainId;
      case 'net_version': return String(parseInt(chainId, 16));
      case 'eth_accounts':
      case 'eth_requestAccounts': return [account];
      case 'eth_blockNumber': return '0x1';
      case 'eth_call': return hex(1_070_000_000_000_000_000n, 32);
      case 'eth_sendTransaction': return hex(0xabc000n + BigInt(++counter), 32);
      case 'wallet_sendCalls': return { id: hex(0xbadc0den + BigInt(++counter), 32) };
      case 'eth_signTypedData_v3':
      case 'eth_signTypedData_v4':
      case 'personal_sign': return hex(0x5167n + BigInt(++counter), 65);
      default:
        throw Object.assign(new Error(`The stand-in wallet does not support ${method}`), { code: 4200 });
    }
  }

  function makeProvider(name) {
    const listeners = new Map();
    const record = (via, method, params) => log.push({ wallet: name, via, method, params: structuredClone(params ?? null) });
    const answered = (value) => ((log[log.length - 1].result = value), value);
    const provider = {
      isLrtDemoWallet: true,
      name,
      async request(args) {
        if (!args || typeof args.method !== 'string') throw Object.assign(new Error('Invalid request'), { code: -32600 });
        record('request', args.method, args.params);
        if (envelope)
          window.postMessage({ target: 'metamask-contentscript', data: { name: 'metamask-provider', data: { jsonrpc: '2.0', id: log.length, method: args.method, params: args.params } } }, location.origin);
        return answered(answer(name, args.method, args.params));
      },
      send(methodOrPayload, paramsOrCallback) {
        if (typeof methodOrPayload === 'string') {
          record('send', methodOrPayload, paramsOrCallback);
          const entry = log[log.length - 1];
          return Promise.resolve().then(() => (entry.result = answer(name, methodOrPayload, paramsOrCallback)));
        }
        return this.sendAsync(methodOrPayload, paramsOrCallback, 'send');
      },
      sendAsync(payload, callback, via = 'sendAsync') {
        const one = (p) => {
          record(via, p.method, p.params);
          try { return { id: p.id, jsonrpc: '2.0', result: answered(answer(name, p.method, p.params)) }; }
          catch (e) { return { id: p.id, jsonrpc: '2.0', error: { code: e.code, message: e.message } }; }
        };
        setTimeout(() => {
          const response = Array.isArray(payload) ? payload.map(one) : one(payload);
          const error = !Array.isArray(response) && response.error ? Object.assign(new Error(response.error.message), { code: response.error.code }) : null;
          callback(error, response);
        }, 0);
      },
      on(event, fn) { (listeners.get(event) || listeners.set(event, []).get(event)).push(fn); return provider; },
      removeListener(event, fn) { listeners.set(event, (listeners.get(event) || []).filter((f) => f !== fn)); return provider; },
    };
    return provider;
  }

  const main = makeProvider('window.ethereum');
  const announced = makeProvider('eip6963');
  window.__wallet = { log, main, announced, mode };

  const announce = () =>
    window.dispatchEvent(new CustomEvent('eip6963:announceProvider', {
      detail: Object.freeze({
        info: { uuid: '7d1c3b1e-9f6a-4c1e-9a5e-2a3f4b5c6d7e', name: 'LRT Demo Wallet', icon: 'data:image/svg+xml,<svg xmlns="http://www.w3.org/2000/svg"/>', rdns: 'org.lrtadvisor.demo' },
        provider: announced,
      }),
    }));
  window.addEventListener('eip6963:requestProvider', announce);

  switch (mode) {
    case 'eip6963': break;
    case 'providers': {
      const second = makeProvider('providers[1]');
      main.providers = [main, second];
      window.__wallet.second = second;
      window.ethereum = main;
      break;
    }
    case 'late': setTimeout(() => { window.ethereum = main; window.dispatchEvent(new Event('ethereum#initialized')); }, 300); break;
    case 'locked': Object.defineProperty(window, 'ethereum', { value: main, writable: false, configurable: false, enumerable: true }); break;
    case 'getter': Object.defineProperty(window, 'ethereum', { get: () => main, configurable: false, enumerable: true }); break;
    default: window.ethereum = main;
  }
  announce();
})();
