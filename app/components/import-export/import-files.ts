// Fetches the file a ?file= link names; turning files into a graph is lib/formats/import-files.ts (re-exported here).
import { MAX_IMPORT_BYTES } from '@/lib/formats';
import { fileNameOf, type NamedFile } from '@/lib/formats/import-files';

export { importFiles, type ImportOutcome, type NamedFile } from '@/lib/formats/import-files';

/** Fetches ?file=<url> (same origin, or a server that allows CORS); errors say what went wrong. */
export async function fetchGraphFile(url: string, base: string): Promise<NamedFile | { error: string }> {
  let target: URL;
  try {
    target = new URL(url, base);
  } catch {
    return { error: `"${url}" is not a valid URL` };
  }
  if (target.protocol !== 'http:' && target.protocol !== 'https:') return { error: `only http(s) files can be imported, not ${target.protocol}` };
  let response: Response;
  try {
    response = await fetch(target, { mode: 'cors', credentials: 'omit' });
  } catch {
    return { error: `could not fetch ${target.href}: the server is unreachable or does not allow cross-origin requests (CORS)` };
  }
  if (!response.ok) return { error: `fetching ${target.href} failed with HTTP ${response.status}` };
  const length = Number(response.headers.get('content-length') ?? 0);
  if (length > MAX_IMPORT_BYTES) return { error: `${target.href} is larger than the ${MAX_IMPORT_BYTES / 1024 / 1024} MB import limit` };
  return { name: fileNameOf(target, response.headers), bytes: new Uint8Array(await response.arrayBuffer()) };
}
