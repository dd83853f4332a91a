/**
 * Where an occurrence ends in edition.md. A finding gives the edition offset where an
 * occurrence starts and the text as it stands in the source; the edition may have mended that
 * text (spaces of line wraps removed, fake-bold doubling undone, a line break joined). So the
 * source text is walked beside the edition from the start offset: whitespace on either side is
 * skipped, and a source character that repeats the one before it may be dropped (doubling).
 */

/** The 0-based end offset (exclusive) in `edition` of `text` starting at `start`, or undefined when it does not stand there. */
export function editionEnd(edition: string, start: number, text: string): number | undefined {
  let j = start;
  let end: number | undefined;
  let previous = '';
  for (const char of text) {
    if (/\s/u.test(char)) continue;
    while (j < edition.length && /\s/u.test(edition[j]) && edition[j] !== char) j += 1;
    if (edition.startsWith(char, j)) {
      j += char.length;
      end = j;
      previous = char;
      continue;
    }
    if (char === previous) continue; // a doubled character the edition undid
    return undefined;
  }
  return end;
}
