/**
 * `eth_getCode` for the spenders of LRT allowances that no registry knows: a plain account (no code) can take the
 * tokens with a key, which is how approval phishing drains wallets. Only those spenders are read (rare: allowances to
 * protocols and venues need no read), all at once, each bounded by a timeout; a read that fails or times out leaves
 * the fact unknown and the verdict says it couldn't check.
 */
import type { Chain, Client, Transport } from 'viem';
import { getCode } from 'viem/actions';
import type { Intent } from '../detect/intent';
import { known, type RiskFact } from '../risk/fact';

const MAX_READS = 4;

export type SpenderCodes = ReadonlyMap<string, RiskFact<boolean>>;
export const spenderKey = (chainId: number, address: string) => `${chainId}:${address.toLowerCase()}`;

export async function readSpenderCode(
  clientFor: (chainId: number) => Client<Transport, Chain>,
  intents: readonly Intent[],
  now: Date,
  timeoutMs = 1500,
): Promise<SpenderCodes> {
  const wanted = new Map<string, { chainId: number; address: `0x${string}` }>();
  for (const intent of intents)
    if (intent.flags?.includes('unregistered-spender') && intent.spender && wanted.size < MAX_READS)
      wanted.set(spenderKey(intent.chainId, intent.spender), { chainId: intent.chainId, address: intent.spender });
  const out = new Map<string, RiskFact<boolean>>();
  const asOf = now.toISOString().slice(0, 10);
  await Promise.all(
    [...wanted].map(async ([key, { chainId, address }]) => {
      let timer: ReturnType<typeof setTimeout> | undefined;
      try {
        const timeout = new Promise<never>((_, reject) => {
          timer = setTimeout(() => reject(new Error('timeout')), timeoutMs);
        });
        const code = await Promise.race([getCode(clientFor(chainId), { address }), timeout]);
        out.set(key, known(code !== undefined && code !== '0x', `eth_getCode on chain ${chainId}`, asOf));
      } catch {
        // Unknown: the spender rule says it couldn't check, and keeps an unknown spender at least high.
      } finally {
        clearTimeout(timer);
      }
    }),
  );
  return out;
}
