import { describe, expect, it } from 'vitest';
import { protocols } from '../protocols/index';
import { PROTOCOL_NAMES } from './protocol-names';

describe('PROTOCOL_NAMES', () => {
  it('is the registry’s names, every protocol', () => {
    expect(PROTOCOL_NAMES).toEqual(Object.fromEntries(protocols.map((p) => [p.id, p.name])));
  });
});
