/**
 * The pieces every reply schema is built from. The worker is ours, but a reply crosses a messaging boundary (and
 * a worker from an older install may still be running after an update), so every reply is parsed before a page
 * reads it. zod/mini keeps this small in the popup's bundle.
 */
import * as z from 'zod/mini';

export const str = z.string();
export const num = z.number();
export const nstr = z.nullable(str);
export const nnum = z.nullable(num);
/**
 * A rule's measured value: any number but NaN (a rule may measure Infinity, "months since the last
 * incident" when there is none). Infinity does not survive every hop: Chrome's session storage drops
 * the key (the tab state) and JSON makes it null, so a missing value reads as null.
 */
export const measuredValue = z.pipe(
  z.optional(z.nullable(z.custom<number>((v) => typeof v === 'number' && !Number.isNaN(v), 'a number'))),
  z.transform((v) => v ?? null),
);
export const hex = z.custom<`0x${string}`>((v) => typeof v === 'string' && /^0x[0-9a-fA-F]*$/.test(v), 'a 0x hex string');
export const verification = z.enum(['primary', 'secondary', 'unverified']);

export function fact<T extends z.core.SomeType>(value: T) {
  return z.discriminatedUnion('known', [
    z.object({ known: z.literal(true), value, source: str, asOf: str, verification: z.optional(verification) }),
    z.object({ known: z.literal(false), reason: str, source: z.optional(str), asOf: z.optional(str) }),
  ]);
}

export const findingLevel = z.enum(['ok', 'caution', 'high', 'critical', 'unknown', 'errored', 'not-applicable']);
export const verdictLevel = z.enum(['ok', 'caution', 'high', 'critical', 'unknown']);
