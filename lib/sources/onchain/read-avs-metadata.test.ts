import { describe, expect, it } from 'vitest';
import { fetchAvsMetadata, isFetchableMetadataUri } from './fetch-avs-metadata.ts';

const URI = 'https://avs.example/meta.json';

const respond = (body: BodyInit | null, init?: ResponseInit): typeof fetch => async () => new Response(body, init);

/** A body that streams `total` bytes in 16 KiB chunks and never announces a length. */
function streamed(total: number): ReadableStream<Uint8Array> {
  let sent = 0;
  return new ReadableStream({
    pull(controller) {
      if (sent >= total) return controller.close();
      const n = Math.min(16_384, total - sent);
      sent += n;
      controller.enqueue(new Uint8Array(n).fill(0x20));
    },
  });
}

describe('fetchAvsMetadata: data from a URI an AVS controls is untrusted', () => {
  it('keeps a clean name and https links, and drops what is not', async () => {
    const body = JSON.stringify({
      name: ' \u202eEigen\u0007DA  ',
      website: 'https://eigenda.example',
      logo: 'data:image/svg+xml,<svg onload=alert(1)>',
      twitter: 'https://x.com/eigenda',
      description: '<img src=x onerror=alert(1)>',
      extra: { nested: true },
    });
    const meta = await fetchAvsMetadata(URI, { fetchFn: respond(body) });
    expect(meta).toEqual({
      name: 'EigenDA',
      website: 'https://eigenda.example/',
      // Kept as inert text: React escapes it; nothing here renders HTML.
      description: '<img src=x onerror=alert(1)>',
    });
  });

  it.each([
    ['HTML instead of JSON', respond('<html><script>alert(1)</script></html>'), 'metadata invalid'],
    ['truncated JSON', respond('{"name": "Eig'), 'metadata invalid'],
    ['a name of the wrong type', respond(JSON.stringify({ name: 42 })), 'metadata invalid'],
    ['an empty name', respond(JSON.stringify({ name: ' \u0000 ' })), 'metadata invalid'],
    ['a missing name', respond(JSON.stringify({ website: 'https://x.example' })), 'metadata invalid'],
    ['a JSON array', respond('[1,2,3]'), 'metadata invalid'],
    ['a 404', respond('gone', { status: 404 }), 'metadata fetch failed'],
    ['a body announced too large', respond('{}', { headers: { 'content-length': String(10_000_000) } }), 'metadata too large'],
    ['a body streamed past the cap without a length', respond(streamed(5_000_000)), 'metadata too large'],
  ])('%s → "%s"', async (_case, fetchFn, message) => {
    await expect(fetchAvsMetadata(URI, { fetchFn, maxBytes: 64 * 1024 })).rejects.toMatchObject({ shortMessage: message });
  });

  it('gives up on a slow server at its deadline', async () => {
    const hang: typeof fetch = (_input, init) =>
      new Promise((_resolve, reject) => init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))));
    const started = Date.now();
    await expect(fetchAvsMetadata(URI, { fetchFn: hang, timeoutMs: 150 })).rejects.toMatchObject({
      shortMessage: 'metadata fetch failed',
      details: 'timeout',
    });
    expect(Date.now() - started).toBeLessThan(1_000);
  });

  it('never fetches a URI that is not https on a named host', async () => {
    let called = false;
    const spy: typeof fetch = async () => ((called = true), new Response('{}'));
    for (const uri of ['http://avs.example/m.json', 'https://192.168.1.1/m.json', 'https://localhost/m.json', 'https://u:p@avs.example/', 'ipfs://bafy…', 'file:///etc/passwd'])
      await expect(fetchAvsMetadata(uri, { fetchFn: spy })).rejects.toMatchObject({ shortMessage: 'metadata fetch failed' });
    expect(called).toBe(false);
    expect(isFetchableMetadataUri('https://raw.githubusercontent.com/avs/metadata.json')).toBe(true);
  });
});
