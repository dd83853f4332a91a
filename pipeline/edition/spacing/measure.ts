/**
 * Measuring the column width from the document itself.
 *
 * Spaces that lexical evidence alone marks as cut words ("처음으 로") are printed-line ends.
 * The widths between consecutive ones are whole multiples of the column width, and most are
 * exactly one column, because most printed lines of Korean end inside a word. A comb score
 * over candidate widths (one column counts fully, two columns half, three a third) peaks at
 * the column width and not at its half, which only the one-column gaps would support.
 */
import { prefixWidths } from './width.js';
import type { MeasuredWidth } from './types.js';

const KERNEL = 0.45;
const STEP = 0.05;
const MIN_WIDTH = 8;
const MAX_WIDTH = 160;

/** Widths (em) between consecutive sure line ends of `text`, given their space indices. */
export function gapsBetween(text: string, sure: readonly number[]): number[] {
  const cum = prefixWidths(text);
  const gaps: number[] = [];
  for (let k = 1; k < sure.length; k++) gaps.push(cum[sure[k]] - cum[sure[k - 1] + 1]);
  return gaps;
}

/** Comb score of a candidate column width over a set of gaps. */
export function combScore(width: number, gaps: readonly number[]): number {
  let score = 0;
  for (const gap of gaps) {
    for (let k = 1; k <= 3; k++) {
      const z = (gap - k * width) / KERNEL;
      score += Math.exp(-0.5 * z * z) / k;
    }
  }
  return score;
}

/** The best-scoring width in [lo, hi] and its score. */
export function bestWidth(gaps: readonly number[], lo = MIN_WIDTH, hi = MAX_WIDTH): { width: number; score: number } {
  let best = { width: lo, score: -1 };
  for (let w = lo; w <= hi; w += STEP) {
    const score = combScore(w, gaps);
    if (score > best.score + 1e-9) best = { width: Math.round(w * 100) / 100, score };
  }
  return best;
}

/** How many gaps lie within a kernel of a whole multiple (1..3) of `width`. */
export function fitCount(width: number, gaps: readonly number[]): { one: number; any: number } {
  let one = 0;
  let any = 0;
  for (const gap of gaps) {
    const k = Math.round(gap / width);
    if (k >= 1 && k <= 3 && Math.abs(gap - k * width) <= 2 * KERNEL) {
      any++;
      if (k === 1) one++;
    }
  }
  return { one, any };
}

/**
 * Column widths of a document from the gaps of each paragraph: the body column first (the
 * width that best explains all gaps), then a wider column (footnotes set across the page)
 * if some paragraphs have no one-column gap but several gaps that fit a wider width.
 */
export function measureWidths(gapsByParagraph: readonly (readonly number[])[], fallback = 23): MeasuredWidth[] {
  const all = gapsByParagraph.flat();
  if (all.length < 3) return [{ width: fallback, support: 0 }];
  const body = bestWidth(all);
  const result: MeasuredWidth[] = [{ width: body.width, support: fitCount(body.width, all).one }];
  const wide: number[] = [];
  let wideSupport = 0;
  for (const gaps of gapsByParagraph) {
    if (gaps.length < 2 || fitCount(body.width, gaps).one > 0) continue;
    const own = bestWidth(gaps, body.width * 1.5, Math.min(MAX_WIDTH, body.width * 5));
    const fit = fitCount(own.width, gaps);
    if (fit.one >= 2) {
      wide.push(own.width);
      wideSupport += fit.one;
    }
  }
  if (wide.length > 0) {
    wide.sort((a, b) => a - b);
    result.push({ width: wide[Math.floor(wide.length / 2)], support: wideSupport });
  }
  return result;
}

/**
 * The column width for one text: the first measured width under which at least one gap
 * is exactly one column, trying narrow widths first; the body width when nothing fits.
 */
export function pickWidth(gaps: readonly number[], widths: readonly MeasuredWidth[]): number {
  const byWidth = [...widths].sort((a, b) => a.width - b.width);
  for (const candidate of byWidth) {
    if (fitCount(candidate.width, gaps).one >= 1) return candidate.width;
  }
  return widths[0].width;
}
