/**
 * 1-based line numbers for byte offsets, so an error in bytes that never became text can still
 * say which line to open. Lines break at LF, CRLF and lone CR, the same breaks `decode` turns
 * into LF, so the number matches the decoded text's line.
 */

/** How the file's code units are laid out: single bytes (UTF-8, CP949, CP932) or UTF-16. */
export type UnitLayout = 'bytes' | 'UTF-16LE' | 'UTF-16BE';

/**
 * The 1-based line on which the 0-based byte `offset` lies.
 *
 * For 'bytes' it is safe to look for 0x0A and 0x0D bytes directly: no trail byte of UTF-8,
 * CP949 or CP932 is below 0x40, so those bytes are always real line breaks. For UTF-16 the
 * scan reads 2-byte code units after the `start` (BOM) bytes.
 */
export function lineOfByte(bytes: Uint8Array, offset: number, layout: UnitLayout = 'bytes', start = 0): number {
  const width = layout === 'bytes' ? 1 : 2;
  const unitAt =
    layout === 'bytes'
      ? (i: number) => bytes[i]
      : layout === 'UTF-16LE'
        ? (i: number) => bytes[i] | (bytes[i + 1] << 8)
        : (i: number) => (bytes[i] << 8) | bytes[i + 1];
  const end = Math.min(offset, bytes.length);
  let line = 1;
  for (let i = start; i + width <= end; i += width) {
    const unit = unitAt(i);
    if (unit === 0x0a) line++;
    else if (unit === 0x0d) {
      // CRLF is one break, counted at its LF; a line break belongs to the line it ends.
      const nextIsLf = i + 2 * width <= bytes.length && unitAt(i + width) === 0x0a;
      if (!nextIsLf) line++;
    }
  }
  return line;
}
