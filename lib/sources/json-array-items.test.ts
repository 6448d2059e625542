import { describe, expect, it } from 'vitest';
import { jsonArrayItems, type JsonArrayEvent } from './json-array-items.ts';
import { InvalidPayloadError } from './source-error.ts';

async function* split(text: string, size: number) {
  for (let i = 0; i < text.length; i += size) yield text.slice(i, i + size);
}

async function collect(text: string, size: number, key: string | null, maxItemChars = 1000, members?: Record<string, unknown>) {
  const out: JsonArrayEvent[] = [];
  for await (const e of jsonArrayItems(split(text, size), {
    key,
    maxItemChars,
    onMember: (k, v) => {
      if (members) members[k] = v;
    },
  })) out.push(e);
  return out;
}

const tricky = {
  status: 'success',
  before: { nested: [1, 2, { a: '] } [ {' }] },
  data: [
    { s: 'quote \\" and ] and } and [ and {', n: -1.5e3 },
    'a string element with , and ]',
    42,
    true,
    null,
    [1, [2, [3]]],
    { unicode: 'é → 💥', esc: '\\u005d' },
  ],
  after: 'tail',
};

describe('jsonArrayItems', () => {
  it('yields every element of the "data" member exactly, at every chunk size', async () => {
    const text = JSON.stringify(tricky, null, 1);
    for (const size of [1, 2, 3, 7, 64, text.length]) {
      const members: Record<string, unknown> = {};
      const events = await collect(text, size, 'data', 1000, members);
      expect(events.map((e) => (e.kind === 'item' ? JSON.parse(e.text) : e))).toEqual(tricky.data);
      expect(members).toEqual({ status: 'success', before: tricky.before, after: 'tail' });
    }
  });

  it('reads a top-level array', async () => {
    const events = await collect(JSON.stringify([{ a: 1 }, { b: [2] }]), 5, null);
    expect(events).toEqual([
      { kind: 'item', text: '{"a":1}' },
      { kind: 'item', text: '{"b":[2]}' },
    ]);
  });

  it('drops an oversized element without holding it and keeps going', async () => {
    const text = JSON.stringify({ data: [{ big: 'x'.repeat(5000) }, { small: 1 }] });
    const events = await collect(text, 100, 'data', 200);
    expect(events[0]).toEqual({ kind: 'oversized', chars: JSON.stringify({ big: 'x'.repeat(5000) }).length });
    expect(events[1]).toEqual({ kind: 'item', text: '{"small":1}' });
  });

  it('rejects a truncated body with a stable message', async () => {
    const text = JSON.stringify(tricky).slice(0, 60);
    await expect(collect(text, 8, 'data')).rejects.toThrow(InvalidPayloadError);
    await expect(collect(text, 8, 'data')).rejects.toThrow('invalid payload');
    await expect(collect('{"status":"success","data":[{"a":1}', 4, 'data')).rejects.toMatchObject({ details: 'truncated' });
  });

  it('rejects bodies that are not the expected shape', async () => {
    await expect(collect('<!doctype html><html><body>502</body></html>', 10, 'data')).rejects.toThrow('invalid payload');
    await expect(collect('[1,2]', 10, 'data')).rejects.toThrow('invalid payload');
    await expect(collect('{"status":"success"}', 10, 'data')).rejects.toMatchObject({ details: 'no "data" array' });
    await expect(collect('{"data":[1]} trailing', 10, 'data')).rejects.toMatchObject({
      details: 'content after the end of the document',
    });
    await expect(collect('', 10, 'data')).rejects.toMatchObject({ details: 'truncated' });
  });
});
