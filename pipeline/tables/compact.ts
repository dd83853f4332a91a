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
  const text = typeof value === 'string' ? value : value.text;
  const kept: number[] = [];
  let out = '';
  for (let i = 0; i < text.length; i++) {
    if (/\s/u.test(text[i])) continue;
    kept.push(i);
    out += text[i];
  }
  return { text: out, index: Int32Array.from(kept) };
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
