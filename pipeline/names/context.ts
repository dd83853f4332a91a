/**
 * What stands around a Japanese run: a parenthesis after a Korean rendering (홋카이도(北海道)),
 * a citation ((加藤, 2002), 加藤(2002)), and the words after the closing parenthesis
 * (히토츠바시(一橋)대학). The names stage reads kind and gloss decisions from this.
 */
import type { Span } from './spans.js';

/** The surroundings of one run, as indices into the text that holds it. */
export interface SpanContext {
  /** The run is the first thing inside a parenthesis. */
  readonly opensParenthesis: boolean;
  /** The run is a cited author or body: (X, 2002), (X, 2002; 2004), X(2002), X (2002). */
  readonly citation: boolean;
  /**
   * The Hangul word just before the opening parenthesis (one space allowed between them), as
   * 0-based [start, end) indices; absent for citations and runs not after a parenthesis.
   */
  readonly rendering?: { readonly start: number; readonly end: number };
  /** Up to 16 characters after the closing parenthesis that ends the run, else ''. */
  readonly after: string;
}

const HANGUL = /\p{Script=Hangul}/u;
const OPEN = new Set(['(', '（']);
const CLOSE = new Set([')', '）']);
const CITED_WITH_COMMA = /^\s*,\s*\d{4}[a-z]?\s*[);]/;
const CITED_WITH_PARENTHESIS = /^\s*[(（]\s*\d{4}[a-z]?\s*[);）]/;

/** Read the context of `span` in `text`. */
export function spanContext(text: string, span: Span): SpanContext {
  const before = text[span.start - 1] ?? '';
  const opensParenthesis = OPEN.has(before) || (before === ' ' && text[span.start - 2] === ';');
  const rest = text.slice(span.end);
  const citation = (opensParenthesis && CITED_WITH_COMMA.test(rest)) || CITED_WITH_PARENTHESIS.test(rest);
  const after = CLOSE.has(text[span.end] ?? '') ? text.slice(span.end + 1, span.end + 17) : '';
  let rendering: SpanContext['rendering'];
  if (!citation && OPEN.has(before)) {
    let end = span.start - 1;
    if (text[end - 1] === ' ') end--;
    let start = end;
    while (start > 0 && HANGUL.test(text[start - 1])) start--;
    if (start < end) rendering = { start, end };
  }
  return { opensParenthesis, citation, ...(rendering ? { rendering } : {}), after };
}
