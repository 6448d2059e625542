import { readFileSync } from 'node:fs';
import { type Abi, type AbiFunction, toEventSelector, toFunctionSelector, toFunctionSignature, toEventSignature, type AbiEvent } from 'viem';
import { describe, expect, it } from 'vitest';
import * as abis from './abis.ts';

const fixture = JSON.parse(
  readFileSync(new URL('../../../tests/fixtures/onchain/selectors.json', import.meta.url), 'utf8'),
) as { entries: { signature: string; selector: string; source: string }[] };

const bySignature = new Map(fixture.entries.map((e) => [e.signature, e]));

const items = Object.entries(abis).flatMap(([name, abi]) =>
  (abi as Abi)
    .filter((i): i is AbiFunction | AbiEvent => i.type === 'function' || i.type === 'event')
    .map((i) => [name, i] as const),
);

describe('every ABI item the readers use has a primary source', () => {
  it.each(items.map(([name, i]) => [name, i.type === 'function' ? toFunctionSignature(i) : toEventSignature(i), i] as const))(
    '%s %s',
    (_name, signature, item) => {
      const entry = bySignature.get(signature);
      expect(entry, `${signature} missing from tests/fixtures/onchain/selectors.json`).toBeDefined();
      const selector = item.type === 'function' ? toFunctionSelector(item) : toEventSelector(item);
      expect(selector).toBe(entry!.selector);
      expect(entry!.source).toMatch(/@[0-9a-f]{40}:/);
    },
  );
});
