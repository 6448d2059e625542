/**
 * AVS names from EigenExplorer, used only when the person has entered an API key on the options page
 * (the key travels in the `X-API-Token` header and is never shipped). Route `/avs/addresses` returns
 * `{data: [{name, address}], meta: {total, skip, take}}`
 * (EigenExplorer/eigen-explorer-backend@051467a: packages/api/src/routes/avs/avsController.ts getAllAVSAddresses).
 */
import { z } from 'zod';
import { boundedFetch, sourceFetchOptions } from '../bounded-fetch';
import { InvalidPayloadError, toSourceError } from '../source-error';
import type { HttpSourceDeps, SourceResult } from '../source-result';

export const EIGENEXPLORER_URL = 'https://api.eigenexplorer.com';
const PAGE = 100;
const MAX_PAGES = 10;

const pageSchema = z.object({
  data: z.array(z.object({ name: z.string().max(200), address: z.string().regex(/^0x[0-9a-fA-F]{40}$/) })),
  meta: z.object({ total: z.number().int().nonnegative() }),
});

export const avsNamesSchema = z.object({ names: z.record(z.string(), z.string()) });
export type AvsNames = z.infer<typeof avsNamesSchema>;

export async function fetchAvsNames(deps: HttpSourceDeps & { apiKey: string }): Promise<SourceResult<AvsNames>> {
  try {
    const base = (deps.baseUrl ?? EIGENEXPLORER_URL).replace(/\/+$/, '');
    const names: Record<string, string> = {};
    for (let page = 0; page < MAX_PAGES; page++) {
      const body = await boundedFetch(`${base}/avs/addresses?skip=${page * PAGE}&take=${PAGE}`, {
        ...sourceFetchOptions(deps, { timeoutMs: 10_000, maxBytes: 1024 * 1024 }),
        headers: { 'X-API-Token': deps.apiKey },
      });
      const parsed = pageSchema.safeParse(JSON.parse(await body.text()));
      if (!parsed.success) throw new InvalidPayloadError({ details: 'not an /avs/addresses page' });
      for (const { name, address } of parsed.data.data) if (name.trim()) names[address.toLowerCase()] = name.trim();
      if ((page + 1) * PAGE >= parsed.data.meta.total || parsed.data.data.length === 0) break;
    }
    return { ok: true, data: { names }, source: `${base}/avs/addresses`, asOf: (deps.now?.() ?? new Date()).toISOString() };
  } catch (error) {
    return { ok: false, error: toSourceError(error) };
  }
}
