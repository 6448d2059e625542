/**
 * The conformance cases, as data: which page, which library, which wallet method each case exercises, and what the
 * extension must do with it. The pages implement exactly these ids (a test checks it); the e2e suites run each case
 * with and without the extension and compare.
 *
 * Kinds:
 * - `passthrough`: not a method the hook holds; must reach the wallet and come back unchanged, with no warning.
 * - `released`: a held method that touches no restaking contract; held for the assessment, then released, no warning.
 * - `held`: a restaking request; the warning appears, Continue, and the outcome must equal the run without the extension.
 * - `cancel`: the same restaking request, Cancel: the library must surface it as it surfaces the wallet's own 4001
 *   (`like` names the case whose outcome is the wallet's 4001), and the wallet must see nothing.
 * - `event`: an event the wallet emits (`accountsChanged`, `chainChanged`), as the library reports it.
 */
export type CaseKind = 'passthrough' | 'released' | 'held' | 'cancel' | 'event';

export interface ConformanceCase {
  id: string;
  /** The wallet method (or event) the case exercises. */
  method: string;
  kind: CaseKind;
  /** For `cancel`: the case whose error is the library's own surface of a wallet 4001. */
  like?: string;
}

export interface KnownDifference {
  path: string[];
  reason: string;
}

export interface ConformancePage {
  /** Report label: the library and how it reaches the wallet. */
  library: string;
  /** The page source, `tests/conformance/<entry>.ts`. */
  entry: string;
  query: string;
  cases: ConformanceCase[];
  /**
   * Differences the extension is known to cause on this page, each at one or more paths of a case's outcome (for a
   * `cancel` case: of its rejection summary, compared with its `like` case), with the reason. The test fails if the
   * outcomes differ anywhere else, or stop differing at a listed path (then the entry goes).
   */
  known?: Record<string, KnownDifference | KnownDifference[]>;
  /** Methods the library calls on a timer while it waits for a held request; not compared for held and released cases. */
  polls?: string[];
}

const c = (id: string, method: string, kind: CaseKind, like?: string): ConformanceCase => (like ? { id, method, kind, like } : { id, method, kind });

/**
 * What a library page runs beyond its reads: transactions and typed data released, held and cancelled, and its
 * wallet_sendCalls cases under `calls` (the library's own name for the call). `invalid`: the library lets an
 * invalid transaction reach the wallet.
 */
const libraryCases = (calls: string, { invalid = true } = {}): ConformanceCase[] => [
  c('sendTransaction.transfer', 'eth_sendTransaction', 'released'),
  c('sendTransaction.rejected', 'eth_sendTransaction', 'released'),
  ...(invalid ? [c('sendTransaction.invalid', 'eth_sendTransaction', 'released')] : []),
  c('signTypedData.mail', 'eth_signTypedData_v4', 'released'),
  c('signTypedData.rejected', 'eth_signTypedData_v4', 'released'),
  c(`${calls}.plain`, 'wallet_sendCalls', 'released'),
  c(`${calls}.rejected`, 'wallet_sendCalls', 'released'),
  c('sendTransaction.deposit', 'eth_sendTransaction', 'held'),
  c(`${calls}.restaking`, 'wallet_sendCalls', 'held'),
  c('signTypedData.permit', 'eth_signTypedData_v4', 'held'),
  c('sendTransaction.deposit.cancel', 'eth_sendTransaction', 'cancel', 'sendTransaction.rejected'),
  c(`${calls}.restaking.cancel`, 'wallet_sendCalls', 'cancel', `${calls}.rejected`),
  c('signTypedData.permit.cancel', 'eth_signTypedData_v4', 'cancel', 'signTypedData.rejected'),
  c('event.accountsChanged', 'accountsChanged', 'event'),
];

