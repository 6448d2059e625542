/**
 * `lrt-advisor exposure <address> [--rpc URL] [--chain N] [--json]`: the account's LSTs, LRTs and Aave v3 positions on
 * one chain, read in one Multicall3 call through the chain's public RPC or `--rpc`, with what can slash each holding
 * and the amount slashable in total. The only command that reads the network, and only that RPC.
 */
import { parseArgs } from 'node:util';
import { getAddress, isAddress, type Address } from 'viem';
import { readHoldings } from '../../exposure/read-holdings';
import { summarizeHoldings, type RestakingSummary } from '../../exposure/summarize-holdings';
import { NO_LIVE_DATA } from '../../report/live-data';
import { aaveBaseUsd } from '../../present/format';
import { chainInfo } from '../../report/chains';
import { loadSnapshot } from '../../snapshot/load-snapshot';
import { createRpcClient } from '../../sources/onchain/create-rpc-client';
import { CliInputError } from '../errors';
import type { CliIo } from '../io';
import { parseChainOption } from './parse-chain-option';

export const usage = 'lrt-advisor exposure <address> [--rpc URL] [--chain N] [--json]';

export function exposureText(s: RestakingSummary): string {
  const out = [`Your restaking on ${chainInfo(s.chainId).name} (${s.account}), read ${s.asOf} from ${s.source}`];
  if (!s.holdings.length) out.push('  No LST or LRT the registry knows is held.');
  for (const h of s.holdings) {
    out.push(`  ${h.amount} ${h.symbol} (${h.kind.toUpperCase()})`);
    out.push(`    Can be slashed by: ${h.slashedBy}`);
    out.push(`    Exit: ${h.exit}`);
  }
  out.push(`  Slashable now: ${s.slashableTokens} tokens${s.notKnown.length ? ` (not counting ${s.notKnown.join(', ')}: their slashable share is not known)` : ''}`);
  for (const a of s.aave)
    out.push(`  Aave v3 ${a.market}: collateral ${aaveBaseUsd(a.totalCollateralBase)}, debt ${aaveBaseUsd(a.totalDebtBase)}, liquidation threshold ${a.liquidationThresholdBps / 100} %, health factor ${a.healthFactor ?? 'no debt'}`);
  if (s.wethBorrowApy !== null) out.push(`  WETH borrow rate on Aave: ${s.wethBorrowApy} %`);
  return `${out.join('\n')}\n`;
}

export async function exposure(args: readonly string[], io: CliIo): Promise<number> {
  let values: { rpc?: string; chain?: string; json?: boolean };
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({ args: [...args], options: { rpc: { type: 'string' }, chain: { type: 'string' }, json: { type: 'boolean' } }, allowPositionals: true, strict: true }));
  } catch (cause) {
    throw new CliInputError(`${(cause as Error).message}; usage: ${usage}`);
  }
  const raw = positionals[0];
  if (!raw || positionals.length > 1) throw new CliInputError(`one address expected; usage: ${usage}`);
  if (!isAddress(raw, { strict: false })) throw new CliInputError(`invalid address: ${JSON.stringify(raw)}`);
  const account: Address = getAddress(raw);
  const chainId = parseChainOption(values.chain) ?? 1;
  let client;
  try {
    client = createRpcClient(chainId, values.rpc ? { rpcUrl: values.rpc } : {});
  } catch (error) {
    throw new CliInputError(`cannot read chain ${chainId}: ${(error as Error).message}`);
  }
  const holdings = await readHoldings(client, { account, chainId });
  if (holdings.failed.some((f) => f.label === 'Multicall3.aggregate3')) {
    io.stderr.write(`lrt-advisor: the RPC read failed: ${holdings.failed[0]!.message}\n`);
    return 1;
  }
  const summary = summarizeHoldings(holdings, loadSnapshot(), NO_LIVE_DATA);
  io.stdout.write(values.json ? `${JSON.stringify({ ...summary, failed: holdings.failed, blockNumber: holdings.blockNumber }, null, 2)}\n` : exposureText(summary));
  return 0;
}
