/**
 * The outline of the running text: title, author line, headings and prose. Headings are told
 * from prose fragments (a page break can leave "개 지역" alone on a line) by their shape and by
 * their neighbours: a heading is short, does not end a sentence, and follows text that did.
 */
import { listMarker, tocEntry } from './list-markers.js';
import type { Segment } from './segments.js';

export type Role = 'title' | 'author' | 'heading' | 'prose' | 'reference' | 'list';

export interface Classified {
  readonly segment: Segment;
  readonly role: Role;
  /** For headings: 2 for a section, 3 for a numbered subsection. */
  readonly depth?: number;
}

const NUMBERED = /^\d{1,2}\.\s+\S/;
// Numbered headings of any paper: "3.1." / "2.1.1" (depth by level), "제1장" / "제2절", "Ⅰ." / "II.".
const MULTILEVEL = /^(\d{1,2}(?:\.\d{1,2})+)\.?\s+\S/;
const CHAPTER = /^제\s?\d{1,2}\s?[장편부]\s*\S?/u;
const SECTION = /^제\s?\d{1,2}\s?절\s*\S?/u;
const ROMAN = /^(?:[Ⅰ-Ⅻ]|[IVX]{1,4})\.\s*\S/u;
// Headings papers print without a number (front and back matter).
const NAMED = /^(?:머리말|요약|요지|초록|국문초록|국문요약|서론|서문|결론|결어|맺음말|나가며|들어가며|참고문헌|목차|차례|부록|Abstract|Summary|Contents)$/u;

/** The depth of a heading by its numbering: chapters 2, numbered sections 3, sub-sections deeper. */
function headingDepth(text: string): number {
  const levels = MULTILEVEL.exec(text);
  if (levels) return Math.min(6, 2 + levels[1].split('.').length);
  if (SECTION.test(text)) return 3;
  if (NUMBERED.test(text)) return 3;
  return 2;
}

/** True for a line shaped like a numbered or named heading. */
function numberedHeading(text: string): boolean {
  return NUMBERED.test(text) || MULTILEVEL.test(text) || CHAPTER.test(text) || SECTION.test(text) || ROMAN.test(text);
}
/** A sentence's end: a period, possibly followed by closing quotes or brackets. */
export const SENTENCE_END = /[.!?。][’”"')\]]*$/;
const CLAUSE_END = /[,∙、:;(\-–]$/;

/** True when the text ends a sentence (a period, possibly inside quotes or brackets). */
export function endsSentence(text: string): boolean {
  return SENTENCE_END.test(text) && balance(text) <= 0;
}

/** Open minus closed parentheses. */
export function balance(text: string): number {
  let depth = 0;
  for (const char of text) {
    if (char === '(' || char === '（') depth++;
    else if (char === ')' || char === '）') depth--;
  }
  return depth;
}

/**
 * Classify `flow` (segments outside blocks and footnote bodies, references included as
 * `references`). `title` and `author` come from the document's metadata.
 */
export function classifyFlow(
  flow: readonly Segment[],
  references: ReadonlySet<number>,
  title: string,
  author: string,
): Classified[] {
  const result: Classified[] = [];
  let previous: Classified | undefined;
  // Flags instead of searching the result for every segment, which was quadratic in the lines
  // of a document without a title line.
  let hasTitle = false;
  let hasAuthor = false;
  for (const segment of flow) {
    let item: Classified;
    if (references.has(segment.index)) item = { segment, role: 'reference' };
    else if (!hasTitle && segment.text === title.trim()) item = { segment, role: 'title' };
    else if (!hasAuthor && isAuthorLine(segment.text, author, previous)) item = { segment, role: 'author' };
    else if (tocEntry(segment.text) || startsListItem(segment.text, previous)) item = { segment, role: 'list' };
    else if (isHeading(segment.text, previous, hasTitle || hasAuthor)) item = { segment, role: 'heading', depth: headingDepth(segment.text) };
    else item = { segment, role: 'prose' };
    result.push(item);
    if (item.role === 'title') hasTitle = true;
    if (item.role === 'author') hasAuthor = true;
    if (item.role !== 'reference') previous = item;
  }
  return result;
}

// Markers that also enumerate inside a sentence ("① 공동연구의 실시, ② …"): a line that starts
// with one is a list item only after a sentence or a block ended, not where a wrap cut the sentence.
const INLINE_FAMILIES = new Set(['circled', 'paren-circled', 'paren-number', 'paren-letter', 'number-paren', 'letter-dot']);

function startsListItem(text: string, previous: Classified | undefined): boolean {
  const marker = listMarker(text);
  if (!marker) return false;
  if (!INLINE_FAMILIES.has(marker.family)) return true;
  return previous === undefined || previous.role !== 'prose' || endsSentence(previous.segment.text);
}

/**
 * The author line: the one that names the author from the metadata or, without metadata, the
 * short "name|affiliation" line right after the title.
 */
function isAuthorLine(text: string, author: string, previous: Classified | undefined): boolean {
  if (text.length >= 80) return false;
  if (author) return text.includes(author);
  return previous?.role === 'title' && /^[^|]{1,20}\|[^|]+$/.test(text);
}

/** `afterTitle`: the document already has its title or author line (nothing before it is a heading). */
function isHeading(text: string, previous: Classified | undefined, afterTitle: boolean): boolean {
  if (SENTENCE_END.test(text) || CLAUSE_END.test(text) || balance(text) !== 0) return false;
  const afterBreak = previous === undefined || previous.role !== 'prose' || endsSentence(previous.segment.text);
  if (!afterBreak) return false;
  if (NAMED.test(text.replace(/\s+/g, ''))) return true;
  if (numberedHeading(text)) return text.length <= 30;
  // An unnumbered heading is a short phrase with no digits (digits mean a cut sentence such as
  // "3대 도시권을…"), and the document must already have its title: nothing before it is a heading.
  return text.length <= 20 && !/\d/.test(text) && afterTitle;
}