const viemCases: ConformanceCase[] = [
  c('requestAddresses', 'eth_requestAccounts', 'passthrough'),
  c('getAddresses', 'eth_accounts', 'passthrough'),
  c('getChainId', 'eth_chainId', 'passthrough'),
  c('getBlockNumber', 'eth_blockNumber', 'passthrough'),
  c('getBalance', 'eth_getBalance', 'passthrough'),
  c('call', 'eth_call', 'passthrough'),
  c('readContract.revert', 'eth_call', 'passthrough'),
  c('estimateGas', 'eth_estimateGas', 'passthrough'),
  c('request.unsupported', 'wallet_unknownMethod', 'passthrough'),
  c('switchChain.unknown', 'wallet_switchEthereumChain', 'passthrough'),
  c('getCapabilities', 'wallet_getCapabilities', 'passthrough'),
  c('getCallsStatus', 'wallet_getCallsStatus', 'passthrough'),
  c('signMessage', 'personal_sign', 'passthrough'),
  ...libraryCases('sendCalls'),
  c('event.chainChanged', 'chainChanged', 'event'),
];

const ethersCases: ConformanceCase[] = [
  c('getNetwork', 'eth_chainId', 'passthrough'),
  c('listAccounts', 'eth_accounts', 'passthrough'),
  c('getSigner', 'eth_requestAccounts', 'passthrough'),
  c('getBlockNumber', 'eth_blockNumber', 'passthrough'),
  c('getBalance', 'eth_getBalance', 'passthrough'),
  c('getTransactionCount', 'eth_getTransactionCount', 'passthrough'),
  c('getFeeData', 'eth_gasPrice', 'passthrough'),
  c('call', 'eth_call', 'passthrough'),
  c('contract.revert', 'eth_call', 'passthrough'),
  c('estimateGas', 'eth_estimateGas', 'passthrough'),
  c('send.unsupported', 'wallet_unknownMethod', 'passthrough'),
  c('send.switchChain.unknown', 'wallet_switchEthereumChain', 'passthrough'),
  c('signMessage', 'personal_sign', 'passthrough'),
  c('discover', 'eip6963:requestProvider', 'passthrough'),
  ...libraryCases('send.sendCalls'),
];

const wagmiCases: ConformanceCase[] = [
  c('connectors', 'eip6963:requestProvider', 'passthrough'),
  c('connect', 'eth_requestAccounts', 'passthrough'),
  c('getAccount', 'eth_accounts', 'passthrough'),
  c('getChainId', 'eth_chainId', 'passthrough'),
  c('getBalance', 'eth_getBalance', 'passthrough'),
  c('getBlockNumber', 'eth_blockNumber', 'passthrough'),
  c('readContract', 'eth_call', 'passthrough'),
  c('readContract.revert', 'eth_call', 'passthrough'),
  c('connectorClient.unsupported', 'wallet_unknownMethod', 'passthrough'),
  c('signMessage', 'personal_sign', 'passthrough'),
  ...libraryCases('sendCalls', { invalid: false }),
  c('event.chainChanged', 'chainChanged', 'event'),
  c('disconnect', 'wallet_revokePermissions', 'passthrough'),
];

const legacyCases: ConformanceCase[] = [
  c('send.eth_accounts', 'eth_accounts', 'passthrough'),
  c('send.eth_chainId', 'eth_chainId', 'passthrough'),
  c('send.eth_call', 'eth_call', 'passthrough'),
  c('send.unsupported', 'wallet_unknownMethod', 'passthrough'),
  c('sendSync.eth_accounts', 'eth_accounts', 'passthrough'),
  c('sendSync.eth_call', 'eth_call', 'passthrough'),
  c('sendAsync.eth_chainId', 'eth_chainId', 'passthrough'),
  c('sendAsync.eth_call', 'eth_call', 'passthrough'),
  c('sendAsync.revert', 'eth_call', 'passthrough'),
  c('sendAsync.unsupported', 'wallet_unknownMethod', 'passthrough'),
  c('sendAsync.batch.reads', 'eth_chainId+eth_call', 'passthrough'),
  c('sendCallback.eth_call', 'eth_call', 'passthrough'),
  c('send.transfer', 'eth_sendTransaction', 'released'),
  c('send.rejected', 'eth_sendTransaction', 'released'),
  c('sendAsync.transfer', 'eth_sendTransaction', 'released'),
  c('sendAsync.rejected', 'eth_sendTransaction', 'released'),
  c('sendAsync.invalid', 'eth_sendTransaction', 'released'),
  c('sendAsync.signTypedData_v3', 'eth_signTypedData_v3', 'released'),
  c('sendAsync.batch.transfer', 'eth_chainId+eth_sendTransaction', 'released'),
  c('sendCallback.transfer', 'eth_sendTransaction', 'released'),
  c('send.deposit', 'eth_sendTransaction', 'held'),
  c('sendAsync.deposit', 'eth_sendTransaction', 'held'),
  c('sendAsync.batch.deposit', 'eth_chainId+eth_sendTransaction', 'held'),
  c('sendCallback.deposit', 'eth_sendTransaction', 'held'),
  c('sendAsync.sendCalls.restaking', 'wallet_sendCalls', 'held'),
  c('send.deposit.cancel', 'eth_sendTransaction', 'cancel', 'send.rejected'),
  c('sendAsync.deposit.cancel', 'eth_sendTransaction', 'cancel', 'sendAsync.rejected'),
  c('event.accountsChanged', 'accountsChanged', 'event'),
];

