// @ts-check
// A bounded in-memory cache of whole HTTP answers in front of Next's handler (npm run serve): a page or API answer that
// depends only on its URL and the day is rendered once, then replayed without entering Next (a repeated request costs
// a Map lookup and a socket write instead of Next's routing, proxy and rendering). Pages get a fresh CSP nonce on every
// replay; API answers keep their ETag and get a 304 for a matching If-None-Match; gzip for clients that accept it.
// Only 200 answers to GET on the allowed paths, without Next's client-router headers, are kept; least recently used
// answers are dropped beyond a byte and an entry bound, so any number of distinct URLs keeps memory bounded.
import { randomBytes } from 'node:crypto';
import { gzipSync } from 'node:zlib';

/**
 * Pages and API routes whose answers depend only on the URL (and the day: "today" is the default date), and the
 * dataset's immutable asset (/bundled/<content hash>.json), whose 3.9 MB Next would gzip again for every request.
 */
const CACHED_PATHS = /^\/(?:embed)?(?:\?|$)|^\/api\/|^\/bundled\/[\w.-]+$/;

/** Request headers that make Next answer something else than the document (RSC payloads, server actions, ranges). */
const BYPASS_HEADERS = ['rsc', 'next-router-state-tree', 'next-router-prefetch', 'next-router-segment-prefetch', 'next-action', 'next-url', 'range'];

/** Hop-by-hop and per-response headers: not part of a stored answer. */
const UNSTORED_HEADERS = new Set(['connection', 'keep-alive', 'transfer-encoding', 'content-length', 'date', 'proxy-connection', 'upgrade']);

const NONCE_IN_POLICY = /'nonce-([A-Za-z0-9+/=_-]{16,})'/;
const NONCE_SLOT = '\u0000nonce\u0000';
const COMPRESSIBLE = /^(?:text\/|application\/(?:json|xml|javascript|graphml\+xml|gexf\+xml|[\w.+-]*\+(?:json|xml))\b)/i;
const MIN_GZIP_BYTES = 1024;

/**
 * @typedef {{
 *   headers: [string, string][];
 *   body: Buffer[];
 *   bytes: number;
 *   etag: string | undefined;
 *   templated: boolean;
 *   compressible: boolean;
 *   gzip: Buffer | undefined;
 * }} Entry  body: the answer's bytes; for a page, cut at its nonce (one more part than nonces).
 */

/** The UTC day (YYYY-MM-DD), as lib/data/dates.ts todayIso. */
export function utcDay(now = new Date()) {
  return now.toISOString().slice(0, 10);
}

/**
 * The key of a request whose answer may be stored and replayed, or null.
 * @param {string | undefined} method
 * @param {string | undefined} url path and query as sent
 * @param {Record<string, string | string[] | undefined>} headers
 * @param {string} day
 */
export function cacheKey(method, url, headers, day) {
  if ((method !== 'GET' && method !== 'HEAD') || !url || !CACHED_PATHS.test(url)) return null;
  if (BYPASS_HEADERS.some((name) => headers[name] !== undefined)) return null;
  if (/[?&]_rsc=/.test(url)) return null;
  return `${headers.host ?? ''} ${url} ${day}`;
}

/** Whether an Accept-Encoding header allows gzip (gzip or *, with a q above 0). */
export function acceptsGzip(/** @type {string | string[] | undefined} */ header) {
  if (typeof header !== 'string') return false;
  return header.split(',').some((part) => {
    const [coding = '', ...params] = part.trim().toLowerCase().split(';');
    if (coding.trim() !== 'gzip' && coding.trim() !== '*') return false;
    const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)).find(Boolean);
    return !q || Number(q[1]) > 0;
  });
}

