/**
 * Requests that go around the hook. A page can post JSON-RPC straight to a wallet's content-script channel
 * (MetaMask's inpage→content-script envelope), the "alternate invocation" drainers use; no page-side hook
 * can hold that. What the extension can do is see it: the envelope is an ordinary window message. A held
 * method in such an envelope that the warning did not itself pass on a moment earlier is reported as
 * "bypassed" (a wallet's own provider posts the same envelope for the requests the person let through,
 * which is why those are expected and not counted).
 */
import type { UntrustedRequest } from './hold-messages';

const HELD = new Set(['eth_sendTransaction', 'wallet_sendTransaction', 'wallet_sendCalls', 'eth_signTypedData_v3', 'eth_signTypedData_v4']);
const EXPECT_MS = 10_000;

/** `{target: 'metamask-contentscript', data: {name: 'metamask-provider', data: {method, params}}}` → the request. */
export function providerStreamRequest(data: unknown): UntrustedRequest | null {
  if (typeof data !== 'object' || data === null) return null;
  const envelope = data as { target?: unknown; data?: { name?: unknown; data?: { method?: unknown; params?: unknown } } };
  if (typeof envelope.target !== 'string' || !envelope.target.endsWith('contentscript')) return null;
  const inner = envelope.data?.data;
  if (typeof envelope.data?.name !== 'string' || typeof inner?.method !== 'string') return null;
  return { method: inner.method, params: inner.params };
}

/** A held method in a wallet channel's envelope: the only window messages the detector needs to see. */
export const mayBeHeldEnvelope = (data: unknown): boolean => HELD.has(providerStreamRequest(data)?.method ?? '');

const key = (r: UntrustedRequest) => {
  try {
    return `${r.method}:${JSON.stringify(r.params)}`;
  } catch {
    return `${r.method}:?`;
  }
};

export function createBypassDetector(now: () => number = Date.now) {
  let expected: { key: string; at: number }[] = [];
  return {
    /** The warning passed these on to the wallet: their envelopes are the wallet's own. */
    expect(requests: readonly UntrustedRequest[]): void {
      const t = now();
      expected = expected.filter((e) => t - e.at < EXPECT_MS);
      for (const r of requests) expected.push({ key: key(r), at: t });
      if (expected.length > 200) expected = expected.slice(-200);
    },
    /** A held method posted to a wallet's channel that the warning did not pass on; null otherwise. */
    observe(data: unknown): { method: string } | null {
      const request = providerStreamRequest(data);
      if (!request || !HELD.has(request.method)) return null;
      const k = key(request);
      const t = now();
      const i = expected.findIndex((e) => e.key === k && t - e.at < EXPECT_MS);
      if (i >= 0) {
        expected.splice(i, 1);
        return null;
      }
      return { method: request.method };
    },
  };
}
