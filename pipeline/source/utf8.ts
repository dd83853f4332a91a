/**
 * Strict UTF-8. TextDecoder with `fatal: true` says whether bytes are valid but not where they
 * stop being valid, and the error must name a byte offset, so the scan is done here.
 */

const fatalUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * The text of `bytes` from `start` if it is well-formed UTF-8, else undefined. A literal
 * U+FFFD (EF BF BD) is well-formed and comes through unchanged.
 */
export function decodeUtf8Strict(bytes: Uint8Array, start = 0): string | undefined {
  try {
    return fatalUtf8.decode(bytes.subarray(start));
  } catch {
    return undefined;
  }
}

/**
 * 0-based offset of the first byte of the first ill-formed sequence at or after `start`, or -1
 * when all is well-formed. Follows Unicode's table of well-formed byte sequences (Table 3-7):
 * no overlongs, no surrogates (ED A0..BF), nothing above U+10FFFF. For a lead byte whose
 * continuation is wrong or missing, the lead byte's offset is reported, because that is where
 * the broken character starts.
 */
export function firstInvalidUtf8(bytes: Uint8Array, start = 0): number {
  let i = start;
  while (i < bytes.length) {
    const b = bytes[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let low = 0x80;
    let high = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) low = 0xa0;
      if (b === 0xed) high = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) low = 0x90;
      if (b === 0xf4) high = 0x8f;
    } else return i;
    // Only the first continuation byte has a narrowed range.
    const second = bytes[i + 1];
    if (second === undefined || second < low || second > high) return i;
    for (let k = 2; k <= need; k++) {
      const next = bytes[i + k];
      if (next === undefined || next < 0x80 || next > 0xbf) return i;
    }
    i += need + 1;
  }
  return -1;
}
