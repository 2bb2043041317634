import { describe, expect, it } from 'vitest';
import { decodeFile, invalidUtf8Offset } from './decode';
import { MAX_IMPORT_BYTES } from './import-result';

const bytes = (...values: number[]) => new Uint8Array(values);
const utf8 = (text: string) => new TextEncoder().encode(text);
const utf16 = (text: string, littleEndian: boolean) => {
  const out = new Uint8Array(2 + text.length * 2);
  out.set(littleEndian ? [0xff, 0xfe] : [0xfe, 0xff]);
  const view = new DataView(out.buffer);
  for (let i = 0; i < text.length; i++) view.setUint16(2 + i * 2, text.charCodeAt(i), littleEndian);
  return out;
};

describe('decodeFile', () => {
  it('reads UTF-8 with and without a BOM', () => {
    expect(decodeFile(utf8('a,b\nЕреван,🇦🇲\n'))).toEqual({ ok: true, text: 'a,b\nЕреван,🇦🇲\n', encoding: 'utf-8' });
    expect(decodeFile(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('x')]))).toMatchObject({ ok: true, text: 'x' });
  });

  it('reads UTF-16 with a little- or big-endian BOM', () => {
    expect(decodeFile(utf16('source,target\nÅland,Ελλάδα', true))).toMatchObject({ ok: true, text: 'source,target\nÅland,Ελλάδα', encoding: 'utf-16le' });
    expect(decodeFile(utf16('a,b', false))).toMatchObject({ ok: true, text: 'a,b', encoding: 'utf-16be' });
  });

  it('names the byte offset of invalid UTF-8', () => {
    const result = decodeFile(new Uint8Array([...utf8('abc,'), 0xe9, ...utf8('t\u00e9')]));
    expect(result).toMatchObject({ ok: false, errors: [{ where: 'byte 4' }] });
    expect(!result.ok && result.errors[0]!.message).toContain('not valid UTF-8: byte 0xE9 at byte offset 4');
  });

  it('finds overlong forms, surrogates, truncated sequences and stray continuation bytes', () => {
    expect(invalidUtf8Offset(bytes(0x41, 0xc0, 0xaf))).toBe(1); // overlong "/"
    expect(invalidUtf8Offset(bytes(0xed, 0xa0, 0x80))).toBe(0); // UTF-16 surrogate
    expect(invalidUtf8Offset(bytes(0x41, 0x42, 0xe2, 0x82))).toBe(2); // cut short at the end
    expect(invalidUtf8Offset(bytes(0x80))).toBe(0);
    expect(invalidUtf8Offset(bytes(0xf4, 0x90, 0x80, 0x80))).toBe(0); // above U+10FFFF
    expect(invalidUtf8Offset(utf8('€ 𝄞 ok'))).toBe(-1);
  });

  it('recognises UTF-16 without a BOM and binary files', () => {
    const noBom = utf16('source,target\nA,B\n', true).subarray(2);
    expect(!decodeFile(noBom).ok && decodeFile(noBom)).toMatchObject({
      errors: [{ message: expect.stringContaining('UTF-16 text without a byte-order mark') }],
    });
    expect(decodeFile(bytes(0x61, 0x62, 0x00, 0x63, 0x64, 0x65, 0x66, 0x67))).toMatchObject({
      ok: false,
      errors: [{ message: expect.stringContaining('NUL byte at byte offset 2') }],
    });
  });

  it(`refuses files above MAX_IMPORT_BYTES (${MAX_IMPORT_BYTES / 1024 / 1024} MB) before reading them`, () => {
    const result = decodeFile(new Uint8Array(MAX_IMPORT_BYTES + 1));
    expect(!result.ok && result.errors[0]!.message).toBe('the file is 20.0 MB (20,971,521 bytes), above the 20 MB import limit');
    expect(decodeFile(utf8('0123456789'), { maxBytes: 5 }).ok).toBe(false);
  });
});
