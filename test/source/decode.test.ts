/**
 * Stage 1 (decode): every supported encoding of the seed must give back exactly the seed's
 * text, and every kind of unreadable input must fail with its reason, byte offset and line.
 */
import { describe, expect, it } from 'vitest';
import * as decodeModule from '../../pipeline/source/decode.js';
import { decode, DecodeError, readSource, type Decoded } from '../../pipeline/source/decode.js';
import {
  CP949_UNENCODABLE,
  concat,
  encodeWith,
  iso2022jp,
  JAPANESE_SAMPLE,
  lineAt,
  SEED_PATH,
  seedBytes,
  seedCp949Safe,
  seedText,
  unencodable,
  utf16,
  utf8,
} from './fixtures.js';

interface DecodeCase {
  name: string;
  /** Why the case exists. */
  why: string;
  bytes: () => Uint8Array;
  expected: () => Decoded;
}

interface ErrorCase {
  name: string;
  why: string;
  bytes: () => Uint8Array;
  reason: DecodeError['reason'];
  /** Expected 0-based byte offset and 1-based line; omitted when the error has no position. */
  at?: () => { offset: number; line: number };
  /** A fragment the message must contain, beyond the file name. */
  says: string | RegExp;
}

const crlf = (text: string): string => text.replace(/\n/g, '\r\n');
const cr = (text: string): string => text.replace(/\n/g, '\r');