/** Whether an If-None-Match header names this ETag (weak or strong, or *), as lib/api/answer.ts matchesEtag. */
export function ifNoneMatchHas(/** @type {string | string[] | undefined} */ header, /** @type {string} */ etag) {
  if (typeof header !== 'string') return false;
  return header.split(',').some((tag) => {
    const t = tag.trim();
    return t === '*' || t.replace(/^W\//, '') === etag;
  });
}

/** A fresh nonce like proxy.ts newNonce (base64 of 128 random bits). */
function newNonce() {
  return randomBytes(16).toString('base64');
}

/**
 * Cuts `body` at every occurrence of `nonce`.
 * @param {Buffer} body
 * @param {string} nonce
 */
function cutAtNonce(body, nonce) {
  const needle = Buffer.from(nonce);
  const parts = [];
  let from = 0;
  for (let at = body.indexOf(needle); at >= 0; at = body.indexOf(needle, from)) {
    parts.push(body.subarray(from, at));
    from = at + needle.length;
  }
  parts.push(body.subarray(from));
  return parts;
}

/**
 * A stored answer from what Next sent, or null when it must not be replayed (not a 200, sets a cookie, encoded).
 * @param {number} status
 * @param {Record<string, number | string | string[] | undefined>} sent the response's headers
 * @param {Buffer} body
 * @returns {Entry | null}
 */
export function entryOf(status, sent, body) {
  if (status !== 200) return null;
  /** @type {[string, string][]} */
  const headers = [];
  for (const [rawName, value] of Object.entries(sent)) {
    const name = rawName.toLowerCase();
    if (value === undefined || UNSTORED_HEADERS.has(name)) continue;
    if (name === 'set-cookie' || name === 'content-encoding' || name === 'content-range') return null;
    for (const v of Array.isArray(value) ? value : [value]) headers.push([name, String(v)]);
  }
  const nonce = NONCE_IN_POLICY.exec(headers.find(([name]) => name === 'content-security-policy')?.[1] ?? '')?.[1];
  const etag = headers.find(([name]) => name === 'etag')?.[1];
  const contentType = headers.find(([name]) => name === 'content-type')?.[1] ?? '';
  return {
    headers: nonce ? headers.map(([name, value]) => [name, value.replaceAll(nonce, NONCE_SLOT)]) : headers,
    body: nonce ? cutAtNonce(body, nonce) : [body],
    bytes: body.length,
    etag,
    templated: nonce !== undefined,
    compressible: COMPRESSIBLE.test(contentType) && body.length >= MIN_GZIP_BYTES,
    gzip: undefined,
  };
}

/**
 * The status, headers and body to send for a stored answer.
 * @param {Entry} entry
 * @param {{ method?: string; headers: Record<string, string | string[] | undefined> }} request
 * @param {() => string} nonce
 */
export function replay(entry, request, nonce = newNonce) {
  const fresh = entry.templated ? nonce() : '';
  /** @type {[string, string][]} */
  const headers = entry.templated ? entry.headers.map(([name, value]) => [name, value.replaceAll(NONCE_SLOT, fresh)]) : entry.headers.slice();
  if (entry.etag !== undefined && ifNoneMatchHas(request.headers['if-none-match'], entry.etag)) {
    return { status: 304, headers: headers.filter(([name]) => !name.startsWith('content-')), body: undefined };
  }
  const nonceBytes = Buffer.from(fresh);
  let body = entry.templated ? Buffer.concat(entry.body.flatMap((part, i) => (i === 0 ? [part] : [nonceBytes, part]))) : /** @type {Buffer} */ (entry.body[0]);
  if (entry.compressible && acceptsGzip(request.headers['accept-encoding'])) {
    body = entry.templated ? gzipSync(body) : (entry.gzip ??= gzipSync(body));
    headers.push(['content-encoding', 'gzip']);
  }
  headers.push(['content-length', String(body.length)]);
  return { status: 200, headers, body: request.method === 'HEAD' ? undefined : body };
}

/**
 * The bytes of a written chunk to keep. A large chunk is a body written once (an API answer's bytes, which the Fetch
 * Response behind it already copied) and is kept as it is, not copied again; small ones may come from a write buffer
 * that its writer reuses, and are copied.
 * @param {Uint8Array} chunk
 */
function sharedOrCopied(chunk) {
  const whole = chunk.byteLength >= 64 * 1024 && chunk.buffer.byteLength === chunk.byteLength; // not a slice of a bigger buffer
  return whole ? Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength) : Buffer.from(chunk);
}

/** Least recently used entries dropped beyond `maxEntries` or `maxBytes`, as lib/api/lru.ts. */
class Lru {
  /** @type {Map<string, Entry>} */
  entries = new Map();
  bytes = 0;

  /** @param {number} maxEntries @param {number} maxBytes */
  constructor(maxEntries, maxBytes) {
    this.maxEntries = maxEntries;
    this.maxBytes = maxBytes;
  }

  /** @param {Entry} entry */
  static size(entry) {
    return entry.bytes + (entry.gzip?.length ?? 0) + 512;
  }

  /** @param {string} key */
  get(key) {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry;
  }

  /** @param {string} key @param {Entry} entry */
  set(key, entry) {
    this.delete(key);
    this.entries.set(key, entry);
    this.bytes += Lru.size(entry);
    this.evict();
  }

  /** @param {string} key */
  delete(key) {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.entries.delete(key);
    this.bytes -= Lru.size(entry);
  }

  /** After an entry grew (its gzip copy was made). @param {number} grownBy */
  grew(grownBy) {
    this.bytes += grownBy;
    this.evict();
  }

  evict() {
    for (const [key, entry] of this.entries) {
      if (this.entries.size <= this.maxEntries && this.bytes <= this.maxBytes) break;
      this.entries.delete(key);
      this.bytes -= Lru.size(entry);
    }
  }
}

/**
 * @typedef {import('node:http').IncomingMessage} Request
 * @typedef {import('node:http').ServerResponse} Response
 * @typedef {(request: Request, response: Response) => unknown} Handler
 */

