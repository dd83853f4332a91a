/**
 * Is this text at all? A cheap scan that runs before any decoding, so a PNG or a PDF that was
 * saved as `source.txt` fails with a clear reason instead of as a pile of invalid bytes.
 */

/** Why a code-unit sequence looks binary. */
export interface BinaryFinding {
  /** 'nul': a U+0000 unit; 'controls': too many C0 control characters. */
  kind: 'nul' | 'controls';
  /** 0-based index of the first offending code unit. */
  index: number;
  /** How many offending units there are of that kind. */
  count: number;
}

/**
 * More than this share of control units marks a file as binary. Random bytes have about 10 %
 * C0 controls; text has next to none. A single stray control (a form feed from pdftotext, a
 * 0x1A end-of-file marker) must not fail a document: later stages report those.
 */
const CONTROL_SHARE = 0.05;
/** ...and at least this many, so a tiny file with one odd byte is still text. */
const CONTROL_MIN = 2;

/**
 * True for C0 controls that do not occur in text. TAB, LF, VT, FF and CR are layout; ESC is
 * left out because ISO-2022 text is full of escape sequences, and it deserves an
 * 'unsupported-encoding' error, not 'binary'.
 */
export function isBinaryControl(unit: number): boolean {
  return (unit < 0x09 && unit !== 0) || (unit > 0x0d && unit < 0x20 && unit !== 0x1b) || unit === 0x7f;
}

/**
 * The first sign that `units` (bytes of an ASCII-compatible encoding, or UTF-16 code units)
 * are not text, or undefined. Any NUL is decisive, because no supported encoding other than
 * UTF-16 ever produces a 0x00 byte inside a character; otherwise the control share decides.
 */
export function findBinary(units: ArrayLike<number>, start = 0): BinaryFinding | undefined {
  let firstNul = -1;
  let nulCount = 0;
  let firstControl = -1;
  let controlCount = 0;
  for (let i = start; i < units.length; i++) {
    const unit = units[i];
    if (unit === 0) {
      if (firstNul < 0) firstNul = i;
      nulCount++;
    } else if (isBinaryControl(unit)) {
      if (firstControl < 0) firstControl = i;
      controlCount++;
    }
  }
  if (firstNul >= 0) return { kind: 'nul', index: firstNul, count: nulCount };
  const total = units.length - start;
  if (controlCount >= CONTROL_MIN && controlCount > total * CONTROL_SHARE) {
    return { kind: 'controls', index: firstControl, count: controlCount };
  }
  return undefined;
}

/**
 * Whether NULs sit almost only on one parity of byte offsets, the shape of BOM-less UTF-16
 * with mostly-ASCII content. Used only to give the 'binary' error a hint: chardet does not
 * recognise BOM-less UTF-16, and guessing it ourselves would misread real binaries.
 */
export function looksLikeBomlessUtf16(bytes: Uint8Array): 'UTF-16LE' | 'UTF-16BE' | undefined {
  if (bytes.length < 4 || bytes.length % 2 !== 0) return undefined;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < bytes.length; i++) if (bytes[i] === 0) (i % 2 === 0 ? even++ : odd++);
  const pairs = bytes.length / 2;
  if (odd > pairs * 0.5 && even === 0) return 'UTF-16LE';
  if (even > pairs * 0.5 && odd === 0) return 'UTF-16BE';
  return undefined;
}
