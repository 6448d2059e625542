import { encodeFunctionData, maxUint256, parseAbiItem, type AbiFunction } from 'viem';
import { describe, expect, it } from 'vitest';
import { detect } from './detect';
import { describeIntent } from './describe-intent';

const LP = '0x308861A430be4cce5502d0A12724771Fc6DaF216';
const KELP_POOL = '0x036676389e48133B63a802f8635AD39E752D375D';
const STETH = '0xae7ab96520DE3A18E5e111B5EaAb095312D7fE84';
const RSETH = '0xA1290d69c65A6Fe4DF752f95823fae25cB99e5A7';
const AAVE = '0x87870Bca3F3fD6335C3F4ce8392D69350B4fA4E2';
const enc = (sig: string, args: readonly unknown[]) => encodeFunctionData({ abi: [parseAbiItem(sig) as AbiFunction], args } as never);
const approve = (spender: string, amount: bigint) => enc('function approve(address spender, uint256 amount)', [spender, amount]);
const tx = (fields: Record<string, unknown>) => ({ method: 'eth_sendTransaction', params: [fields] });

describe('detect: request shapes dApps send', () => {
  const amounts = (request: unknown) => detect(1, request).map((i) => i.asset.amount);
  it.each([
    ['hex value', { to: LP, data: '0xd0e30db0', value: '0xde0b6b3a7640000' }, ['1000000000000000000']],
    // Read as MetaMask reads it (addHexPrefix): 0x1000000000000000000, 4,722 ETH; the intent notes the other reading.
    ['decimal value', { to: LP, data: '0xd0e30db0', value: '1000000000000000000' }, [(0x1000000000000000000n).toString()]],
    ['address written 0X…', { to: LP.replace('0x', '0X'), data: '0xd0e30db0', value: '0x1' }, ['1']],
    ['address without 0x', { to: LP.slice(2), data: '0xd0e30db0', value: '0x1' }, ['1']],
    ['number value', { to: LP, data: '0xd0e30db0', value: 12 }, ['12']],
    ['missing value', { to: LP, data: '0xd0e30db0' }, ['0']],
    ['input instead of data', { to: LP, input: '0xd0e30db0', value: '0x1' }, ['1']],
    ['mixed-case hex', { to: LP.toUpperCase().replace('0X', '0x'), data: '0xD0E30DB0', value: '0xA' }, ['10']],
  ])('%s', (_name, fields, expected) => {
    expect(amounts(tx(fields))).toEqual(expected);
  });

  it('takes the chain from the transaction (hex or number) over the argument', () => {
    const pool = { to: '0x291088312150482826b3A37d5A69a4c54DAa9118', data: enc('function deposit(string referralId) payable', ['']), value: '0x1' };
    expect(detect(1, tx({ ...pool, chainId: '0x2105' }))[0]?.token?.symbol).toBe('wrsETH');
    expect(detect(1, tx({ ...pool, chainId: 8453 }))[0]?.chainId).toBe(8453);
    // Without a chain in the transaction, chain 1 applies: the Base pool is not registered there.
    expect(detect(1, tx(pool))[0]?.flags).toEqual(['wrong-chain']);
  });

  it('looks the address up before the selector: deposit() on WETH is not a restaking intent', () => {
    expect(detect(1, tx({ to: '0xC02aaA39b223FE8D0A0e5C4F27eAD9083C756Cc2', data: '0xd0e30db0', value: '0x1' }))).toEqual([]);
    expect(detect(1, tx({ to: '0xFAe103DC9cf190eD75350761e95403b7b8aFa6c0', data: '0xd0e30db0', value: '0x1' }))[0]?.protocol).toBe('swell');
  });

  it('detects each call of wallet_sendCalls, with the chain from its params', () => {
    const request = {
      method: 'wallet_sendCalls',
      params: [
        {
          version: '1.0',
          chainId: '0x1',
          from: '0x00000000000000000000000000000000000A11cE',
          calls: [
            { to: STETH, data: approve(KELP_POOL, 5n) },
            { to: KELP_POOL, data: enc('function depositAsset(address asset, uint256 depositAmount, uint256 minRSETHAmountExpected, string referralId)', [STETH, 5n, 0n, '']) },
            { to: '0x0000000000000000000000000000000000000001', data: '0x' },
          ],
        },
      ],
    };
    expect(detect(8453, request).map((i) => [i.action, i.protocol, i.asset.symbol, i.asset.amount, i.token?.symbol])).toEqual([
      ['approve', 'kelp', 'stETH', '5', 'rsETH'],
      ['deposit', 'kelp', 'stETH', '5', 'rsETH'],
    ]);
  });
});

