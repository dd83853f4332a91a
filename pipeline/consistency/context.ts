/**
 * The context of an occurrence for a reviewer: the sentence it stands in, taken from one line
 * of edition.md (a paragraph is one line there) or of the source, cut to a readable length.
 */

/** Characters kept on each side of the occurrence at most, before the sentence is cut with "…". */
const BEFORE = 60;
const AFTER = 80;

// A sentence ends at . ? ! 。 ？ ！ followed by a space or the end (not inside 3.5 or a URL).
const SENTENCE_END = /[.?!。？！](?=\s|$)/gu;

// Markdown the writer added that a reader of the sentence does not need: footnote references,
// backslash escapes, strong and emphasis marks at the edges.
const MARKUP = /\[\^[^\]\s]+\]|\\(?=[\\`*_{}[\]()#+\-.!|~<>])|\*\*/gu;

/**
 * The sentence around `[start, start + length)` of `line` (0-based UTF-16 offsets), at most
 * BEFORE characters before and AFTER after the occurrence, with "…" where it was cut.
 */
export function sentenceAround(line: string, start: number, length: number): string {
  const from = Math.max(0, Math.min(start, line.length));
  const to = Math.min(line.length, from + Math.max(length, 1));
  let begin = 0;
  for (const match of line.slice(0, from).matchAll(SENTENCE_END)) begin = match.index + 1;
  let end = line.length;
  SENTENCE_END.lastIndex = 0;
  const after = SENTENCE_END.exec(line.slice(to));
  if (after) end = to + after.index + 1;
  const cutBefore = from - begin > BEFORE;
  const cutAfter = end - to > AFTER;
  const text = `${cutBefore ? '…' : ''}${line.slice(cutBefore ? from - BEFORE : begin, cutAfter ? to + AFTER : end).trim()}${cutAfter ? '…' : ''}`;
  return text.replace(MARKUP, '').replace(/\s+/gu, ' ').trim();
}
