/**
 * A whitespace-free view of a MappedText for cue matching. Paragraph and cell text may still
 * hold spaces left by printed line wraps ("약 5 년", "클러 스터"), so cues are matched with all
 * whitespace removed; `index` leads every unit of the view back to the text, and through the
 * text's offsets to the source.
 */
import type { MappedText } from '../text/mapped-text.js';

export interface Compact {
  readonly text: string;
  /** index[i] is the 0-based index in the original text of compact unit i. */
  readonly index: Int32Array;
}

/** Remove every whitespace unit, keeping the map back. */
export function compact(value: MappedText | string): Compact {
  // Every claim's cue is matched against every paragraph: a paragraph is compacted once.
  if (typeof value !== 'string') {
    const known = compacted.get(value);
    if (known) return known;
    const view = compactText(value.text);
    compacted.set(value, view);
    return view;
  }
  return compactText(value);
}

const compacted = new WeakMap<MappedText, Compact>();

function compactText(text: string): Compact {
  const index = new Int32Array(text.length);
  let kept = 0;
  let out = '';
  let runStart = 0;
  for (let i = 0; i < text.length; i++) {
    if (!isWhitespace(text.charCodeAt(i))) {
      index[kept++] = i;
      continue;
    }
    out += text.slice(runStart, i);
    runStart = i + 1;
  }
  out += text.slice(runStart);
  return { text: out, index: index.slice(0, kept) };
}

/** The units JavaScript's \s matches (ECMAScript WhiteSpace and LineTerminator). */
export function isWhitespace(code: number): boolean {
  return (
    (code >= 0x09 && code <= 0x0d) ||
    code === 0x20 ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** The text with whitespace removed (no map). */
export function squash(text: string): string {
  return text.replace(/\s+/gu, '');
}

/** 0-based source offset of compact unit `at` of `view` over `value`, or -1 when inserted or out of range. */
export function sourceOffset(value: MappedText, view: Compact, at: number): number {
  if (at < 0 || at >= view.index.length) return -1;
  return value.offsets[view.index[at]];
}
