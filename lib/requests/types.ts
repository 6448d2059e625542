/** A wallet request after parsing: every field checked, addresses lowercase, amounts as bigint. */
export type LowerAddress = `0x${string}`;

export interface ParsedCall {
  /** Lowercase; `null` for contract creation. */
  to: LowerAddress | null;
  /** Calldata as sent (hex checked, case kept). */
  data: `0x${string}`;
  /** `0n` when the request carries no value. Read as the wallet reads it (a decimal string as hex, like MetaMask). */
  value: bigint;
  /** Where the request can be read two ways, the way it was read and what the other reading would be. */
  notes?: string[];
}

export interface ParsedTypedData {
  primaryType: string;
  domain: { chainId: number | null; verifyingContract: LowerAddress | null; name: string | null };
  message: Readonly<Record<string, unknown>>;
  types: Readonly<Record<string, readonly { name: string; type: string }[]>>;
  /** The address asked to sign (lowercase), when the request names one. */
  signer?: LowerAddress;
}

export type ParsedRequest =
  | { method: 'eth_sendTransaction' | 'eth_signTransaction' | 'wallet_sendCalls'; chainId: number | null; calls: readonly ParsedCall[] }
  | { method: 'eth_signTypedData_v3' | 'eth_signTypedData_v4'; chainId: number | null; typedData: ParsedTypedData };

export type ParseResult = { ok: true; request: ParsedRequest } | { ok: false; error: import('./errors').RequestParseError };
