/**
 * Re-wrapping clean text the way a PDF extraction damages it: the text is set in justified
 * lines of a given column width (Korean breaks between any two syllables; a Latin word or a
 * number is not broken; no line starts with closing punctuation), and the lines are joined
 * again with one space each. The result has the same spurious spaces as a scraped page, and
 * the clean text is its gold, so any amount of development data with known answers can be
 * made from a few clean paragraphs.
 *
 * Pure and deterministic: the "randomness" (glyph width jitter, where the first line starts)
 * comes from a seeded generator.
 */
import { codePointWidth } from '../edition/spacing/width.js';

/** A small deterministic random generator (mulberry32), so that generated pages never change. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** How a paragraph is set. */
export interface WrapOptions {
  /** Column width in em (one Hangul syllable). */
  readonly width: number;
  /** Width already used on the first line (an indent, or the page cut mid-line), in em. */
  readonly firstLineUsed?: number;
  /** Random source for glyph-width jitter (real fonts are not the coarse widths of width.ts). */
  readonly random?: () => number;
}

/** A re-wrapped paragraph: the damaged text, and where each printed line ended in it. */
export interface Wrapped {
  /** Lines joined by single spaces, as the extraction gives them. */
  readonly text: string;
  /** Indices in `text` of the spaces that are line ends (some of them were real spaces too). */
  readonly lineEnds: readonly number[];
}

const CLOSING = /^[)\]},.;:!?%’”」』〕>·…]/u;
const UNBREAKABLE = /[A-Za-z0-9]/;

/**
 * Set `clean` (a paragraph with correct spacing, no line breaks) in lines of `options.width`
 * and join the lines with spaces. A line that ends at a real space keeps one space.
 */
export function rewrap(clean: string, options: WrapOptions): Wrapped {
  const random = options.random ?? (() => 0.5);
  const chars = Array.from(clean);
  const jitter = (ch: string): number => {
    const base = codePointWidth(ch.codePointAt(0) ?? 0);
    // Hangul and CJK are monospaced in real fonts; Latin, digits, punctuation and spaces vary.
    return base === 1 ? 1 : base * (0.85 + 0.3 * random());
  };
  const lines: string[] = [];
  let line = '';
  let used = options.firstLineUsed ?? 0;
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i];
    if (ch === ' ' && line === '') continue; // a real space at a line end is the line end
    const w = jitter(ch);
    if (used + w > options.width && line !== '' && ch !== ' ') {
      // Kinsoku: closing punctuation stays on the line it closes.
      if (CLOSING.test(ch)) {
        line += ch;
        used += w;
        continue;
      }
      // A Latin word or a number moves whole to the next line (when it fits a line at all).
      let cut = line.length;
      if (UNBREAKABLE.test(ch)) {
        let k = line.length;
        while (k > 0 && UNBREAKABLE.test(line[k - 1])) k--;
        if (k > 0 && line.length - k < 12) cut = k;
      }
      lines.push(line.slice(0, cut).trimEnd());
      line = line.slice(cut);
      used = Array.from(line).reduce((sum, c) => sum + jitter(c), 0);
    }
    if (ch === ' ' && used + w > options.width) {
      lines.push(line.trimEnd());
      line = '';
      used = 0;
      continue;
    }
    line += ch;
    used += w;
  }
  if (line.trim()) lines.push(line.trimEnd());
  const kept = lines.filter((l) => l.length > 0);
  const lineEnds: number[] = [];
  let text = '';
  for (const piece of kept) {
    if (text) {
      lineEnds.push(text.length);
      text += ' ';
    }
    text += piece;
  }
  return { text, lineEnds };
}
