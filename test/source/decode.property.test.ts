/**
 * Properties of stage 1 over arbitrary input: it either decodes or throws a DecodeError, and
 * valid UTF-8 always comes back as the text that was encoded.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decode, DecodeError } from '../../pipeline/source/decode.js';
import { decodeLegacy, firstInvalidLegacy } from '../../pipeline/source/legacy.js';
import { decodeUtf8Strict, firstInvalidUtf8 } from '../../pipeline/source/utf8.js';

const unifyNewlines = (text: string): string => text.replace(/\r\n?/g, '\n');

/** Arbitrary bytes, sometimes behind a BOM so the UTF-16 and UTF-32 branches run too. */
const someBytes = fc
  .tuple(fc.constantFrom([], [0xef, 0xbb, 0xbf], [0xff, 0xfe], [0xfe, 0xff], [0xff, 0xfe, 0, 0]), fc.uint8Array({ maxLength: 200 }))
  .map(([bom, body]) => Uint8Array.from([...bom, ...body]));

/** Text-like strings: any code point but the C0 controls that the binary check refuses. */
const textLike = fc.string({ unit: 'binary' }).map((text) => text.replace(/[\u0000-\u0008\u000E-\u001A\u001C-\u001F\u007F]/g, ''));

describe('decode properties', () => {
  it('throws nothing but DecodeError on arbitrary bytes', () => {
    fc.assert(
      fc.property(someBytes, (bytes) => {
        try {
          const decoded = decode(bytes, 'fuzz.txt');
          expect(decoded.text).not.toMatch(/\r/);
        } catch (error) {
          expect(error).toBeInstanceOf(DecodeError);
          const { offset } = error as DecodeError;
          if (offset !== undefined) expect(offset).toBeLessThan(bytes.length);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('round-trips any text through UTF-8 up to newline unification', () => {
    // A leading U+FEFF is indistinguishable from a BOM, so it is read as one: that is expected.
    fc.assert(
      fc.property(textLike, (text) => {
        const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
        if (body === '') {
          expect(() => decode(new TextEncoder().encode(text), 'x.txt')).toThrow(DecodeError);
          return;
        }
        const decoded = decode(new TextEncoder().encode(text), 'x.txt');
        expect(decoded.text).toBe(unifyNewlines(body));
        expect(decoded.encoding).toBe('UTF-8');
        expect(decoded.bom).toBe(body !== text);
      }),
      { numRuns: 1000 },
    );
  });

  it('arbitrary strings, controls included, round-trip or are refused as binary', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', minLength: 1 }).filter((text) => !text.startsWith('\uFEFF')), (text) => {
        try {
          expect(decode(new TextEncoder().encode(text), 'x.txt').text).toBe(unifyNewlines(text));
        } catch (error) {
          expect((error as DecodeError).reason).toBe('binary');
          expect(text).toMatch(/[\u0000-\u0008\u000E-\u001A\u001C-\u001F\u007F]/);
        }
      }),
    );
  });

  it('firstInvalidUtf8 agrees with the fatal TextDecoder', () => {
    // Bytes biased to UTF-8 lead and continuation ranges, where the edge cases are.
    const utf8ish = fc.array(fc.oneof(fc.integer({ min: 0x41, max: 0x42 }), fc.integer({ min: 0x80, max: 0xc3 }), fc.integer({ min: 0xe0, max: 0xf5 })), { maxLength: 12 });
    fc.assert(
      fc.property(utf8ish, (list) => {
        const bytes = Uint8Array.from(list);
        const offset = firstInvalidUtf8(bytes);
        expect(offset === -1).toBe(decodeUtf8Strict(bytes) !== undefined);
        if (offset >= 0) expect(decodeUtf8Strict(bytes.subarray(0, offset))).toBeDefined();
      }),
      { numRuns: 2000 },
    );
  });

  it('firstInvalidLegacy finds a bad sequence exactly when iconv-lite produces U+FFFD', () => {
    fc.assert(
      fc.property(fc.constantFrom('EUC-KR' as const, 'Shift_JIS' as const), fc.uint8Array({ maxLength: 12 }), (encoding, bytes) => {
        const result = decodeLegacy(bytes, encoding);
        const offset = firstInvalidLegacy(bytes, encoding);
        expect('text' in result).toBe(offset === -1);
        if (offset >= 0) expect(decodeLegacy(bytes.subarray(0, offset), encoding)).toHaveProperty('text');
      }),
      { numRuns: 2000 },
    );
  });
});