const ethers5Cases: ConformanceCase[] = [
  c('getNetwork', 'eth_chainId', 'passthrough'),
  c('listAccounts', 'eth_accounts', 'passthrough'),
  c('getSigner', 'eth_accounts', 'passthrough'),
  c('getBlockNumber', 'eth_blockNumber', 'passthrough'),
  c('getBalance', 'eth_getBalance', 'passthrough'),
  c('call', 'eth_call', 'passthrough'),
  c('contract.revert', 'eth_call', 'passthrough'),
  c('estimateGas', 'eth_estimateGas', 'passthrough'),
  c('send.unsupported', 'wallet_unknownMethod', 'passthrough'),
  c('send.switchChain.unknown', 'wallet_switchEthereumChain', 'passthrough'),
  c('signMessage', 'personal_sign', 'passthrough'),
  ...libraryCases('send.sendCalls'),
];

const web3Cases: ConformanceCase[] = [
  c('requestAccounts', 'eth_requestAccounts', 'passthrough'),
  c('getAccounts', 'eth_accounts', 'passthrough'),
  c('getChainId', 'eth_chainId', 'passthrough'),
  c('getBlockNumber', 'eth_blockNumber', 'passthrough'),
  c('getBalance', 'eth_getBalance', 'passthrough'),
  c('call', 'eth_call', 'passthrough'),
  c('contract.revert', 'eth_call', 'passthrough'),
  c('estimateGas', 'eth_estimateGas', 'passthrough'),
  c('request.unsupported', 'wallet_unknownMethod', 'passthrough'),
  c('request.switchChain.unknown', 'wallet_switchEthereumChain', 'passthrough'),
  c('personal.sign', 'personal_sign', 'passthrough'),
  ...libraryCases('request.sendCalls'),
];

/** The same calls on every frozen variant: what a dApp does with a raw `window.ethereum`. */
const frozenCases: ConformanceCase[] = [
  c('shape', 'window.ethereum', 'passthrough'),
  c('eth_chainId', 'eth_chainId', 'passthrough'),
  c('eth_accounts', 'eth_accounts', 'passthrough'),
  c('eth_call', 'eth_call', 'passthrough'),
  c('transfer', 'eth_sendTransaction', 'released'),
  c('rejected', 'eth_sendTransaction', 'released'),
  c('deposit', 'eth_sendTransaction', 'held'),
  c('deposit.cancel', 'eth_sendTransaction', 'cancel', 'rejected'),
  c('event.chainChanged', 'chainChanged', 'event'),
];

const twoWalletCases: ConformanceCase[] = [
  c('discovery', 'eip6963:requestProvider', 'passthrough'),
  c('providers.identity', 'window.ethereum.providers', 'passthrough'),
  c('first.eth_accounts', 'eth_accounts', 'passthrough'),
  c('second.eth_accounts', 'eth_accounts', 'passthrough'),
  c('second.eth_call', 'eth_call', 'passthrough'),
  c('second.transfer', 'eth_sendTransaction', 'released'),
  c('second.rejected', 'eth_sendTransaction', 'released'),
  c('first.deposit', 'eth_sendTransaction', 'held'),
  c('second.deposit', 'eth_sendTransaction', 'held'),
  c('providers1.deposit', 'eth_sendTransaction', 'held'),
  c('second.deposit.cancel', 'eth_sendTransaction', 'cancel', 'second.rejected'),
  c('second.event.accountsChanged', 'accountsChanged', 'event'),
];

