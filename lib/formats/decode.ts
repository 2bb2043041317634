// Turns an uploaded file's bytes into text: UTF-8 (with or without BOM) or UTF-16 with a BOM; anything else is refused
// with the byte offset where it stops being text, so that a user can tell a wrong encoding from a wrong file.
import { DEFAULT_LIMITS, formatBytes, type ImportError, type ImportLimits } from './import-result';

export type DecodeResult = { ok: true; text: string; encoding: 'utf-8' | 'utf-16le' | 'utf-16be' } | { ok: false; errors: ImportError[] };

const fail = (message: string, where = 'file'): DecodeResult => ({ ok: false, errors: [{ message, where }] });
const hex = (byte: number) => `0x${byte.toString(16).toUpperCase().padStart(2, '0')}`;

/** The offset of the first byte that does not start a well-formed UTF-8 sequence (RFC 3629), or -1. */
export function invalidUtf8Offset(bytes: Uint8Array, from = 0): number {
  let i = from;
  const continuation = (at: number, low = 0x80, high = 0xbf) => at < bytes.length && bytes[at]! >= low && bytes[at]! <= high;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b < 0x80) i += 1;
    else if (b >= 0xc2 && b <= 0xdf && continuation(i + 1)) i += 2;
    else if (b === 0xe0 && continuation(i + 1, 0xa0) && continuation(i + 2)) i += 3;
    else if (((b >= 0xe1 && b <= 0xec) || b === 0xee || b === 0xef) && continuation(i + 1) && continuation(i + 2)) i += 3;
    else if (b === 0xed && continuation(i + 1, 0x80, 0x9f) && continuation(i + 2)) i += 3;
    else if (b === 0xf0 && continuation(i + 1, 0x90) && continuation(i + 2) && continuation(i + 3)) i += 4;
    else if (b >= 0xf1 && b <= 0xf3 && continuation(i + 1) && continuation(i + 2) && continuation(i + 3)) i += 4;
    else if (b === 0xf4 && continuation(i + 1, 0x80, 0x8f) && continuation(i + 2) && continuation(i + 3)) i += 4;
    else return i;
  }
  return -1;
}

/** UTF-16 text without a BOM shows as NUL bytes in every other position (for Latin text). */
function looksLikeUtf16(bytes: Uint8Array, from: number): boolean {
  const sample = Math.min(bytes.length, from + 4096);
  let even = 0;
  let odd = 0;
  for (let i = from; i < sample; i++) {
    if (bytes[i] !== 0) continue;
    if ((i - from) % 2 === 0) even++;
    else odd++;
  }
  const half = (sample - from) / 2;
  return half > 0 && (even > half * 0.6 || odd > half * 0.6);
}

function decodeUtf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): DecodeResult {
  if ((bytes.length - 2) % 2 !== 0) return fail(`the file starts with a ${encoding.toUpperCase()} byte-order mark but has an odd number of bytes`);
  try {
    return { ok: true, text: new TextDecoder(encoding, { fatal: true }).decode(bytes.subarray(2)), encoding };
  } catch {
    return fail(`the file starts with a ${encoding.toUpperCase()} byte-order mark but is not valid ${encoding.toUpperCase()} text`);
  }
}

/** Decodes an uploaded file, refusing files above `limits.maxBytes`, invalid UTF-8, binary data and BOM-less UTF-16. */
export function decodeFile(bytes: Uint8Array, limits: Pick<ImportLimits, 'maxBytes'> = DEFAULT_LIMITS): DecodeResult {
  if (bytes.length > limits.maxBytes) {
    return fail(
      `the file is ${formatBytes(bytes.length)} (${bytes.length.toLocaleString('en')} bytes), above the ${formatBytes(limits.maxBytes)} import limit`,
    );
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeUtf16(bytes, 'utf-16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeUtf16(bytes, 'utf-16be');
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  if (looksLikeUtf16(bytes, start)) {
    return fail('the file looks like UTF-16 text without a byte-order mark: save it as UTF-8 (or UTF-16 with a BOM)');
  }
  const invalid = invalidUtf8Offset(bytes, start);
  if (invalid >= 0) {
    return fail(
      `the file is not valid UTF-8: byte ${hex(bytes[invalid]!)} at byte offset ${invalid} (save it as UTF-8; is it a text file?)`,
      `byte ${invalid}`,
    );
  }
  const nul = bytes.indexOf(0, start);
  if (nul >= 0) return fail(`the file contains a NUL byte at byte offset ${nul}: it is binary, not a text file`, `byte ${nul}`);
  return { ok: true, text: new TextDecoder('utf-8').decode(bytes.subarray(start)), encoding: 'utf-8' };
}
