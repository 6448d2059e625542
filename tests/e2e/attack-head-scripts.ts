/**
 * Page scripts the attack scenarios run as an inline script at the very top of `<head>` (`?head=<name>`), and
 * the `override-*` ones again right after load. Each records what it did: `__headRan`, `__overridden` (the globals
 * it replaced), `__overrideCalls` (how often a replacement was reached), `__stolen` (ports it captured).
 * Every replacement keeps the page working (it wraps the original) and tries to corrupt only what the extension
 * would send or receive if it used the page's globals: bridge messages (`{k: …}`), hold requests, snapshots.
 */
const PRELUDE = `
window.__headRan = true;
window.__overridden = window.__overridden || [];
window.__overrideCalls = window.__overrideCalls || 0;
window.__stolen = window.__stolen || [];
const __ra = Reflect.apply;
const __forge = (v) => {
  if (v && typeof v === 'object' && !Array.isArray(v)) {
    if ('k' in v) return { ...v, k: 'continue' };
    if (v.method === 'eth_sendTransaction') return { ...v, method: 'eth_call' };
  }
  return v;
};
`;

export const HEAD_SCRIPTS: Record<string, string> = {
  'forged-port': `${PRELUDE}
window.addEventListener('lrt-advisor:port', (e) => { if (e.ports && e.ports[0]) window.__stolen.push(e.ports[0]); }, true);
window.addEventListener('lrt-advisor:ready', () => { window.__sawReady = true; }, true);
const channel = new MessageChannel();
window.__stolen.push(channel.port1);
channel.port1.onmessage = (e) => { if (!(e.data && e.data.forged)) window.__fromExtension = (window.__fromExtension || 0) + 1; };
window.dispatchEvent(new MessageEvent('lrt-advisor:port', { ports: [channel.port2], cancelable: true }));
window.dispatchEvent(new Event('lrt-advisor:ready'));
`,

  'steal-ports': `${PRELUDE}
const MC = MessageChannel;
window.MessageChannel = function () { const c = new MC(); window.__stolen.push(c.port1, c.port2); return c; };
const onmessage = Object.getOwnPropertyDescriptor(MessagePort.prototype, 'onmessage');
Object.defineProperty(MessagePort.prototype, 'onmessage', {
  configurable: true,
  get() { return __ra(onmessage.get, this, []); },
  set(fn) { window.__stolen.push(this); __ra(onmessage.set, this, [fn]); },
});
const add = EventTarget.prototype.addEventListener;
EventTarget.prototype.addEventListener = function (type, fn, options) {
  if (this instanceof MessagePort) window.__stolen.push(this);
  return __ra(add, this, [type, fn, options]);
};
window.addEventListener('lrt-advisor:port', (e) => { for (const p of e.ports || []) window.__stolen.push(p); }, true);
window.__overridden.push('MessageChannel', 'EventTarget.prototype.addEventListener');
`,

  'hide-style': `${PRELUDE}
const style = document.createElement('style');
style.textContent = 'lrt-advisor-warning { display:none !important; visibility:hidden !important; opacity:0 !important; transform:scale(0) !important; position:absolute !important; left:-99999px !important; }';
document.documentElement.append(style);
`,

  'override-postMessage': `${PRELUDE}
const post = window.postMessage;
window.postMessage = function (message, ...rest) {
  window.__overrideCalls++;
  for (let n = 0; n < 20; n++) __ra(post, window, [{ k: 'continue', id: 'h' + n }, '*']);
  return __ra(post, this, [__forge(message), ...rest]);
};
window.__overridden.push('postMessage');
`,

  'override-EventTarget': `${PRELUDE}
const proto = EventTarget.prototype;
const add = proto.addEventListener, remove = proto.removeEventListener, dispatch = proto.dispatchEvent;
proto.addEventListener = function (type, fn, options) {
  window.__overrideCalls++;
  if (type === 'message' && typeof fn === 'function') {
    const inner = fn;
    fn = function (event) { return __ra(inner, this, [new MessageEvent('message', { data: __forge(event.data), ports: event.ports })]); };
  }
  return __ra(add, this, [type, fn, options]);
};
proto.removeEventListener = function (type, fn, options) {
  window.__overrideCalls++;
  if (String(type).startsWith('lrt-advisor') || String(type).startsWith('eip6963')) return undefined;
  return __ra(remove, this, [type, fn, options]);
};
proto.dispatchEvent = function (event) {
  window.__overrideCalls++;
  if (event && String(event.type).startsWith('lrt-advisor')) window.__stolen.push(...(event.ports || []));
  return __ra(dispatch, this, [event]);
};
window.__overridden.push('EventTarget.prototype.addEventListener', 'EventTarget.prototype.removeEventListener', 'EventTarget.prototype.dispatchEvent');
`,

  'override-JSON': `${PRELUDE}
const parse = JSON.parse, stringify = JSON.stringify;
JSON.parse = function (...args) { window.__overrideCalls++; return __forge(__ra(parse, JSON, args)); };
JSON.stringify = function (value, ...rest) { window.__overrideCalls++; return __ra(stringify, JSON, [__forge(value), ...rest]); };
window.__overridden.push('JSON.parse', 'JSON.stringify');
`,

  'override-Promise': `${PRELUDE}
const NativePromise = Promise;
const then = NativePromise.prototype.then;
NativePromise.prototype.then = function (ok, fail) {
  window.__overrideCalls++;
  // A page that makes every pending promise look settled: a hold must not be released by it.
  return __ra(then, this, [ok, fail]);
};
const resolve = NativePromise.resolve;
NativePromise.resolve = function (v) { window.__overrideCalls++; return __ra(resolve, this, [__forge(v)]); };
window.Promise = class extends NativePromise {
  constructor(executor) { window.__overrideCalls++; super(executor); }
};
window.__overridden.push('Promise', 'Promise.prototype.then', 'Promise.resolve');
`,

  'override-Function': `${PRELUDE}
const fp = Function.prototype;
const call = fp.call, apply = fp.apply, bind = fp.bind;
fp.call = function (thisArg, ...args) { window.__overrideCalls++; return __ra(this, thisArg, args.map(__forge)); };
fp.apply = function (thisArg, args) { window.__overrideCalls++; return __ra(this, thisArg, Array.from(args || [], __forge)); };
fp.bind = function (thisArg, ...bound) { window.__overrideCalls++; return __ra(bind, this, [thisArg, ...bound.map(__forge)]); };
Reflect.apply = function (fn, thisArg, args) { window.__overrideCalls++; return __ra(fn, thisArg, Array.from(args, __forge)); };
window.__overridden.push('Function.prototype.call', 'Function.prototype.apply', 'Function.prototype.bind', 'Reflect.apply');
`,

  'override-MessagePort': `${PRELUDE}
const post = MessagePort.prototype.postMessage;
MessagePort.prototype.postMessage = function (message, ...rest) {
  window.__overrideCalls++;
  window.__stolen.push(this);
  let m = message;
  if (m && m.k === 'hold') m = { ...m, requests: [{ method: 'eth_call', params: [] }] };
  return __ra(post, this, [__forge(m), ...rest]);
};
window.__overridden.push('MessagePort.prototype.postMessage');
`,

  'override-messageData': `${PRELUDE}
const dataGetter = Object.getOwnPropertyDescriptor(MessageEvent.prototype, 'data').get;
Object.defineProperty(MessageEvent.prototype, 'data', {
  configurable: true,
  get() { window.__overrideCalls++; return __forge(__ra(dataGetter, this, [])); },
});
window.__overridden.push('MessageEvent.prototype.data');
`,

  'override-structuredClone': `${PRELUDE}
const clone = structuredClone;
window.structuredClone = function (value, options) {
  window.__overrideCalls++;
  const copy = __ra(clone, window, [value, options]);
  // A harmless-looking snapshot: if the hook judged this one, the deposit would pass unseen.
  if (copy && Array.isArray(copy.params) && copy.params[0] && typeof copy.params[0] === 'object') copy.params[0].to = '0x1111111111111111111111111111111111111111';
  return copy;
};
window.__overridden.push('structuredClone');
`,

  'override-defineProperty': `${PRELUDE}
const define = Object.defineProperty, defineAll = Object.defineProperties, reflectDefine = Reflect.defineProperty;
const blocked = (key) => key === 'request' || key === 'send' || key === 'sendAsync' || key === 'ethereum';
Object.defineProperty = function (o, key, d) { window.__overrideCalls++; return blocked(key) ? o : __ra(define, Object, [o, key, d]); };
Object.defineProperties = function (o, ds) { window.__overrideCalls++; return __ra(defineAll, Object, [o, ds]); };
Reflect.defineProperty = function (o, key, d) { window.__overrideCalls++; return blocked(key) ? true : __ra(reflectDefine, Reflect, [o, key, d]); };
window.__overridden.push('Object.defineProperty', 'Object.defineProperties', 'Reflect.defineProperty');
`,
};

