/**
 * Byte fixtures for the decode tests, generated from the seed and from short samples at test
 * time so no binary file is committed and every fixture shows how it was made.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import iconv from 'iconv-lite';

/** Path of the seed document (UTF-8, LF, contains two literal U+FFFD). */
export const SEED_PATH = fileURLToPath(new URL('../../corpus/cha-2004-japan-clusters/source.txt', import.meta.url));

/** The seed's bytes, exactly as stored. */
export const seedBytes = (): Uint8Array => new Uint8Array(readFileSync(SEED_PATH));

/** The seed's text (it is valid UTF-8 without BOM, so this is also its decoded form). */
export const seedText = (): string => new TextDecoder('utf-8', { fatal: true }).decode(seedBytes());

/**
 * Characters of the seed that CP949 cannot encode (checked in the tests): the bullets
 * U+2022 • and U+2219 ∙ (the seed's middle dot between list items, 86 times), the two U+FFFD
 * left by an earlier bad conversion, and U+F0F5, a private-use glyph from a PDF symbol font.
 */
export const CP949_UNENCODABLE = ['\u2022', '\u2219', '\uFFFD', '\uF0F5'];

/** The seed without the characters CP949 lacks, so it survives a CP949 round trip. */
export const seedCp949Safe = (): string => seedText().replace(/[\u2022\u2219\uFFFD\uF0F5]/g, '');

/** Characters of `text` that do not survive an encode/decode round trip through `codec`. */
export function unencodable(text: string, codec: string): string[] {
  const bad = new Set<string>();
  for (const ch of new Set(text)) if (iconv.decode(iconv.encode(ch, codec), codec) !== ch) bad.add(ch);
  return [...bad].sort();
}

/** Encode `text` with an iconv-lite codec. */
export const encodeWith = (text: string, codec: string): Uint8Array => new Uint8Array(iconv.encode(text, codec));

/** UTF-8 bytes, optionally with a BOM. */
export function utf8(text: string, bom = false): Uint8Array {
  const body = new TextEncoder().encode(text);
  return bom ? concat([0xef, 0xbb, 0xbf], body) : body;
}

/** UTF-16 bytes in either byte order, optionally with a BOM. */
export function utf16(text: string, littleEndian: boolean, bom = true): Uint8Array {
  const body = Buffer.from(text, 'utf16le');
  if (!littleEndian) body.swap16();
  const mark = littleEndian ? [0xff, 0xfe] : [0xfe, 0xff];
  return bom ? concat(mark, body) : new Uint8Array(body);
}

/** Concatenate byte arrays and plain byte lists. */
export function concat(...parts: Array<ArrayLike<number>>): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/**
 * ISO-2022-JP bytes for `text` (kanji and kana only): iconv-lite cannot encode ISO-2022-JP,
 * but its JIS X 0208 bytes are EUC-JP's with the high bit cleared, between ESC $ B and ESC ( B.
 */
export function iso2022jp(text: string): Uint8Array {
  const euc = iconv.encode(text, 'euc-jp');
  return concat([0x1b, 0x24, 0x42], Array.from(euc, (byte) => byte & 0x7f), [0x1b, 0x28, 0x42, 0x0a]);
}

/** A Japanese paragraph written for these tests: kanji, hiragana, katakana, full-width punctuation. */
export const JAPANESE_SAMPLE =
  '日本の産業クラスター計画は、二〇〇一年に経済産業省が始めた政策である。\n' +
  '地域の中小企業と大学を結ぶネットワークづくりを目指し、九州では半導体の「シリコンアイランド」構想が進められた。\n' +
  '一方、文部科学省の知的クラスター創成事業は、大学の研究成果を地域の産業に生かすことを狙いとしている。\n';

/** 1-based line of a 0-based offset in `text` (LF breaks only). */
export const lineAt = (text: string, offset: number): number => text.slice(0, offset).split('\n').length;
