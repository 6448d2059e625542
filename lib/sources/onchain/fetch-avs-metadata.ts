/**
 * One AVS metadata document, fetched from the URI the AVS itself announced: https on a named host only, size- and
 * time-capped, credentials omitted, and parsed through a schema that strips control and direction characters.
 */
import { z } from 'zod';
import { MetadataFetchError, MetadataInvalidError, MetadataTooLargeError } from './errors.ts';

/** Data from a URI an AVS controls is untrusted until it passed this schema. */
const untrustedText = (max: number) =>
  z
    .string()
    .transform((s) => s.replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069]/g, '').replace(/\s+/g, ' ').trim())
    .pipe(z.string().max(max));

const httpsUrl = z
  .string()
  .max(500)
  .transform((s, ctx) => {
    try {
      const u = new URL(s.trim());
      if (u.protocol === 'https:') return u.toString();
    } catch {
      /* fall through */
    }
    ctx.addIssue({ code: 'custom', message: 'not an https URL' });
    return z.NEVER;
  });

const AvsMetadataSchema = z.object({
  name: untrustedText(200).pipe(z.string().min(1)),
  website: httpsUrl.optional().catch(undefined),
  logo: httpsUrl.optional().catch(undefined),
  description: untrustedText(1_000).optional().catch(undefined),
});

export type AvsMetadata = z.output<typeof AvsMetadataSchema>;

export const AVS_METADATA_DEFAULTS = {
  maxBytes: 64 * 1024,
  timeoutMs: 5_000,
  cacheTtlMs: 7 * 24 * 3600 * 1000,
  /** Public endpoints cap eth_getLogs ranges; 50k blocks (~1 week) is accepted by most. */
  maxBlockRange: 50_000n,
  maxChunks: 8,
} as const;

/** A metadata URI must be https on a named host: an AVS must not make the person's browser probe their LAN. */
export function isFetchableMetadataUri(uri: string): boolean {
  let u: URL;
  try {
    u = new URL(uri);
  } catch {
    return false;
  }
  if (u.protocol !== 'https:' || u.username || u.password) return false;
  const host = u.hostname;
  if (host === 'localhost' || host.endsWith('.localhost') || host.endsWith('.local')) return false;
  if (/^\d+\.\d+\.\d+\.\d+$/.test(host) || host.startsWith('[')) return false;
  return true;
}

async function readCapped(response: Response, maxBytes: number): Promise<string> {
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) {
    await response.body?.cancel().catch(() => undefined);
    throw new MetadataTooLargeError({ details: `content-length ${declared}` });
  }
  if (!response.body) return '';
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw new MetadataTooLargeError({ details: `more than ${maxBytes} bytes` });
    }
    chunks.push(value);
  }
  const all = new Uint8Array(total);
  let offset = 0;
  for (const c of chunks) (all.set(c, offset), (offset += c.byteLength));
  return new TextDecoder('utf-8', { fatal: false }).decode(all);
}

/** Fetches and parses one metadata document. Throws an OnchainError subclass. */
export async function fetchAvsMetadata(
  uri: string,
  options: { fetchFn: typeof fetch; maxBytes?: number; timeoutMs?: number; signal?: AbortSignal },
): Promise<AvsMetadata> {
  if (!isFetchableMetadataUri(uri)) throw new MetadataFetchError({ details: 'URI not fetchable (https on a named host only)' });
  const timeout = AbortSignal.timeout(options.timeoutMs ?? AVS_METADATA_DEFAULTS.timeoutMs);
  const signal = options.signal ? AbortSignal.any([options.signal, timeout]) : timeout;
  let text: string;
  try {
    const response = await options.fetchFn(uri, { signal, credentials: 'omit', headers: { accept: 'application/json' } });
    if (!response.ok) {
      await response.body?.cancel().catch(() => undefined);
      throw new MetadataFetchError({ details: `HTTP ${response.status}` });
    }
    text = await readCapped(response, options.maxBytes ?? AVS_METADATA_DEFAULTS.maxBytes);
  } catch (err) {
    if (err instanceof MetadataFetchError || err instanceof MetadataTooLargeError) throw err;
    throw new MetadataFetchError({ details: timeout.aborted ? 'timeout' : 'network error', cause: err });
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (cause) {
    throw new MetadataInvalidError({ details: 'not JSON', cause });
  }
  const parsed = AvsMetadataSchema.safeParse(json);
  if (!parsed.success) throw new MetadataInvalidError({ details: parsed.error.issues[0]?.message ?? 'schema' });
  return parsed.data;
}