/**
 * Wallets shaped like real in-page providers, over the stand-in wallet's recorded calls (`__wallets.spawn`), for the
 * paths a real wallet has and the stand-in does not. `__makeWallet(kind)`:
 * - `metamask`: `@metamask/providers`' shape: `isMetaMask`, `request` and `_rpcRequest` bound on the instance (an
 *   async `request`), `send`/`sendAsync` on the prototype, everything ending in `_rpcRequest`, `_metamask.requestBatch`
 *   (a Proxy over arrow functions), errors as the plain objects its stream delivers;
 * - `frame`: Frame's `ethereum-provider` shape: `isFrame`, async `request`/`send`/`sendAsync` on the class prototype,
 *   `send(payload, cb)` → `this.sendAsync`, `send(payload)` → `this.request`, plain-object errors;
 * - `custom`: a wallet with no flags that rejects with its own plain `{code: 4001, message: 'Request declined by the user (Custom Wallet)'}`.
 * Built after load and assigned to `window.ethereum`, then announced with `ethereum#initialized`, as MetaMask does.
 */
export const SHAPED_WALLETS = `(() => {
  const plain = (e) => (e ? { code: e.code, message: e.message, ...(e.data !== undefined ? { data: e.data } : {}) } : e);
  window.__makeWallet = (kind) => {
    const inner = window.__wallets.spawn(kind).provider;
    if (kind === 'metamask') {
      class BaseProvider {
        constructor() {
          this.isMetaMask = true;
          this._rpcRequest = this._rpcRequest.bind(this);
          this.request = this.request.bind(this);
          this._metamask = new Proxy({ requestBatch: async (requests) => new Promise((resolve, reject) => this._rpcRequest(requests, (e, r) => (e ? reject(e) : resolve(r)))) }, {});
        }
        async request(args) {
          const { method, params } = args;
          return new Promise((resolve, reject) => this._rpcRequest(params === undefined ? { method } : { method, params }, (e, r) => (e || r.error ? reject(e || r.error) : resolve(r.result))));
        }
        _rpcRequest(payload, callback) {
          inner.sendAsync(payload, (e, r) => (Array.isArray(r) ? callback(null, r) : callback(plain(r && r.error) || null, r && r.error ? { ...r, error: plain(r.error) } : r)));
        }
      }
      class MetaMaskInpageProvider extends BaseProvider {
        send(method, params) {
          if (typeof method === 'string') return new Promise((resolve, reject) => this._rpcRequest({ method, params }, (e, r) => (e || r.error ? reject(e || r.error) : resolve(r))));
          if (typeof params === 'function') return this._rpcRequest(method, params);
          throw new Error('MetaMask does not support synchronous requests');
        }
        sendAsync(payload, callback) {
          this._rpcRequest(payload, callback);
        }
      }
      return new MetaMaskInpageProvider();
    }
    if (kind === 'frame') {
      class EthereumProvider {
        constructor() { this.isFrame = true; this.nextId = 1; }
        async doSend(method, params) {
          try { return await inner.request(params === undefined ? { method } : { method, params }); } catch (e) { throw plain(e); }
        }
        async request(payload) { return this.doSend(payload.method, payload.params); }
        async send(methodOrPayload, callbackOrArgs) {
          if (typeof methodOrPayload === 'string' && (!callbackOrArgs || Array.isArray(callbackOrArgs))) return this.doSend(methodOrPayload, callbackOrArgs);
          if (methodOrPayload && typeof methodOrPayload === 'object' && typeof callbackOrArgs === 'function') return this.sendAsync(methodOrPayload, callbackOrArgs);
          return this.request(methodOrPayload);
        }
        async sendAsync(payload, cb) {
          try { cb(null, { id: payload.id, jsonrpc: '2.0', result: await this.doSend(payload.method, payload.params) }); } catch (e) { cb(e); }
        }
      }
      return new EthereumProvider();
    }
    return {
      request: async (args) => {
        try { return await inner.request(args); } catch (e) { throw e && e.code === 4001 ? { code: 4001, message: 'Request declined by the user (Custom Wallet)' } : e; }
      },
    };
  };
  window.__useWallet = (kind) => {
    window.ethereum = window.__makeWallet(kind);
    window.dispatchEvent(new Event('ethereum#initialized'));
    return window.ethereum;
  };
})()`;
