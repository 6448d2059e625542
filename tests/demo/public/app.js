// The demo dApp. ?use= window (default) | eip6963 | providers1   ?api= request (default) | send | sendAsync | send-cb
const query = new URLSearchParams(location.search);
const use = query.get('use') || (query.get('wallet') === 'eip6963' ? 'eip6963' : 'window');
const api = query.get('api') || 'request';
const $ = (id) => document.getElementById(id);

function discover() {
  return new Promise((resolve) => {
    if (use === 'eip6963') {
      window.addEventListener('eip6963:announceProvider', (e) => resolve({ name: `EIP-6963: ${e.detail.info.name}`, provider: e.detail.provider }), { once: true });
      window.dispatchEvent(new Event('eip6963:requestProvider'));
      return;
    }
    const wait = (tries) => {
      const eth = window.ethereum;
      if (eth) return resolve(use === 'providers1' ? { name: 'window.ethereum.providers[1]', provider: eth.providers[1] } : { name: 'window.ethereum', provider: eth });
      if (tries > 0) setTimeout(() => wait(tries - 1), 50);
      else resolve(null);
    };
    wait(40);
  });
}

function send(provider, request) {
  const { method, params } = request;
  switch (api) {
    case 'send': return provider.send(method, params);
    case 'sendAsync':
    case 'send-cb':
      return new Promise((resolve, reject) => {
        const fn = api === 'sendAsync' ? provider.sendAsync : provider.send;
        fn.call(provider, { id: 1, jsonrpc: '2.0', method, params }, (error, response) => {
          if (error) reject(Object.assign(error, { response }));
          else resolve(response.result);
        });
      });
    default: return provider.request({ method, params });
  }
}

const show = (value) => { $('result').textContent = JSON.stringify(value, null, 2); };

const found = await discover();
$('wallet').textContent = found ? found.name : 'no wallet found';
$('api').textContent = api;
const actions = await (await fetch('/transactions.json')).json();
window.__demo = { actions, results: [], send: (id) => run(actions.find((a) => a.id === id)) };

async function run(action) {
  const started = performance.now();
  show({ pending: action.id });
  try {
    const result = await send(found.provider, action.request);
    const entry = { id: action.id, ok: true, result, ms: performance.now() - started };
    window.__demo.results.push(entry);
    show(entry);
    return entry;
  } catch (error) {
    const entry = { id: action.id, ok: false, code: error?.code ?? null, message: String(error?.message ?? error), ms: performance.now() - started };
    window.__demo.results.push(entry);
    show(entry);
    return entry;
  }
}

for (const action of actions) {
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = action.label;
  button.dataset.testid = action.id;
  button.dataset.restaking = String(action.restaking);
  button.addEventListener('click', () => run(action));
  $('actions').append(button);
}
document.body.dataset.ready = 'true';