describe('detect: allowances to registered contracts', () => {
  it('reads approve and increaseAllowance, with unlimited from 2^255', () => {
    const [unlimited] = detect(1, tx({ to: STETH, data: approve(KELP_POOL, maxUint256) }));
    expect(unlimited).toMatchObject({ action: 'approve', protocol: 'kelp', spender: KELP_POOL, asset: { symbol: 'stETH', amount: 'unlimited' }, token: { symbol: 'rsETH' } });
    expect(detect(1, tx({ to: STETH, data: approve(KELP_POOL, 1n << 255n) }))[0]?.asset.amount).toBe('unlimited');
    expect(detect(1, tx({ to: STETH, data: approve(KELP_POOL, (1n << 255n) - 1n) }))[0]?.asset.amount).toBe(((1n << 255n) - 1n).toString());
    const inc = enc('function increaseAllowance(address spender, uint256 addedValue)', [KELP_POOL, 7n]);
    expect(detect(1, tx({ to: STETH, data: inc }))[0]).toMatchObject({ action: 'approve', function: 'increaseAllowance(address,uint256)', asset: { amount: '7' } });
  });

  it('ignores approvals to unregistered spenders', () => {
    expect(detect(1, tx({ to: STETH, data: approve('0x1111111254EEB25477B68fb85Ed929f73A960582', maxUint256) }))).toEqual([]);
  });

  it('maps an approval to Eigenpie to the mLRT of the asset, and to EigenLayer to the asset itself', () => {
    expect(detect(1, tx({ to: STETH, data: approve('0x24db6717dB1C75B9Db6eA47164D8730B63875dB7', 1n) }))[0]?.token?.symbol).toBe('mstETH');
    expect(detect(1, tx({ to: STETH, data: approve('0x858646372CC42E1A627fcE94aa7A7033e7CF075A', 1n) }))[0]?.token?.symbol).toBe('stETH');
  });

  it('flags an LRT approved to a lending market (looping) but not a stablecoin', () => {
    expect(detect(1, tx({ to: RSETH, data: approve(AAVE, 1n) }))[0]).toMatchObject({ protocol: 'aave-v3', token: { symbol: 'rsETH' } });
    expect(detect(1, tx({ to: '0xA0b86991c6218b36c1d19D4a2e9Eb0cE3606eB48', data: approve(AAVE, 1n) }))).toEqual([]);
  });

  it('reads a Permit2 approve sent as a transaction', () => {
    const data = enc('function approve(address token, address spender, uint160 amount, uint48 expiration)', [STETH, KELP_POOL, (1n << 160n) - 1n, 0]);
    expect(detect(1, tx({ to: '0x000000000022D473030F116dDEE9F6B43aC78BA3', data }))[0]).toMatchObject({ asset: { amount: 'unlimited' }, spender: KELP_POOL });
  });
});

