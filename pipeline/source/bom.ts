/** Byte-order marks: the only encoding evidence that beats every heuristic. */

/** An encoding announced by a byte-order mark, and how many bytes the mark takes. */
export interface Bom {
  encoding: 'UTF-8' | 'UTF-16LE' | 'UTF-16BE' | 'UTF-32LE' | 'UTF-32BE';
  /** Length of the mark in bytes (2, 3 or 4). */
  length: number;
}

/**
 * The byte-order mark at the start of `bytes`, if any.
 *
 * UTF-32LE is checked before UTF-16LE because its mark (FF FE 00 00) starts with the UTF-16LE
 * one; a UTF-16LE file whose first character is U+0000 would read the same, but such a file is
 * not text anyway.
 */
export function sniffBom(bytes: Uint8Array): Bom | undefined {
  const [b0, b1, b2, b3] = bytes;
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) return { encoding: 'UTF-8', length: 3 };
  if (b0 === 0xff && b1 === 0xfe && b2 === 0x00 && b3 === 0x00) return { encoding: 'UTF-32LE', length: 4 };
  if (b0 === 0x00 && b1 === 0x00 && b2 === 0xfe && b3 === 0xff) return { encoding: 'UTF-32BE', length: 4 };
  if (b0 === 0xff && b1 === 0xfe) return { encoding: 'UTF-16LE', length: 2 };
  if (b0 === 0xfe && b1 === 0xff) return { encoding: 'UTF-16BE', length: 2 };
  return undefined;
}
