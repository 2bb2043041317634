import { afterEach, describe, expect, it, vi } from 'vitest';
import { fetchGraphFile } from './fetch-file';

const BASE = 'http://127.0.0.1:1/';

/** A response whose body arrives in the given chunks, then ends (or never ends when `hang`). */
function streamed(chunks: Uint8Array[], init: ResponseInit & { hang?: boolean; url?: string } = {}) {
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      for (const c of chunks) controller.enqueue(c);
      if (!init.hang) controller.close();
    },
  });
  const response = new Response(body, init);
  if (init.url) Object.defineProperty(response, 'url', { value: init.url });
  return response;
}

afterEach(() => vi.unstubAllGlobals());

describe('fetchGraphFile', () => {
  it('follows redirects and names the file after the final URL, reporting bytes as they come', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => streamed([new Uint8Array([123]), new Uint8Array([125])], { url: 'http://127.0.0.1:1/files/real.json' })),
    );
    const progress: number[] = [];
    const file = await fetchGraphFile('/redirect', BASE, { onProgress: (loaded) => progress.push(loaded) });
    expect(file).toMatchObject({ name: 'real.json' });
    expect('bytes' in file && [...file.bytes]).toEqual([123, 125]);
    expect(progress).toEqual([0, 1, 2]);
  });

  it('stops a body that outgrows the limit while it streams, without a declared length', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => streamed([new Uint8Array(600), new Uint8Array(600)])),
    );
    expect(await fetchGraphFile('/big.csv', BASE, { maxBytes: 1000 })).toEqual({
      error: expect.stringMatching(/larger than the .* import limit \(stopped after/),
    });
  });

  it('refuses a declared length above the limit before reading', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => streamed([new Uint8Array(10)], { headers: { 'content-length': '5000' } })),
    );
    expect(await fetchGraphFile('/big.csv', BASE, { maxBytes: 1000 })).toEqual({ error: expect.stringMatching(/larger than the .* import limit$/) });
  });

  it('gives up on a download that sends nothing for the stall time, and on Cancel', async () => {
    const hanging = (_: unknown, init?: RequestInit) =>
      new Promise<Response>((resolve, reject) => {
        init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
        resolve(streamed([new Uint8Array(3)], { hang: true }));
      });
    vi.stubGlobal('fetch', vi.fn(hanging));
    expect(await fetchGraphFile('/slow.json', BASE, { stallMs: 50 })).toEqual({
      error: expect.stringMatching(/sent nothing for 0 s: the download was stopped/),
    });
    const controller = new AbortController();
    const pending = fetchGraphFile('/slow.json', BASE, { signal: controller.signal, stallMs: 10_000 });
    setTimeout(() => controller.abort(), 20);
    expect(await pending).toEqual({ error: 'the download was cancelled' });
  });

  it('says so for URLs it cannot fetch, and keeps a malformed escape in the name', async () => {
    expect(await fetchGraphFile('http://[::1', BASE)).toEqual({ error: '"http://[::1" is not a valid URL' });
    expect(await fetchGraphFile('javascript:alert(1)', BASE)).toEqual({ error: 'only http(s) files can be imported, not javascript:' });
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => streamed([new Uint8Array([1])], { url: 'http://127.0.0.1:1/x/%E0%A4%A', headers: { 'content-type': 'application/json' } })),
    );
    expect(await fetchGraphFile('/x/%E0%A4%A', BASE)).toMatchObject({ name: '%E0%A4%A.json' });
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response('no', { status: 404 })),
    );
    expect(await fetchGraphFile('/missing.json', BASE)).toEqual({ error: expect.stringMatching(/failed with HTTP 404/) });
  });
});
