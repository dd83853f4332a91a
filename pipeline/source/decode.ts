/**
 * Stage 1: bytes → text. Finds the encoding (BOM, then strict UTF-8, then chardet's guesses
 * checked strictly), refuses what is not text, and unifies line breaks. It never guesses
 * silently: a byte that no supported encoding can read is an error with its offset and line.
 */
import { sniffBom } from './bom.js';
import { findBinary, looksLikeBomlessUtf16, type BinaryFinding } from './binary.js';
import { lineOfByte, type UnitLayout } from './byte-lines.js';
import { DecodeError, hexBytes } from './decode-error.js';
import { legacyOrder, rankCandidates } from './detect.js';
import { decodeLegacy, type LegacyEncoding } from './legacy.js';
import { normalizeNewlines, type NewlineStyle } from './newlines.js';
import { DEFAULT_MAX_BYTES, readBounded } from './read-bounded.js';
import { isPlausible } from './plausible.js';
import { codeUnits16, decodeUtf16 } from './utf16.js';
import { decodeUtf8Strict, firstInvalidUtf8 } from './utf8.js';

export { DecodeError } from './decode-error.js';
export type { DecodeErrorReason } from './decode-error.js';
export type { NewlineStyle } from './newlines.js';

/** What `decode` hands to the next stage. */
export interface Decoded {
  /** The text, without BOM, with every line break as LF. May contain a literal U+FFFD. */
  text: string;
  /**
   * The encoding that was read. 'EUC-KR' text was decoded as CP949 and 'Shift_JIS' text as
   * CP932, their supersets.
   */
  encoding: 'UTF-8' | 'UTF-16LE' | 'UTF-16BE' | 'EUC-KR' | 'Shift_JIS' | string;
  /** Whether the file started with a byte-order mark. */
  bom: boolean;
  /** The line breaks the file used before they became LF. */
  newlines: NewlineStyle;
}

/** The encodings `decode` can read, for error messages. */
const SUPPORTED_LIST = 'UTF-8, UTF-16 with a BOM, EUC-KR/CP949, Shift_JIS/CP932';

/** chardet must be at least this sure of an unsupported encoding before we name it as the cause. */
const UNSUPPORTED_CONFIDENCE = 50;

/**
 * Decode the bytes of `file` (the path is only used in error messages).
 *
 * @throws {DecodeError} 'empty', 'binary', 'invalid-bytes' or 'unsupported-encoding'; the
 *   error's offset is a 0-based byte offset into `bytes` (BOM included) and its line is 1-based.
 */
export function decode(bytes: Uint8Array, file: string): Decoded {
  if (bytes.length === 0) throw new DecodeError({ file, reason: 'empty', summary: 'empty file (0 bytes)' });
  const bom = sniffBom(bytes);
  if (bom?.encoding === 'UTF-32LE' || bom?.encoding === 'UTF-32BE') {
    throw new DecodeError({
      file,
      reason: 'unsupported-encoding',
      summary: `${bom.encoding} byte-order mark; kaikyo reads ${SUPPORTED_LIST}. Convert the file to UTF-8`,
    });
  }
  if (bom !== undefined && bytes.length === bom.length) {
    throw new DecodeError({ file, reason: 'empty', summary: `empty file (only a ${bom.encoding} byte-order mark)` });
  }
  if (bom?.encoding === 'UTF-16LE' || bom?.encoding === 'UTF-16BE') return decodeWithUtf16Bom(bytes, file, bom.encoding);

  const start = bom?.length ?? 0;
  const binary = findBinary(bytes, start);
  if (binary !== undefined) throw binaryError(bytes, file, binary, 'bytes', start);

  const utf8 = decodeUtf8Strict(bytes, start);
  if (utf8 !== undefined) {
    if (bom === undefined && bytes.includes(0x1b)) rejectIso2022(bytes, file);
    return finish(utf8, 'UTF-8', bom !== undefined);
  }
  if (bom !== undefined) {
    // The BOM declares UTF-8; reading the file as anything else would overrule the author.
    const offset = firstInvalidUtf8(bytes, start);
    throw new DecodeError({
      file,
      reason: 'invalid-bytes',
      summary: `cannot decode: invalid UTF-8 byte ${hexBytes(bytes, offset, 1)} after a UTF-8 byte-order mark`,
      offset,
      line: lineOfByte(bytes, offset),
    });
  }
  return decodeLegacyBytes(bytes, file);
}

/** Options of {@link readSource}. */
export interface ReadSourceOptions {
  /** Largest file accepted, in bytes (default DEFAULT_MAX_BYTES); checked before reading. */
  readonly maxBytes?: number;
  /** How the file is named in errors (default: the path). */
  readonly shown?: string;
}

/**
 * Read `path` and decode it. Only a regular file is read (a device or FIFO is refused), and
 * never more than `maxBytes` (read-bounded.ts).
 *
 * @throws {DecodeError} 'unreadable' (naming the path and the system's reason) when the file is
 *   missing or cannot be read, 'not-a-file', 'too-large', or any error `decode` throws.
 */
export async function readSource(path: string, options: ReadSourceOptions = {}): Promise<{ bytes: Uint8Array; decoded: Decoded }> {
  const shown = options.shown ?? path;
  const bytes = await readBounded(path, options.maxBytes ?? DEFAULT_MAX_BYTES, shown);
  return { bytes, decoded: decode(bytes, shown) };
}

