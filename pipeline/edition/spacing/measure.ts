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
  // The same comb score as combScore(), over the gaps sorted once, with only the gaps within
  // REACH kernels of each tooth: a farther gap adds less than exp(-50) ≈ 2e-22, far below the
  // 1e-9 that separates two widths here. Scoring every gap for each of ~3,000 candidate widths
  // was ~90 ms of the seed's build (cpu profile).
  const sorted = Float64Array.from(gaps).sort();
  let best = { width: lo, score: -1 };
  for (let w = lo; w <= hi; w += STEP) {
    const score = sortedCombScore(w, sorted);
    if (score > best.score + 1e-9) best = { width: Math.round(w * 100) / 100, score };
  }
  return best;
}

const REACH = 10 * KERNEL;

function sortedCombScore(width: number, sorted: Float64Array): number {
  let score = 0;
  for (let k = 1; k <= 3; k++) {
    const centre = k * width;
    for (let i = lowerBound(sorted, centre - REACH); i < sorted.length && sorted[i] <= centre + REACH; i++) {
      const z = (sorted[i] - centre) / KERNEL;
      score += Math.exp(-0.5 * z * z) / k;
    }
  }
  return score;
}

/** First index of `sorted` whose value is at least `value`. */
function lowerBound(sorted: Float64Array, value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (sorted[middle] < value) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * How many gaps lie within two kernels of one column (`one`), of two columns (`two`), and of
 * any whole multiple from one to three (`any`).
 */
export function fitCount(width: number, gaps: readonly number[]): { one: number; two: number; any: number } {
  let one = 0;
  let two = 0;
  let any = 0;
  for (const gap of gaps) {
    const k = Math.round(gap / width);
    if (k >= 1 && k <= 3 && Math.abs(gap - k * width) <= 2 * KERNEL) {
      any++;
      if (k === 1) one++;
      if (k === 2) two++;
    }
  }
  return { one, two, any };
}

/**
 * True when the gaps show lines of the body column: a gap of one or two body columns. A
 * wider block (a footnote set across the page, about three body columns) only has gaps of
 * three body columns or more, which every multiple of the body width would also explain.
 */
export function showsBodyLines(bodyWidth: number, gaps: readonly number[]): boolean {
  const fit = fitCount(bodyWidth, gaps);
  return fit.one + fit.two > 0;
}

/**
 * Column widths of a document from the gaps of each paragraph: the body column first (the
 * width that best explains all gaps), then a wider column (footnotes set across the page)
 * measured jointly over the paragraphs that show no body-width line.
 */
export function measureWidths(gapsByParagraph: readonly (readonly number[])[], fallback = 23): MeasuredWidth[] {
  const all = gapsByParagraph.flat();
  if (all.length < 3) return [{ width: fallback, support: 0 }];
  const body = bestWidth(all);
  const result: MeasuredWidth[] = [{ width: body.width, support: fitCount(body.width, all).one }];
  // A full-width footnote column is close to three body columns, so only gaps that no
  // multiple of the body width explains can measure it.
  const wideGaps = gapsByParagraph
    .filter((gaps) => gaps.length > 0 && !showsBodyLines(body.width, gaps))
    .flat()
    .filter((gap) => gap > body.width * 2.5 && !explains(gap, body.width, 9));
  if (wideGaps.length >= 2) {
    const wide = bestWidth(wideGaps, body.width * 2.5, Math.min(MAX_WIDTH, body.width * 5));
    const fit = fitCount(wide.width, wideGaps);
    if (fit.one >= 2) result.push({ width: wide.width, support: fit.one });
  }
  return result;
}

/** A text's own gaps may refine its column width by this much either way. */
const REFINE_RANGE = 0.04;

/** True when `gap` is within two kernels (growing with the square root of k) of k columns. */
export function explains(gap: number, width: number, maxK = 3): boolean {
  const k = Math.round(gap / width);
  return k >= 1 && k <= maxK && Math.abs(gap - k * width) <= 2 * KERNEL * Math.sqrt(k);
}

/**
 * How well whole multiples (1..maxK) of `width` explain the gaps: for each gap, the best
 * Gaussian closeness to some k columns, the tolerance growing with the square root of k.
 */
export function closeness(gaps: readonly number[], width: number, maxK: number): number {
  let total = 0;
  for (const gap of gaps) {
    let best = 0;
    for (let k = 1; k <= maxK; k++) {
      const z = (gap - k * width) / (KERNEL * Math.sqrt(k));
      best = Math.max(best, Math.exp(-0.5 * z * z));
    }
    total += best;
  }
  return total;
}

function nearMultiple(gap: number, width: number, tolerance: number): boolean {
  const k = Math.round(gap / width);
  return k >= 1 && k <= 3 && Math.abs(gap - k * width) <= tolerance * k * width;
}

/**
 * The column width for one text. The family is the body width (the first measured) unless
 * the text shows no body-width line and a wider measured column explains its gaps more
 * closely than multiples of the body width do (a body paragraph with few sure line ends can
 * have a gap of three columns, close to one footnote line). Within the family, the text's
 * own gaps refine the width when at least two of them fit.
 */
export function pickWidth(gaps: readonly number[], widths: readonly MeasuredWidth[]): number {
  const body = widths[0].width;
  let family = body;
  if (!showsBodyLines(body, gaps)) {
    const bodyFit = closeness(gaps, body, 9);
    const wider = widths.slice(1).filter((w) => w.width > body).sort((a, b) => a.width - b.width);
    const match = wider.find((candidate) => closeness(gaps, candidate.width, 3) > bodyFit);
    if (match) family = match.width;
  }
  const own = gaps.filter((gap) => nearMultiple(gap, family, REFINE_RANGE));
  if (own.length < 2) return family;
  return bestWidth(own, family * (1 - REFINE_RANGE), family * (1 + REFINE_RANGE)).width;
}
