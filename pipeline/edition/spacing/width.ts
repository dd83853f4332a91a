/**
 * Printed width of characters, in units of one Hangul syllable (one em of the body font).
 *
 * The wrap detector only needs widths that are proportional to what the typesetter measured:
 * a Hangul syllable, a CJK ideograph and full-width punctuation fill a whole em, while Latin
 * letters, digits and ASCII punctuation are roughly half as wide. The values are coarse on
 * purpose; the detector tolerates a fraction of an em per line and the line width is measured
 * from the document in the same units, so a constant bias cancels out.
 */

/** Width of one character (a single UTF-16 unit or astral code point), in em. */
export function glyphWidth(ch: string): number {
  return codePointWidth(ch.codePointAt(0) ?? 0);
}

/** Width of the character with code point `code`, in em. */
export function codePointWidth(code: number): number {
  if (code === 0x20) return 0.3;
  if (code >= 0x30 && code <= 0x39) return 0.5; // digits
  if (code >= 0x61 && code <= 0x7a) return 0.5; // a-z
  if (code >= 0x41 && code <= 0x5a) return 0.65; // A-Z
  // ASCII punctuation is set in the Latin font, which is narrow.
  if (code < 0x80) return 0.3;
  return 1;
}

/**
 * Prefix sums of glyph widths: `result[i]` is the width of `text.slice(0, i)` (0-based,
 * exclusive), so the width of `text.slice(a, b)` is `result[b] - result[a]`.
 */
export function prefixWidths(text: string): Float64Array {
  const result = new Float64Array(text.length + 1);
  for (let i = 0; i < text.length; i++) {
    // A surrogate pair counts once: its first unit carries the width, the second adds nothing.
    const unit = text.charCodeAt(i);
    const isLowSurrogate = unit >= 0xdc00 && unit <= 0xdfff;
    result[i + 1] = result[i] + (isLowSurrogate ? 0 : codePointWidth(text.codePointAt(i) ?? unit));
  }
  return result;
}