function decodeWithUtf16Bom(bytes: Uint8Array, file: string, encoding: 'UTF-16LE' | 'UTF-16BE'): Decoded {
  const littleEndian = encoding === 'UTF-16LE';
  // NUL bytes are normal in UTF-16, so the binary check looks at code units instead.
  const binary = findBinary(codeUnits16(bytes, 2, littleEndian));
  if (binary !== undefined) throw binaryError(bytes, file, binary, encoding, 2);
  const result = decodeUtf16(bytes, 2, littleEndian);
  if ('invalidOffset' in result) {
    throw new DecodeError({
      file,
      reason: 'invalid-bytes',
      summary: `invalid ${encoding}: ${result.problem} ${hexBytes(bytes, result.invalidOffset)}`,
      offset: result.invalidOffset,
      line: lineOfByte(bytes, result.invalidOffset, encoding, 2),
    });
  }
  return finish(result.text, encoding, true);
}

/**
 * No BOM and not UTF-8: try chardet's supported guesses strictly, best first, and take the
 * first that decodes every byte and looks plausible. When none does, blame the encoding that
 * read furthest before failing (ties go to chardet's favourite): it is the likeliest intent,
 * and its first bad byte is the one a person should look at.
 */
function decodeLegacyBytes(bytes: Uint8Array, file: string): Decoded {
  const candidates = rankCandidates(bytes);
  const failures: Array<{ encoding: 'UTF-8' | LegacyEncoding; offset: number; rank: number }> = [];
  const rankOf = (encoding: string): number => {
    const rank = candidates.findIndex((candidate) => candidate.supported === encoding);
    return rank < 0 ? candidates.length : rank;
  };
  for (const encoding of legacyOrder(candidates)) {
    const result = decodeLegacy(bytes, encoding);
    if ('text' in result) {
      if (isPlausible(result.text, bytes, encoding)) return finish(result.text, encoding, false);
    } else failures.push({ encoding, offset: result.invalidOffset, rank: rankOf(encoding) });
  }
  failures.push({ encoding: 'UTF-8', offset: firstInvalidUtf8(bytes), rank: rankOf('UTF-8') });

  const top = candidates[0];
  if (top !== undefined && top.supported === undefined && top.confidence >= UNSUPPORTED_CONFIDENCE) {
    throw new DecodeError({
      file,
      reason: 'unsupported-encoding',
      summary: `looks like ${top.name} (chardet confidence ${top.confidence}), which kaikyo does not read; it reads ${SUPPORTED_LIST}. Convert the file to UTF-8`,
    });
  }
  failures.sort((a, b) => b.offset - a.offset || a.rank - b.rank);
  const best = failures[0];
  throw invalidBytes(bytes, file, best.offset, best.encoding);
}

/**
 * ISO-2022-JP/KR text is 7-bit, so it passes as UTF-8 and would come out as ASCII soup around
 * escape sequences. Refuse it by name instead.
 */
function rejectIso2022(bytes: Uint8Array, file: string): void {
  const top = rankCandidates(bytes)[0];
  if (top !== undefined && top.name.startsWith('ISO-2022') && top.confidence >= UNSUPPORTED_CONFIDENCE) {
    const offset = bytes.indexOf(0x1b);
    throw new DecodeError({
      file,
      reason: 'unsupported-encoding',
      summary: `looks like ${top.name} (chardet confidence ${top.confidence}), which kaikyo does not read; convert the file to UTF-8. First escape sequence`,
      offset,
      line: lineOfByte(bytes, offset),
    });
  }
}

function invalidBytes(bytes: Uint8Array, file: string, offset: number, encoding: 'UTF-8' | LegacyEncoding): DecodeError {
  const label = encoding === 'EUC-KR' ? 'EUC-KR/CP949' : encoding === 'Shift_JIS' ? 'Shift_JIS/CP932' : 'UTF-8';
  const truncated = offset === bytes.length - 1 && bytes[offset] >= 0x80 ? ', the file ends inside a character' : '';
  return new DecodeError({
    file,
    reason: 'invalid-bytes',
    summary: `cannot decode: invalid ${label} byte ${hexBytes(bytes, offset, 1)}${truncated} (no supported encoding reads every byte; ${label} reads furthest)`,
    offset,
    line: lineOfByte(bytes, offset),
  });
}

function binaryError(bytes: Uint8Array, file: string, finding: BinaryFinding, layout: UnitLayout, start: number): DecodeError {
  const width = layout === 'bytes' ? 1 : 2;
  const offset = layout === 'bytes' ? finding.index : start + finding.index * width;
  let summary = finding.kind === 'nul' ? 'not text: NUL byte' : `not text: ${finding.count} control characters, the first`;
  if (finding.kind === 'nul' && layout === 'bytes') {
    const utf16 = looksLikeBomlessUtf16(bytes);
    if (utf16 !== undefined) summary = `not text (perhaps ${utf16} without a byte-order mark; add one or convert to UTF-8): NUL byte`;
  }
  return new DecodeError({ file, reason: 'binary', summary, offset, line: lineOfByte(bytes, offset, layout, start) });
}

function finish(raw: string, encoding: Decoded['encoding'], bom: boolean): Decoded {
  const { text, newlines } = normalizeNewlines(raw);
  return { text, encoding, bom, newlines };
}
