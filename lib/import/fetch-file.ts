// Fetches the file a ?file= link names: redirects followed (the final URL names the file), byte progress, the size
// limit enforced while the body streams in, a stall timeout, and Cancel through an AbortSignal.
import { MAX_IMPORT_BYTES } from '@/lib/formats';
import { fileNameOf, type NamedFile } from '@/lib/formats/import-files';

export type FetchProgress = (loaded: number, total: number | null) => void;
export type FetchOptions = { signal?: AbortSignal; onProgress?: FetchProgress; maxBytes?: number; stallMs?: number };

const mb = (bytes: number) => `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;

/**
 * Fetches ?file=<url> (same origin, or a server that allows CORS), following redirects; errors say what went wrong.
 * The size limit is enforced while the body streams in, and a download that makes no progress for `stallMs` (30 s)
 * stops with a message; `signal` cancels it.
 */
export async function fetchGraphFile(url: string, base: string, options: FetchOptions = {}): Promise<NamedFile | { error: string }> {
  const { signal, onProgress, maxBytes = MAX_IMPORT_BYTES, stallMs = 30_000 } = options;
  let target: URL;
  try {
    target = new URL(url, base);
  } catch {
    return { error: `"${url}" is not a valid URL` };
  }
  if (target.protocol !== 'http:' && target.protocol !== 'https:') return { error: `only http(s) files can be imported, not ${target.protocol}` };
  const controller = new AbortController();
  let stalled = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const arm = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      stalled = true;
      controller.abort();
    }, stallMs);
  };
  const cancel = () => controller.abort();
  signal?.addEventListener('abort', cancel);
  const stopped = (): { error: string } =>
    stalled ? { error: `${target.href} sent nothing for ${Math.round(stallMs / 1000)} s: the download was stopped` } : { error: 'the download was cancelled' };
  try {
    arm();
    let response: Response;
    try {
      response = await fetch(target, { mode: 'cors', credentials: 'omit', redirect: 'follow', signal: controller.signal });
    } catch {
      if (controller.signal.aborted) return stopped();
      return { error: `could not fetch ${target.href}: the server is unreachable or does not allow cross-origin requests (CORS)` };
    }
    const final = response.url ? new URL(response.url) : target;
    if (!response.ok) return { error: `fetching ${final.href} failed with HTTP ${response.status}` };
    const declared = Number(response.headers.get('content-length') ?? NaN);
    const total = Number.isFinite(declared) && declared > 0 ? declared : null;
    if (total !== null && total > maxBytes) {
      controller.abort();
      return { error: `${final.href} is ${mb(total)}, larger than the ${mb(maxBytes)} import limit` };
    }
    const chunks: Uint8Array[] = [];
    let loaded = 0;
    onProgress?.(0, total);
    if (response.body) {
      const reader = response.body.getReader();
      // Aborting errors a real fetch's body; cancelling the reader also ends a stream that ignores the signal.
      controller.signal.addEventListener('abort', () => void reader.cancel().catch(() => undefined));
      for (;;) {
        let step: ReadableStreamReadResult<Uint8Array>;
        try {
          step = await reader.read();
        } catch {
          if (controller.signal.aborted) return stopped();
          return { error: `the download of ${final.href} broke off after ${mb(loaded)}` };
        }
        if (controller.signal.aborted) return stopped();
        if (step.done) break;
        arm();
        loaded += step.value.byteLength;
        if (loaded > maxBytes) {
          void reader.cancel();
          return { error: `${final.href} is larger than the ${mb(maxBytes)} import limit (stopped after ${mb(loaded)})` };
        }
        chunks.push(step.value);
        onProgress?.(loaded, total);
      }
    }
    const bytes = new Uint8Array(loaded);
    let offset = 0;
    for (const chunk of chunks) {
      bytes.set(chunk, offset);
      offset += chunk.byteLength;
    }
    return { name: fileNameOf(final, response.headers), bytes };
  } catch (error) {
    return { error: `could not fetch ${target.href}: ${(error as Error).message}` };
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', cancel);
  }
}
