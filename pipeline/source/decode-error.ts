/**
 * The one error the decode stage throws. A DecodeError means the file cannot become text at
 * all, so the run for this document is broken (STYLE.md §6); content problems in text that did
 * decode (a literal U+FFFD, a stray control character) are for later stages to report.
 */

/** Why a file could not be turned into text. */
export type DecodeErrorReason =
  /** 0 bytes, or nothing but a byte-order mark. */
  | 'empty'
  /** NUL bytes (outside UTF-16) or a high share of control characters. */
  | 'binary'
  /** No supported encoding decodes every byte; `offset` names the first bad sequence. */
  | 'invalid-bytes'
  /** The bytes are in an encoding kaikyo does not decode (UTF-32, ISO-2022, Big5, ...). */
  | 'unsupported-encoding'
  /** The path is missing, is a directory, or cannot be read. */
  | 'unreadable'
  /** Not a regular file (a device, a FIFO, a socket): refused before anything is read. */
  | 'not-a-file'
  /** The source resolves (through `..` or a symbolic link) to a place outside its document folder. */
  | 'outside-folder'
  /** Larger than the size limit: refused before it is read (or as soon as a read passes it). */
  | 'too-large';

/** What a DecodeError is built from; the message is composed here so every error reads alike. */
export interface DecodeErrorInit {
  file: string;
  reason: DecodeErrorReason;
  /** What went wrong, without the file or position, e.g. `not text: NUL byte`. */
  summary: string;
  /** 0-based byte offset in the file (BOM included). */
  offset?: number;
  /** 1-based line of `offset`, counting LF, CRLF and lone CR as one break each. */
  line?: number;
  cause?: unknown;
}

/**
 * A file that cannot be decoded. The message always starts with the file and, when known, ends
 * with the byte offset and line: `corpus/x/source.txt: not text: NUL byte at byte offset 1234 (line 17)`.
 */
export class DecodeError extends Error {
  override readonly name = 'DecodeError';
  readonly file: string;
  /** 0-based byte offset of the first offending byte, when there is one. */
  readonly offset?: number;
  /** 1-based line of `offset`. */
  readonly line?: number;
  readonly reason: DecodeErrorReason;

  constructor(init: DecodeErrorInit) {
    super(formatMessage(init), init.cause === undefined ? undefined : { cause: init.cause });
    this.file = init.file;
    this.reason = init.reason;
    if (init.offset !== undefined) this.offset = init.offset;
    if (init.line !== undefined) this.line = init.line;
  }
}

function formatMessage({ file, summary, offset, line }: DecodeErrorInit): string {
  if (offset === undefined) return `${file}: ${summary}`;
  const where = line === undefined ? '' : ` (line ${line})`;
  return `${file}: ${summary} at byte offset ${offset}${where}`;
}

/** `0xFF 0x41` for the (at most `count`) bytes at `offset`, for error messages. */
export function hexBytes(bytes: Uint8Array, offset: number, count = 2): string {
  return Array.from(bytes.subarray(offset, offset + count), (byte) => `0x${byte.toString(16).toUpperCase().padStart(2, '0')}`).join(' ');
}
