/**
 * What the conformance and attack pages send: the demo's real restaking transactions (built from the protocol
 * registry), an EIP-2612 permit of an LRT to a known venue, and plain requests that touch no restaking contract.
 * The server hands these to pages as `window.__fixtures`.
 */
import { maxUint256 } from 'viem';
import { getTokenAddress } from '../../lib/protocols/registry';
import { demoTransactions } from '../demo/transactions';
import { CONFORMANCE_ACCOUNT } from './constants';

/** Uniswap's Permit2, the same address on every chain (lib/venues/uniswap.ts). */
const PERMIT2 = '0x000000000022D473030F116dDEE9F6B43aC78BA3';

export interface TxFixture {
  from: string;
  to: string;
  data?: string;
  value?: string;
}

export interface ConformanceFixtures {
  account: string;
  /** ether.fi LiquidityPool.deposit(), 1.5 ETH. */
  deposit: TxFixture;
  /** Kelp LRTDepositPool.depositETH, 1 ETH. */
  kelpDeposit: TxFixture;
  /** stETH.approve(Kelp LRTDepositPool, max). */
  approve: TxFixture;
  /** approve + depositAsset into Kelp, as EIP-5792 calls. */
  batch: { to: string; data: string; value?: string }[];
  /** 0.1 ETH to a friend. */
  transfer: TxFixture;
  /** weETH.getRate(). */
  call: { to: string; data: string };
  /**
   * An unlimited EIP-2612 permit of weETH to Uniswap's Permit2: an allowance of an LRT to a known venue, which the
   * warning shows at Caution (a permit to the protocol's own pool is judged fine and not held).
   */
  permit: { domain: Record<string, unknown>; types: Record<string, { name: string; type: string }[]>; primaryType: string; message: Record<string, unknown> };
  /** An EIP-712 message that touches no restaking contract. */
  mail: { domain: Record<string, unknown>; types: Record<string, { name: string; type: string }[]>; primaryType: string; message: Record<string, unknown> };
}

/** The domain fields both typed-data fixtures sign over. */
const EIP712_DOMAIN = [
  { name: 'name', type: 'string' },
  { name: 'version', type: 'string' },
  { name: 'chainId', type: 'uint256' },
  { name: 'verifyingContract', type: 'address' },
];

export function conformanceFixtures(): ConformanceFixtures {
  const demo = demoTransactions();
  const tx = (id: string) => {
    const action = demo.find((a) => a.id === id);
    if (!action) throw new Error(`conformance: no demo action ${id}`);
    return action.request;
  };
  const first = (id: string) => ({ ...(tx(id).params[0] as TxFixture), from: CONFORMANCE_ACCOUNT });
  const batch = (tx('batch-approve-deposit').params[0] as { calls: { to: string; data: string }[] }).calls;
  const approve = first('approve-kelp');
  return {
    account: CONFORMANCE_ACCOUNT,
    deposit: first('etherfi-deposit'),
    kelpDeposit: first('kelp-deposit-eth'),
    approve,
    batch,
    transfer: { ...first('transfer') },
    call: tx('eth-call').params[0] as { to: string; data: string },
    permit: {
      domain: { name: 'EtherFi wrapped ETH', version: '1', chainId: 1, verifyingContract: getTokenAddress('weETH', 1)! },
      types: {
        EIP712Domain: EIP712_DOMAIN,
        Permit: [
          { name: 'owner', type: 'address' },
          { name: 'spender', type: 'address' },
          { name: 'value', type: 'uint256' },
          { name: 'nonce', type: 'uint256' },
          { name: 'deadline', type: 'uint256' },
        ],
      },
      primaryType: 'Permit',
      message: { owner: CONFORMANCE_ACCOUNT, spender: PERMIT2, value: maxUint256.toString(), nonce: '0', deadline: '1900000000' },
    },
    mail: {
      domain: { name: 'Ether Mail', version: '1', chainId: 1, verifyingContract: '0xCcCCccccCCCCcCCCCCCcCcCccCcCCCcCcccccccC' },
      types: {
        EIP712Domain: EIP712_DOMAIN,
        Person: [
          { name: 'name', type: 'string' },
          { name: 'wallet', type: 'address' },
        ],
        Mail: [
          { name: 'from', type: 'Person' },
          { name: 'to', type: 'Person' },
          { name: 'contents', type: 'string' },
        ],
      },
      primaryType: 'Mail',
      message: {
        from: { name: 'Cow', wallet: '0xCD2a3d9F938E13CD947Ec05AbC7FE734Df8DD826' },
        to: { name: 'Bob', wallet: '0xbBbBBBBbbBBBbbbBbbBbbbbBBbBbbbbBbBbbBBbB' },
        contents: 'Hello, Bob!',
      },
    },
  };
}
