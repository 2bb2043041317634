// An API answer computed once and served many times: status, body bytes, content type, ETag and headers.
import { createHash } from 'node:crypto';

export type Answer = { status: number; body: Uint8Array; contentType: string; etag: string; headers: Record<string, string> };

const encoder = new TextEncoder();

/** A strong ETag of the body (and status, so that an error and a success never share one). */
export function answer(status: number, body: string | Uint8Array, contentType: string, headers: Record<string, string> = {}): Answer {
  const bytes = typeof body === 'string' ? encoder.encode(body) : body;
  const hash = createHash('sha256').update(String(status)).update(bytes).digest('base64url').slice(0, 32);
  return { status, body: bytes, contentType, etag: `"${hash}"`, headers };
}

export function jsonAnswer(status: number, value: unknown, headers: Record<string, string> = {}): Answer {
  return answer(status, JSON.stringify(value), 'application/json; charset=utf-8', headers);
}

/** The JSON error body every API error has: { error, message, parameter? }. */
export function errorAnswer(status: number, error: string, message: string, parameter?: string, headers: Record<string, string> = {}): Answer {
  return jsonAnswer(status, parameter === undefined ? { error, message } : { error, parameter, message }, headers);
}

/** Whether an If-None-Match header names this ETag (weak or strong, or *). */
export function matchesEtag(ifNoneMatch: string | null, etag: string): boolean {
  if (ifNoneMatch === null) return false;
  return ifNoneMatch.split(',').some((tag) => {
    const t = tag.trim();
    return t === '*' || t.replace(/^W\//, '') === etag;
  });
}
