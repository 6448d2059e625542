/**
 * Code in text a person reads: a call (`withdraw(`), a camelCase name (`requestWithdraw`, not `weETH`), a
 * CONSTANT_NAME, or Contract.method (`Vault.onSlash`, not `Gandi.net`). Token symbols and brand names pass.
 */
export const CODE_WORDS = /\w\(|\b[a-z]+[A-Z][a-z]\w*|\b[A-Z][A-Z0-9]*_[A-Z0-9_]+\b|\b[A-Z]\w*\.[a-z]+[A-Z]\w*/;

/** Every string under `o`, with where it sits, except under the keys in `skip` (provenance, labels, developer notes). */
export function textsOf(o: unknown, where: string, skip: ReadonlySet<string>, out: [string, string][] = []): [string, string][] {
  if (Array.isArray(o)) for (const v of o) textsOf(v, where, skip, out);
  else if (o && typeof o === 'object')
    for (const [k, v] of Object.entries(o)) {
      if (skip.has(k)) continue;
      if (typeof v === 'string') out.push([`${where}.${k}`, v]);
      else textsOf(v, `${where}.${k}`, skip, out);
    }
  return out;
}