const decodeCases: DecodeCase[] = [
  {
    name: 'seed as stored',
    why: 'the seed is plain UTF-8 and its literal U+FFFD is content, not a decode error',
    bytes: seedBytes,
    expected: () => ({ text: seedText(), encoding: 'UTF-8', bom: false, newlines: 'LF' }),
  },
  {
    name: 'seed, UTF-8 with BOM',
    why: 'the BOM is dropped from the text but remembered',
    bytes: () => utf8(seedText(), true),
    expected: () => ({ text: seedText(), encoding: 'UTF-8', bom: true, newlines: 'LF' }),
  },
  {
    name: 'seed, UTF-16LE with BOM',
    why: 'Windows "Unicode" export; the NUL bytes of UTF-16 must not count as binary',
    bytes: () => utf16(seedText(), true),
    expected: () => ({ text: seedText(), encoding: 'UTF-16LE', bom: true, newlines: 'LF' }),
  },
  {
    name: 'seed, UTF-16BE with BOM',
    why: 'the other byte order',
    bytes: () => utf16(seedText(), false),
    expected: () => ({ text: seedText(), encoding: 'UTF-16BE', bom: true, newlines: 'LF' }),
  },
  {
    name: 'seed, UTF-16LE with BOM and CRLF',
    why: 'newline unification also applies to UTF-16 text',
    bytes: () => utf16(crlf(seedText()), true),
    expected: () => ({ text: seedText(), encoding: 'UTF-16LE', bom: true, newlines: 'CRLF' }),
  },
  {
    name: 'seed with CRLF',
    why: 'Windows line breaks become LF',
    bytes: () => utf8(crlf(seedText())),
    expected: () => ({ text: seedText(), encoding: 'UTF-8', bom: false, newlines: 'CRLF' }),
  },
  {
    name: 'seed with lone CR',
    why: 'classic Mac line breaks become LF',
    bytes: () => utf8(cr(seedText())),
    expected: () => ({ text: seedText(), encoding: 'UTF-8', bom: false, newlines: 'CR' }),
  },
  {
    name: 'mixed line breaks',
    why: 'a pasted-together file; every break becomes LF and the style says mixed',
    bytes: () => utf8('가\r\n나\r다\n라'),
    expected: () => ({ text: '가\n나\n다\n라', encoding: 'UTF-8', bom: false, newlines: 'mixed' }),
  },
  {
    name: 'no line break',
    why: 'a one-line file reports none rather than guessing a style',
    bytes: () => utf8('한 줄'),
    expected: () => ({ text: '한 줄', encoding: 'UTF-8', bom: false, newlines: 'none' }),
  },
  {
    name: 'seed in CP949 (without the characters CP949 lacks)',
    why: 'legacy Korean pages are EUC-KR/CP949; chardet finds it and the strict decode confirms it',
    bytes: () => encodeWith(seedCp949Safe(), 'cp949'),
    expected: () => ({ text: seedCp949Safe(), encoding: 'EUC-KR', bom: false, newlines: 'LF' }),
  },
  {
    name: 'seed in CP949 with CRLF',
    why: 'legacy files usually come from Windows, so both conversions happen together',
    bytes: () => encodeWith(crlf(seedCp949Safe()), 'cp949'),
    expected: () => ({ text: seedCp949Safe(), encoding: 'EUC-KR', bom: false, newlines: 'CRLF' }),
  },
  {
    name: 'UHC-only syllable in CP949',
    why: '똠 is not in KS X 1001 (plain EUC-KR), only in the UHC extension: decoding must use CP949',
    bytes: () => encodeWith('똠방각하 이야기\n', 'cp949'),
    expected: () => ({ text: '똠방각하 이야기\n', encoding: 'EUC-KR', bom: false, newlines: 'LF' }),
  },
  {
    name: 'five Korean syllables in CP949',
    why: 'chardet ranks this KOI8-R 33 and Shift_JIS = EUC-KR = 10; the plausibility check must reject the half-width-katakana reading',
    bytes: () => encodeWith('안녕하세요', 'cp949'),
    expected: () => ({ text: '안녕하세요', encoding: 'EUC-KR', bom: false, newlines: 'none' }),
  },
  {
    name: 'Japanese paragraph in Shift_JIS',
    why: 'legacy Japanese sources; decoded as CP932',
    bytes: () => encodeWith(JAPANESE_SAMPLE, 'shift_jis'),
    expected: () => ({ text: JAPANESE_SAMPLE, encoding: 'Shift_JIS', bom: false, newlines: 'LF' }),
  },
  {
    name: 'Japanese with an NEC extension character in CP932',
    why: '① (0x8740) exists only in the Windows superset CP932, which is why we decode Shift_JIS as CP932',
    bytes: () => encodeWith('①産業クラスター計画の概要について説明する。\r\n', 'cp932'),
    expected: () => ({ text: '①産業クラスター計画の概要について説明する。\n', encoding: 'Shift_JIS', bom: false, newlines: 'CRLF' }),
  },
  {
    name: 'ASCII only',
    why: 'ASCII is valid UTF-8 and needs no detection',
    bytes: () => utf8('Cluster policy, 2001.\n'),
    expected: () => ({ text: 'Cluster policy, 2001.\n', encoding: 'UTF-8', bom: false, newlines: 'LF' }),
  },
  {
    name: 'one form feed in text',
    why: 'pdftotext separates pages with a form feed; a single control character is not binary',
    bytes: () => utf8('첫 쪽\n\f둘째 쪽\n'),
    expected: () => ({ text: '첫 쪽\n\f둘째 쪽\n', encoding: 'UTF-8', bom: false, newlines: 'LF' }),
  },
];

/** Where a broken byte goes in the seed: at the start of its 40th line. */
const brokenUtf8At = (): { offset: number; line: number } => {
  const text = seedText();
  const charOffset = text.split('\n').slice(0, 39).join('\n').length + 1;
  return { offset: new TextEncoder().encode(text.slice(0, charOffset)).length, line: 40 };
};

/** Where the CP949 text is cut: inside the first Hangul syllable at or after line 100. */
const cp949Cut = (): { charOffset: number; byteOffset: number; line: number } => {
  const text = seedCp949Safe();
  const lineStart = text.split('\n').slice(0, 99).join('\n').length + 1;
  let charOffset = lineStart;
  while (!/[가-힣]/.test(text[charOffset])) charOffset++;
  return { charOffset, byteOffset: encodeWith(text.slice(0, charOffset), 'cp949').length, line: lineAt(text, charOffset) };
};