/** Known differences at these paths, for one reason. */
const because = (reason: string, ...paths: string[]): KnownDifference[] => paths.map((p) => ({ path: p.split('.'), reason }));

const STANDIN_CLASS =
  'Cancel rejects with the hook’s own Error; the stand-in wallet rejects with its ProviderRpcError class (real wallets reject with plain objects: see the MetaMask and Frame pages)';

/** Differences the hook still causes on the real-wallet pages, by page label and case id; each must go when fixed. */
const KNOWN: Record<string, ConformancePage['known']> = {};

export const CONFORMANCE_PAGES: ConformancePage[] = [
  // The stand-in wallet only where no wallet package offers the case: a wallet that announces over EIP-6963 alone,
  // providers frozen by the page or by the wallet, two wallets. Every library runs on MetaMask and Frame below.
  { library: 'viem (EIP-6963 only, no window.ethereum)', entry: 'viem-page', query: 'provider=eip6963&expose=eip6963', cases: viemCases },
  { library: 'frozen by the page: provider', entry: 'frozen-page', query: 'freeze=provider', cases: frozenCases, known: { 'deposit.cancel': because(STANDIN_CLASS, 'constructor', 'carrier') } },
  {
    library: 'frozen by the page: provider and window.ethereum',
    entry: 'frozen-page',
    query: 'freeze=both',
    cases: frozenCases,
    known: { 'deposit.cancel': because(STANDIN_CLASS, 'constructor', 'carrier') },
  },
  {
    library: 'frozen by the wallet (EIP-6963)',
    entry: 'frozen-page',
    query: 'walletFreeze=1&use=eip6963',
    cases: frozenCases,
    known: {
      shape: {
        path: ['value', 'sameAsUsed'],
        reason:
          'the EIP-6963 provider is the hook’s frozen stand-in, while window.ethereum, a frozen provider behind a locked property, can be neither wrapped nor replaced: the two are no longer the same object',
      },
      'deposit.cancel': because(STANDIN_CLASS, 'constructor', 'carrier'),
    },
  },
  // Not run: a wallet that assigns a frozen provider to a window.ethereum the page never had. The hook no longer
  // defines window.ethereum on a page without a wallet (that told pages the extension was there), so it finds the
  // assignment by events and a 100 ms poll; a page that uses the provider in the same task gets the raw, unwrapped
  // one. A known limit, stated in the README (What it guards against).
  { library: 'two wallets', entry: 'two-wallets-page', query: 'wallets=2', cases: twoWalletCases, known: { 'second.deposit.cancel': because(STANDIN_CLASS, 'constructor', 'carrier') } },
  ...realWalletPages('MetaMask', 'metamask'),
  ...realWalletPages('Frame', 'frame'),
];

/**
 * Every library against a real wallet's in-page provider (`metamask-wallet.ts`, `frame-wallet.ts`). `known` holds
 * the differences today's hook causes, each with its cause; an entry must go when the hook stops causing it.
 */
function realWalletPages(name: string, wallet: string): ConformancePage[] {
  const page = (library: string, entry: string, query: string, cases: ConformanceCase[]): ConformancePage => {
    const known = KNOWN[`${name} · ${library}`];
    return { library: `${name} · ${library}`, entry, query: `wallet=${wallet}${query ? `&${query}` : ''}`, cases, ...(known ? { known } : {}) };
  };
  return [
    page('viem (window.ethereum)', 'viem-page', 'provider=window', viemCases),
    page('viem (EIP-6963, mipd)', 'viem-page', 'provider=eip6963', viemCases),
    page('ethers v6 BrowserProvider', 'ethers-page', '', ethersCases),
    page('ethers v5 Web3Provider (request)', 'ethers5-page', 'path=request', ethers5Cases),
    page('ethers v5 Web3Provider (legacy sendAsync)', 'ethers5-page', 'path=sendAsync', ethers5Cases),
    page('ethers v5 Web3Provider (legacy send)', 'ethers5-page', 'path=send', ethers5Cases),
    { ...page('web3.js v4', 'web3-page', '', web3Cases), polls: ['eth_blockNumber'] },
    page('wagmi core injected (EIP-6963, mipd)', 'wagmi-page', '', wagmiCases),
    page('legacy send/sendAsync', 'legacy-page', '', legacyCases),
  ];
}

