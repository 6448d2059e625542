/** The intent as replies carry it (lib/detect/intent.ts); warning-schemas.ts checks that the two agree. */
import * as z from 'zod/mini';
import { hex, nstr, num, str, verification } from './schema-parts';

const chainToken = z.object({ symbol: str, address: hex, chainId: num });

export const intentSchema = z.object({
  action: z.enum([
    'deposit',
    'wrap',
    'unwrap',
    'approve',
    'permit',
    'restake',
    'delegate',
    'undelegate',
    'withdraw-request',
    'withdraw-claim',
    'instant-redeem',
    'supply-collateral',
    'bridge',
    'swap',
  ]),
  protocol: str,
  chainId: num,
  contract: z.object({ address: hex, name: str, verification }),
  function: str,
  asset: z.object({ symbol: str, address: hex, amount: nstr }),
  token: z.nullable(chainToken),
  spender: z.optional(hex),
  receives: z.optional(z.nullable(chainToken)),
  shares: z.optional(str),
  via: z.optional(z.object({ kind: z.enum(['safe-signature', 'safe-execution']), safe: z.nullable(hex), batch: z.boolean() })),
  notes: z.optional(z.array(str)),
  venue: z.optional(z.object({ id: str, name: str })),
  derivative: z.optional(z.object({ kind: z.enum(['PT', 'YT']), market: hex })),
  flags: z.optional(z.array(z.enum(['unregistered-spender', 'look-alike-spender', 'wrong-chain', 'impostor-token', 'foreign-receiver']))),
});
