/**
 * UTF-16 with a byte-order mark. Decoded by hand rather than with TextDecoder so that a lone
 * surrogate or an odd trailing byte is reported with its byte offset instead of being replaced.
 */

/** The 2-byte code units of `bytes` from `start` (a trailing odd byte is ignored). */
export function codeUnits16(bytes: Uint8Array, start: number, littleEndian: boolean): Uint16Array {
  const count = Math.floor((bytes.length - start) / 2);
  const units = new Uint16Array(count);
  for (let k = 0, i = start; k < count; k++, i += 2) {
    units[k] = littleEndian ? bytes[i] | (bytes[i + 1] << 8) : (bytes[i] << 8) | bytes[i + 1];
  }
  return units;
}

/** Result of a strict decode: the text, or the 0-based byte offset where it broke and why. */
export type Utf16Result = { text: string } | { invalidOffset: number; problem: string };

/**
 * Strictly decode `bytes` from `start` (just after the BOM). Fails at the first unpaired
 * surrogate or at a dangling last byte.
 */
export function decodeUtf16(bytes: Uint8Array, start: number, littleEndian: boolean): Utf16Result {
  const units = codeUnits16(bytes, start, littleEndian);
  for (let k = 0; k < units.length; k++) {
    const unit = units[k];
    if (unit >= 0xd800 && unit <= 0xdbff) {
      const next = units[k + 1];
      if (next !== undefined && next >= 0xdc00 && next <= 0xdfff) {
        k++;
        continue;
      }
      return { invalidOffset: start + 2 * k, problem: 'unpaired high surrogate' };
    }
    if (unit >= 0xdc00 && unit <= 0xdfff) return { invalidOffset: start + 2 * k, problem: 'unpaired low surrogate' };
  }
  if ((bytes.length - start) % 2 !== 0) return { invalidOffset: bytes.length - 1, problem: 'odd trailing byte' };
  return { text: unitsToString(units) };
}

/** String.fromCharCode in slices, because spreading a large array overflows the call stack. */
function unitsToString(units: Uint16Array): string {
  const parts: string[] = [];
  const slice = 0x2000;
  for (let k = 0; k < units.length; k += slice) {
    parts.push(String.fromCharCode(...units.subarray(k, k + slice)));
  }
  return parts.join('');
}