export class ResponseCache {
  /** @type {Map<string, Promise<Entry | null>>} answers being rendered: later requests for the same key wait for them */
  filling = new Map();
  hits = 0;
  misses = 0;

  /**
   * @param {{ maxBytes?: number; maxEntries?: number; maxEntryBytes?: number; day?: () => string }} [options]
   *   maxBytes: total of the stored bodies (64 MB); maxEntryBytes: larger answers are not stored (8 MB).
   */
  constructor({ maxBytes = 64 * 1024 * 1024, maxEntries = 1024, maxEntryBytes = 8 * 1024 * 1024, day = () => utcDay() } = {}) {
    this.lru = new Lru(maxEntries, maxBytes);
    this.maxEntryBytes = maxEntryBytes;
    this.day = day;
  }

  get size() {
    return this.lru.entries.size;
  }

  get bytes() {
    return this.lru.bytes;
  }

  /**
   * Answers from the cache, or lets `next` answer (storing what it sends when that may be replayed).
   * @param {Request} request
   * @param {Response} response
   * @param {Handler} next
   */
  async handle(request, response, next) {
    const key = cacheKey(request.method, request.url, request.headers, this.day());
    if (key === null) return next(request, response);
    let entry = this.lru.get(key);
    if (!entry) {
      const pending = this.filling.get(key);
      if (pending) entry = (await pending) ?? undefined;
    }
    if (entry) {
      this.hits++;
      this.send(entry, request, response);
      return;
    }
    this.misses++;
    if (request.method !== 'GET' || this.filling.has(key)) return next(request, response);
    const filled = this.record(request, response).then((stored) => {
      if (stored) this.lru.set(key, stored);
      this.filling.delete(key);
      return stored;
    });
    this.filling.set(key, filled);
    // the stored copy is the identity encoding; replays compress it themselves
    delete request.headers['accept-encoding'];
    return next(request, response);
  }

  /** @param {Entry} entry @param {Request} request @param {Response} response */
  send(entry, request, response) {
    const gzipBefore = entry.gzip?.length ?? 0;
    const { status, headers, body } = replay(entry, request);
    if ((entry.gzip?.length ?? 0) !== gzipBefore) this.lru.grew((entry.gzip?.length ?? 0) - gzipBefore);
    response.writeHead(status, headers.flat());
    response.end(body);
  }

  /**
   * Passes what Next writes through to the client and keeps a copy; resolves to the entry once the answer is sent.
   * @param {Request} request
   * @param {Response} response
   * @returns {Promise<Entry | null>}
   */
  record(request, response) {
    /** @type {Buffer[]} */
    const chunks = [];
    let length = 0;
    let tooBig = false;
    /** @type {Record<string, string | string[] | number>} */
    const explicit = {};
    const keep = (/** @type {unknown} */ chunk, /** @type {unknown} */ encoding) => {
      if (tooBig || chunk === undefined || chunk === null || typeof chunk === 'function') return;
      const bytes =
        typeof chunk === 'string'
          ? Buffer.from(chunk, /** @type {BufferEncoding} */ (typeof encoding === 'string' ? encoding : 'utf8'))
          : sharedOrCopied(/** @type {Uint8Array} */ (chunk));
      length += bytes.length;
      if (length > this.maxEntryBytes) {
        tooBig = true;
        chunks.length = 0;
      } else chunks.push(bytes);
    };
    const { writeHead, write, end } = response;
    /** @type {any} */ (response).writeHead = function (/** @type {number} */ status, /** @type {any[]} */ ...rest) {
      const headers = rest.find((r) => typeof r === 'object' && r !== null);
      if (Array.isArray(headers)) {
        const flat = Array.isArray(headers[0]) ? headers.flat() : headers;
        for (let i = 0; i + 1 < flat.length; i += 2) explicit[String(flat[i]).toLowerCase()] = flat[i + 1];
      } else if (headers) for (const [name, value] of Object.entries(headers)) explicit[name.toLowerCase()] = value;
      return writeHead.call(this, status, ...rest);
    };
    /** @type {any} */ (response).write = function (/** @type {any} */ chunk, /** @type {any[]} */ ...rest) {
      keep(chunk, rest[0]);
      return /** @type {any} */ (write).apply(this, [chunk, ...rest]);
    };
    /** @type {any} */ (response).end = function (/** @type {any} */ chunk, /** @type {any[]} */ ...rest) {
      keep(chunk, rest[0]);
      return /** @type {any} */ (end).apply(this, [chunk, ...rest]);
    };
    return new Promise((resolve) => {
      response.once('finish', () => {
        if (tooBig) return resolve(null);
        const body = chunks.length === 1 ? /** @type {Buffer} */ (chunks[0]) : Buffer.concat(chunks);
        resolve(entryOf(response.statusCode, { ...response.getHeaders(), ...explicit }, body));
      });
      response.once('close', () => resolve(null)); // after finish this changes nothing; before, the answer was cut
    });
  }
}