describe('detect: typed-data permits', () => {
  const permit2612 = {
    types: {
      EIP712Domain: [{ name: 'name', type: 'string' }, { name: 'chainId', type: 'uint256' }, { name: 'verifyingContract', type: 'address' }],
      Permit: [
        { name: 'owner', type: 'address' },
        { name: 'spender', type: 'address' },
        { name: 'value', type: 'uint256' },
        { name: 'nonce', type: 'uint256' },
        { name: 'deadline', type: 'uint256' },
      ],
    },
    primaryType: 'Permit',
    domain: { name: 'Liquid staked Ether 2.0', chainId: 1, verifyingContract: STETH },
    message: { owner: '0x00000000000000000000000000000000000A11cE', spender: '0x4aA799C5dfc01ee7d790e3bf1a7C2257CE1DcefF', value: '1000', nonce: '0', deadline: '1900000000' },
  };

  it('reads an EIP-2612 permit given as a JSON string or an object, either params order', () => {
    const expected = { action: 'permit', protocol: 'puffer', asset: { symbol: 'stETH', amount: '1000' }, token: { symbol: 'pufETH' } };
    const owner = '0x00000000000000000000000000000000000A11cE';
    expect(detect(1, { method: 'eth_signTypedData_v4', params: [owner, JSON.stringify(permit2612)] })[0]).toMatchObject(expected);
    expect(detect(1, { method: 'eth_signTypedData_v3', params: [owner, permit2612] })[0]).toMatchObject(expected);
    expect(detect(1, { method: 'eth_signTypedData_v4', params: [permit2612, owner] })[0]).toMatchObject(expected);
    expect(detect(1, { method: 'eth_signTypedData_v4', params: [owner, permit2612] })[0]?.function).toBe(
      'Permit(address owner,address spender,uint256 value,uint256 nonce,uint256 deadline)',
    );
  });

  it('takes the chain from the domain', () => {
    const onBase = { ...permit2612, domain: { ...permit2612.domain, chainId: '0x2105' } };
    expect(detect(1, { method: 'eth_signTypedData_v4', params: ['0x00000000000000000000000000000000000A11cE', onBase] })).toEqual([]);
  });

  it('reads Permit2 PermitSingle (uint160 max is unlimited) and PermitBatchTransferFrom', () => {
    const domain = { name: 'Permit2', chainId: 1, verifyingContract: '0x000000000022D473030F116dDEE9F6B43aC78BA3' };
    const single = {
      primaryType: 'PermitSingle',
      domain,
      types: {},
      message: { details: { token: STETH, amount: ((1n << 160n) - 1n).toString(), expiration: '0', nonce: '0' }, spender: KELP_POOL, sigDeadline: '1' },
    };
    expect(detect(1, { method: 'eth_signTypedData_v4', params: ['0x00000000000000000000000000000000000A11cE', single] })[0]).toMatchObject({
      action: 'permit',
      protocol: 'kelp',
      asset: { symbol: 'stETH', amount: 'unlimited' },
      spender: KELP_POOL,
    });
    const batch = {
      primaryType: 'PermitBatchTransferFrom',
      domain,
      types: {},
      message: { permitted: [{ token: STETH, amount: '5' }, { token: '0xA35b1B31Ce002FBF2058D22F30f95D405200A15b', amount: '0x10' }], spender: KELP_POOL, nonce: '1', deadline: '2' },
    };
    expect(detect(1, { method: 'eth_signTypedData_v4', params: ['0x00000000000000000000000000000000000A11cE', batch] }).map((i) => [i.asset.symbol, i.asset.amount])).toEqual([
      ['stETH', '5'],
      ['ETHx', '16'],
    ]);
  });

  it('ignores permits whose spender is not registered', () => {
    const other = { ...permit2612, message: { ...permit2612.message, spender: '0x1111111254EEB25477B68fb85Ed929f73A960582' } };
    expect(detect(1, { method: 'eth_signTypedData_v4', params: ['0x00000000000000000000000000000000000A11cE', other] })).toEqual([]);
  });
});

describe('detect: never throws', () => {
  it.each([null, undefined, 42, 'x', [], {}, { method: 'eth_sendTransaction' }, { method: 'eth_sendTransaction', params: [null] }, { method: 'personal_sign', params: [] }])(
    '%j gives []',
    (request) => {
      expect(detect(1, request)).toEqual([]);
    },
  );

  it('gives an intent with unknowns when a registered call is truncated', () => {
    const data = enc('function depositAsset(address asset, uint256 depositAmount, uint256 minRSETHAmountExpected, string referralId)', [STETH, 5n, 0n, '']).slice(0, 10 + 64);
    expect(detect(1, tx({ to: KELP_POOL, data }))[0]).toMatchObject({ action: 'deposit', protocol: 'kelp', asset: { symbol: 'stETH', amount: null } });
  });
});

describe('describeIntent', () => {
  it('says it in plain words', () => {
    const [deposit] = detect(1, tx({ to: LP, data: '0xd0e30db0', value: '0x14d1120d7b160000' }));
    expect(describeIntent(deposit!)).toBe('You deposit 1.5 ETH into ether.fi (LiquidityPool, primary) and receive eETH');
    const [approval] = detect(1, tx({ to: STETH, data: approve(KELP_POOL, maxUint256) }));
    expect(describeIntent(approval!)).toBe('You allow Kelp DAO (LRTDepositPool, primary) to take an unlimited amount of stETH (for rsETH)');
  });
});

describe('detect: calldata from public material', () => {
  it('Eigenpie stETH stake as printed in a public batch-transaction description (no tx hash given)', () => {
    // "Stake 0.299999999999999999 stETH to Eigenpie", To 0x24db6717dB1C75B9Db6eA47164D8730B63875dB7, Value 0x0:
    // calldata copied verbatim from a public repository's transaction-description fixture.
    const data =
      '0x2ebe07c8000000000000000000000000ae7ab96520de3a18e5e111b5eaab095312d7fe840000000000000000000000000000000000000000000000000429d069189dffff00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000';
    const intents = detect(1, tx({ to: '0x24db6717dB1C75B9Db6eA47164D8730B63875dB7', data, value: '0x0' }));
    expect(intents).toHaveLength(1);
    expect(intents[0]).toMatchObject({ action: 'deposit', protocol: 'eigenpie', asset: { symbol: 'stETH', amount: '299999999999999999' }, token: { symbol: 'mstETH' } });
    expect(describeIntent(intents[0]!)).toBe('You deposit 0.299999999999999999 stETH into Eigenpie (EigenpieStaking, secondary) and receive mstETH');
  });
});