const errorCases: ErrorCase[] = [
  {
    name: 'empty file',
    why: 'a scrape that saved nothing',
    bytes: () => new Uint8Array(),
    reason: 'empty',
    says: 'empty file (0 bytes)',
  },
  {
    name: 'UTF-8 BOM only',
    why: 'an editor saved an empty document with a BOM: still empty',
    bytes: () => new Uint8Array([0xef, 0xbb, 0xbf]),
    reason: 'empty',
    says: 'only a UTF-8 byte-order mark',
  },
  {
    name: 'UTF-16LE BOM only',
    why: 'the same for UTF-16',
    bytes: () => new Uint8Array([0xff, 0xfe]),
    reason: 'empty',
    says: 'only a UTF-16LE byte-order mark',
  },
  {
    name: 'PNG header and NULs',
    why: 'an image saved as source.txt; the first NUL (after the header\'s CRLF and LF) is the offending byte',
    bytes: () => concat([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52], new Uint8Array(32)),
    reason: 'binary',
    at: () => ({ offset: 8, line: 3 }),
    says: 'not text: NUL byte at byte offset 8 (line 3)',
  },
  {
    name: 'control characters without NUL',
    why: 'a high share of control bytes marks binary even without NUL',
    bytes: () => utf8('ab\ncd\u0001\u0002\u0003\u0004\u0005\u0006ef'),
    reason: 'binary',
    at: () => ({ offset: 5, line: 2 }),
    says: 'not text: 6 control characters',
  },
  {
    name: 'BOM-less UTF-16LE',
    why: 'chardet cannot detect BOM-less UTF-16, so it is refused as binary, with a hint',
    bytes: () => utf16('Cluster policy\n', true, false),
    reason: 'binary',
    at: () => ({ offset: 1, line: 1 }),
    says: 'perhaps UTF-16LE without a byte-order mark',
  },
  {
    name: 'seed with a lone 0xFF',
    why: 'one corrupt byte in UTF-8: no encoding reads it all, and UTF-8 reads furthest',
    bytes: () => {
      const bytes = seedBytes();
      const { offset } = brokenUtf8At();
      return concat(bytes.subarray(0, offset), [0xff], bytes.subarray(offset));
    },
    reason: 'invalid-bytes',
    at: brokenUtf8At,
    says: 'invalid UTF-8 byte 0xFF',
  },
  {
    name: 'CP949 seed cut inside a double-byte character',
    why: 'a truncated download: the dangling lead byte is the first invalid sequence',
    bytes: () => {
      const text = seedCp949Safe();
      const { charOffset } = cp949Cut();
      const next = encodeWith(text[charOffset], 'cp949');
      return concat(encodeWith(text.slice(0, charOffset), 'cp949'), [next[0]]);
    },
    reason: 'invalid-bytes',
    at: () => ({ offset: cp949Cut().byteOffset, line: cp949Cut().line }),
    says: /invalid EUC-KR\/CP949 byte 0x[BC][0-9A-F], the file ends inside a character/,
  },
  {
    name: 'UTF-8 BOM followed by an overlong sequence',
    why: 'a BOM declares UTF-8, so no other encoding is tried',
    bytes: () => concat(utf8('가나\n', true), [0xc0, 0x80]),
    reason: 'invalid-bytes',
    at: () => ({ offset: 10, line: 2 }),
    says: 'invalid UTF-8 byte 0xC0 after a UTF-8 byte-order mark',
  },
  {
    name: 'UTF-16LE with an unpaired surrogate',
    why: 'half of an emoji: UTF-16 is decoded strictly too',
    bytes: () => utf16('ab\n\uD83Dc', true),
    reason: 'invalid-bytes',
    at: () => ({ offset: 8, line: 2 }),
    says: 'unpaired high surrogate',
  },
  {
    name: 'UTF-16BE with an odd trailing byte',
    why: 'a truncated UTF-16 file',
    bytes: () => concat(utf16('ab', false), [0x00]),
    reason: 'invalid-bytes',
    at: () => ({ offset: 6, line: 1 }),
    says: 'odd trailing byte',
  },
  {
    name: 'UTF-32LE BOM',
    why: 'UTF-32 is recognisable by its BOM but not supported',
    bytes: () => concat([0xff, 0xfe, 0, 0], [0x41, 0, 0, 0]),
    reason: 'unsupported-encoding',
    says: 'UTF-32LE byte-order mark',
  },
  {
    name: 'ISO-2022-JP',
    why: '7-bit JIS mail text is valid UTF-8 byte-wise; it must be refused by name, not read as ASCII soup',
    bytes: () => iso2022jp('日本の産業クラスター政策は経済産業省が始めた。'),
    reason: 'unsupported-encoding',
    at: () => ({ offset: 0, line: 1 }),
    says: 'looks like ISO-2022-JP',
  },
  {
    name: 'Latin-1 French',
    why: 'a European page: chardet is sure it is ISO-8859-1, which we name instead of blaming one byte',
    bytes: () => encodeWith('Le café est très bon, à côté de la gare. Élégant déjà, naïve façade.\n', 'latin1'),
    reason: 'unsupported-encoding',
    says: 'looks like ISO-8859-1',
  },
];

