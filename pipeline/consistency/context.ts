/**
 * The context of an occurrence for a reviewer: the sentence it stands in, taken from one line
 * of edition.md (a paragraph is one line there) or of the source, cut to a readable length.
 */

/** Characters kept on each side of the occurrence at most, before the sentence is cut with "…". */
const BEFORE = 60;
const AFTER = 80;

// A sentence ends at . ? ! 。 ？ ！ followed by a space or the end (not inside 3.5 or a URL).
// Two regexes: matchAll copies a global regex's lastIndex, so one shared with exec would skip.
const SENTENCE_ENDS = /[.?!。？！](?=\s|$)/gu;
const SENTENCE_END = /[.?!。？！](?=\s|$)/u;

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
  // Only a window around the occurrence is searched (a paragraph is one line of edition.md and
  // may be long): the cost per occurrence is bounded, whatever the line's length.
  const windowStart = Math.max(0, from - BEFORE - 1);
  let begin = windowStart;
  for (const match of line.slice(windowStart, from).matchAll(SENTENCE_ENDS)) begin = windowStart + match.index + 1;
  const cutBefore = begin === windowStart && windowStart > 0;
  const ahead = line.slice(to, to + AFTER + 1);
  const after = SENTENCE_END.exec(ahead);
  const end = after ? to + after.index + 1 : Math.min(line.length, to + AFTER);
  const cutAfter = !after && end < line.length;
  const text = `${cutBefore ? '…' : ''}${line.slice(cutBefore ? from - BEFORE : begin, end).trim()}${cutAfter ? '…' : ''}`;
  return text.replace(MARKUP, '').replace(/\s+/gu, ' ').trim();
}
