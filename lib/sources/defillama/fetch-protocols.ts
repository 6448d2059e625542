import { z } from 'zod';
import { boundedFetch, sourceFetchOptions } from '../bounded-fetch.ts';
import { jsonRows } from '../json-rows.ts';
import { InvalidPayloadError, toSourceError } from '../source-error.ts';
import type { HttpSourceDeps, SourceResult } from '../source-result.ts';

export const DEFILLAMA_API_URL = 'https://api.llama.fi';
/** `/protocols` lists every protocol (several thousand rows with chain TVL maps): a few MB. */
export const PROTOCOLS_MAX_BYTES = 24 * 1024 * 1024;
export const PROTOCOLS_MAX_ROW_CHARS = 256 * 1024;
export const PROTOCOLS_TIMEOUT_MS = 20_000;

/**
 * DefiLlama protocol slugs of the LRTs (the yield-server README says an adaptor's `project` must be the slug from
 * `/protocols`; lrt-contracts.md §E). The EigenLayer slug is expected to be `eigenlayer` but was not verified.
 */
export const LRT_PROTOCOL_SLUGS: Readonly<Record<string, string>> = {
  'ether.fi-stake': 'etherfi',
  renzo: 'renzo',
  kelp: 'kelp',
  'puffer-stake': 'puffer',
  'swell-liquid-restaking': 'swell',
  yieldnest: 'yieldnest',
  'genesislrt-(native-restaking)': 'inception',
  eigenlayer: 'eigenlayer',
};

/**
 * `audits` legend from DefiLlama/defillama-server `defi/src/protocols/data4.ts` header: "0" no audits, "1" part of
 * the code may be unaudited, "2" audited, "3" fork of an audited protocol (landscape.md §3.1).
 */
export type AuditLevel = 0 | 1 | 2 | 3;

export const protocolInfoSchema = z.object({
  slug: z.string(),
  /** Registry protocol id, from LRT_PROTOCOL_SLUGS. */
  protocol: z.string(),
  name: z.string(),
  tvlUsd: z.number().nullable(),
  auditLevel: z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(3)]).nullable(),
  /** Only http(s) links; anything else (`javascript:`, `data:`) is dropped so no UI can turn it into a live link. */
  auditLinks: z.array(z.string()),
  droppedAuditLinks: z.number(),
  parentProtocol: z.string().nullable(),
  /** Unix seconds when DefiLlama listed the protocol. */
  listedAt: z.number().nullable(),
});
type ProtocolInfo = z.infer<typeof protocolInfoSchema>;

export const protocolsDataSchema = z.object({
  protocols: z.array(protocolInfoSchema),
  rejected: z.number(),
  rows: z.number(),
});
export type ProtocolsData = z.infer<typeof protocolsDataSchema>;

/**
 * Row fields from the server's `Protocol` type (DefiLlama/defillama-server `defi/src/protocols/types.ts`) and the
 * `/protocols` handler, which spreads the protocol and adds `slug: sluggify(protocol)` and
 * `tvl: lastHourlyRecord?.tvl ?? null` (`defi/src/getProtocols.ts`). `audits` is typed `string | null` there while
 * the OpenAPI document shows an array elsewhere, so it is read leniently: an unknown shape means "unknown", not a
 * rejected row.
 */
const protocolRowSchema = z.object({
  name: z.string().min(1).max(200),
  slug: z.string().min(1).max(200).optional(),
  tvl: z.number().finite().nonnegative().nullable().optional(),
  audits: z.unknown().optional(),
  audit_links: z.array(z.unknown()).max(100).nullable().optional(),
  parentProtocol: z.string().max(200).nullable().optional(),
  listedAt: z.number().int().nonnegative().nullable().optional(),
});

/** defi/src/utils/sluggify.ts: `name.toLowerCase().split(" ").join("-").split("'").join("")`. */
function sluggify(name: string): string {
  return name.toLowerCase().split(' ').join('-').split("'").join('');
}

function auditLevel(raw: unknown): AuditLevel | null {
  const value = typeof raw === 'string' ? Number(raw) : raw;
  return value === 0 || value === 1 || value === 2 || value === 3 ? value : null;
}

function httpLink(raw: unknown): string | null {
  if (typeof raw !== 'string' || raw.length > 2048) return null;
  try {
    const url = new URL(raw);
    return url.protocol === 'https:' || url.protocol === 'http:' ? raw : null;
  } catch {
    return null;
  }
}

const SLUG_NEEDLES = Object.keys(LRT_PROTOCOL_SLUGS);

/**
 * TVL and audit metadata of the LRT protocols from api.llama.fi `/protocols`, stream-parsed like `/pools` and
 * filtered to `slugs` (default: every LRT slug).
 */
export async function fetchProtocols(
  deps: HttpSourceDeps,
  params: { slugs?: readonly string[] } = {},
): Promise<SourceResult<ProtocolsData>> {
  const url = `${(deps.baseUrl ?? DEFILLAMA_API_URL).replace(/\/+$/, '')}/protocols`;
  const now = deps.now ?? (() => new Date());
  const wanted = new Set(params.slugs ?? SLUG_NEEDLES);
  try {
    const body = await boundedFetch(url, sourceFetchOptions(deps, { timeoutMs: PROTOCOLS_TIMEOUT_MS, maxBytes: PROTOCOLS_MAX_BYTES }));
    const data: ProtocolsData = { protocols: [], rejected: 0, rows: 0 };
    for await (const row of jsonRows(body.chunks(), { key: null, maxItemChars: PROTOCOLS_MAX_ROW_CHARS }, data)) {
      const nameOnly = z.object({ name: z.string(), slug: z.string().optional() }).safeParse(row);
      if (!nameOnly.success) continue;
      const slug = nameOnly.data.slug ?? sluggify(nameOnly.data.name);
      if (!wanted.has(slug)) continue;
      const parsed = protocolRowSchema.safeParse(row);
      if (!parsed.success) {
        data.rejected++;
        continue;
      }
      const p = parsed.data;
      const links = (p.audit_links ?? []).map(httpLink);
      data.protocols.push({
        slug,
        protocol: LRT_PROTOCOL_SLUGS[slug] ?? slug,
        name: p.name,
        tvlUsd: p.tvl ?? null,
        auditLevel: auditLevel(p.audits),
        auditLinks: links.filter((l): l is string => l !== null),
        droppedAuditLinks: links.filter((l) => l === null).length,
        parentProtocol: p.parentProtocol ?? null,
        listedAt: p.listedAt ?? null,
      });
    }
    if (data.protocols.length === 0) throw new InvalidPayloadError({ details: 'no LRT protocols' });
    return { ok: true, data, source: url, asOf: now().toISOString() };
  } catch (error) {
    return { ok: false, error: toSourceError(error) };
  }
}