describe('pipeline/source/decode', () => {
  it('exports decode, readSource and DecodeError', () => {
    expect(Object.keys(decodeModule).sort()).toEqual(['DecodeError', 'decode', 'readSource']);
  });

  it('the seed has exactly the characters CP949 lacks that the CP949 fixture removes', () => {
    // Why the CP949 fixture is not the whole seed: these cannot be written in CP949 at all.
    expect(unencodable(seedText(), 'cp949')).toEqual([...CP949_UNENCODABLE].sort());
  });

  describe.each(decodeCases)('$name', ({ why, bytes, expected }) => {
    it(`decodes to the expected text (${why})`, () => {
      expect(decode(bytes(), 'corpus/x/source.txt')).toEqual(expected());
    });
  });

  describe.each(errorCases)('$name', ({ why, bytes, reason, at, says }) => {
    it(`fails with ${reason} (${why})`, () => {
      let error: unknown;
      try {
        decode(bytes(), 'corpus/x/source.txt');
      } catch (caught) {
        error = caught;
      }
      expect(error).toBeInstanceOf(DecodeError);
      const decodeError = error as DecodeError;
      expect(decodeError.reason).toBe(reason);
      expect(decodeError.file).toBe('corpus/x/source.txt');
      expect(decodeError.message.startsWith('corpus/x/source.txt: ')).toBe(true);
      expect(decodeError.message).toMatch(typeof says === 'string' ? new RegExp(escape(says)) : says);
      if (at) {
        const { offset, line } = at();
        expect({ offset: decodeError.offset, line: decodeError.line }).toEqual({ offset, line });
        expect(decodeError.message).toContain(`at byte offset ${offset} (line ${line})`);
      } else {
        expect(decodeError.offset).toBeUndefined();
      }
    });
  });

  it('keeps the two literal U+FFFD of the seed (a later stage reports them)', () => {
    expect([...decode(seedBytes(), 'seed').text.matchAll(/\uFFFD/g)]).toHaveLength(2);
  });

  it('readSource returns the bytes it read and their decoding', async () => {
    const { bytes, decoded } = await readSource(SEED_PATH);
    expect(bytes).toEqual(seedBytes());
    expect(decoded.text).toBe(seedText());
  });

  it('readSource names a missing path in an unreadable error', async () => {
    const missing = 'corpus/does-not-exist/source.txt';
    await expect(readSource(missing)).rejects.toMatchObject({
      name: 'DecodeError',
      reason: 'unreadable',
      file: missing,
      message: `${missing}: cannot read: no such file`,
    });
  });

  it('readSource refuses a directory as unreadable', async () => {
    await expect(readSource('corpus')).rejects.toMatchObject({ reason: 'unreadable', message: 'corpus: cannot read: is a directory' });
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
