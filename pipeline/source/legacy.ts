/**
 * The two legacy double-byte encodings kaikyo reads: Korean EUC-KR, decoded as its Microsoft
 * superset CP949 (UHC), and Japanese Shift_JIS, decoded as CP932. Supersets, because scraped
 * Korean pages routinely use UHC syllables that plain EUC-KR lacks (and Japanese ones use NEC
 * and IBM extensions), and every valid EUC-KR / Shift_JIS byte string means the same thing in
 * the superset.
 */
import { iconvModule } from '../data/on-demand.js';

/** A legacy encoding by the label `Decoded.encoding` reports. */
export type LegacyEncoding = 'EUC-KR' | 'Shift_JIS';

/** The iconv-lite codec used for each label. */
export const ICONV_CODEC: Readonly<Record<LegacyEncoding, string>> = { 'EUC-KR': 'cp949', Shift_JIS: 'cp932' };

/** Result of a strict decode: the text, or the 0-based byte offset of the first bad sequence. */
export type LegacyResult = { text: string } | { invalidOffset: number };

/**
 * Strictly decode `bytes` as `encoding`. iconv-lite silently turns bad or unmapped sequences
 * into U+FFFD, and neither CP949 nor CP932 can encode U+FFFD, so a U+FFFD in its output always
 * means bad input; only then is the slower scan run to find where.
 */
export function decodeLegacy(bytes: Uint8Array, encoding: LegacyEncoding): LegacyResult {
  const text = iconvModule().decode(asBuffer(bytes), ICONV_CODEC[encoding]);
  if (!text.includes('\uFFFD')) return { text };
  const offset = firstInvalidLegacy(bytes, encoding);
  // The scan and the bulk decode agree by construction; if they ever disagree, point at the
  // last byte rather than call the file clean.
  return { invalidOffset: offset >= 0 ? offset : bytes.length - 1 };
}

/**
 * 0-based offset of the first byte sequence that `encoding` cannot decode, or -1.
 *
 * Walks character by character, asking the codec itself whether one or two bytes make a
 * character, instead of restating the lead/trail byte tables: the codec's tables are the
 * truth, including unassigned code points inside valid-looking ranges. In both encodings a
 * lead byte never decodes alone, and nothing is longer than two bytes.
 */
export function firstInvalidLegacy(bytes: Uint8Array, encoding: LegacyEncoding): number {
  const codec = ICONV_CODEC[encoding];
  let i = 0;
  while (i < bytes.length) {
    if (bytes[i] < 0x80) {
      i++;
      continue;
    }
    if (isOneChar(iconvModule().decode(asBuffer(bytes.subarray(i, i + 1)), codec))) {
      i++;
      continue;
    }
    if (i + 1 < bytes.length && isOneChar(iconvModule().decode(asBuffer(bytes.subarray(i, i + 2)), codec))) {
      i += 2;
      continue;
    }
    return i;
  }
  return -1;
}

function isOneChar(decoded: string): boolean {
  return decoded.length === 1 && decoded !== '\uFFFD';
}

/** A Buffer view (no copy) over the same memory, which is what iconv-lite expects. */
function asBuffer(bytes: Uint8Array): Buffer {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}
