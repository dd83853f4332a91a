/**
 * Where the printed lines ended: a probabilistic line-break model over the spaces of a text.
 *
 * The PDF was set in justified columns and Korean breaks lines between any two syllables, so
 * every printed line is almost exactly as wide as the column. The extraction turned each line
 * end into a space. Given the column width, the likely line ends are therefore the spaces that
 * sit about one column width apart. Real spaces are dense (every 3-4 syllables), so width alone
 * cannot tell which nearby space was the line end; the caller adds a penalty for *not*
 * breaking at a space that lexical evidence says cuts a word, and the model weighs both.
 *
 * The model is a segmentation of the text into lines, scored by a per-line cost; the
 * forward-backward algorithm gives, for every space, the probability that a line ended there.
 */
import { prefixWidths } from './width.js';

/** Tuning of the line model, in em (one Hangul syllable). */
export interface LineModel {
  /** Measured column width. */
  readonly width: number;
  /** Typical deviation of a full line from `width` (justification, rough glyph widths). */
  readonly sigma: number;
  /** A first or last line may be short; how much wider than `width` it may still be. */
  readonly slack: number;
  /** Cost of each line that ends at a space (default 0; {@link LINE_COST} when comparing widths). */
  readonly perLine?: number;
}

/** Deviation of a full printed line from the column width, in em. */
export const LINE_SIGMA = 0.6;
/** How much wider than a column a first or last partial line may measure, in em. */
export const LINE_SLACK = 1;

/**
 * Cost of every printed line that ends at a space (not the last) when widths are compared
 * (column.ts); deciding the spaces of a text at a known width uses 0. A line end is one place out
 * of the ~1 em wide positions a justified line may end at, so a segmentation into more lines
 * than the text needs is less likely. Without it a column of half the width (twice as many
 * lines, each ending at some real space) would explain a text as well as the true one.
 */
export const LINE_COST = -0.8;
/**
 * Cost of a first line that is much shorter than the column. A paragraph (and the text after a
 * page break) starts a printed line, so its first line is a full column less an indent of up to
 * about two em; a short one happens (a heading run in, a text cut by the site), but rarely.
 */
export const SHORT_FIRST_COST = 2.5;
/** Indent of a first line, in em, and how much it varies. */
const INDENT = 1;
const INDENT_SIGMA = 1;

/** Input for {@link breakProbabilities}. */
export interface BreakInput {
  readonly text: string;
  /** 0-based indices of the spaces that may be line ends, ascending. */
  readonly spaces: readonly number[];
  /** Cost (negative log-odds) of a line running past `spaces[k]` without ending there. */
  readonly skipPenalty: readonly number[];
  /** Spaces known to be line ends (segment joins); the text is modelled apart on each side. */
  readonly forced?: ReadonlySet<number>;
  /**
   * The text (and each part after a forced break) starts a printed line, so its first line is
   * about a column wide; when false the first line is free up to a column (an excerpt that may
   * begin anywhere).
   */
  readonly startsLine?: boolean;
}

/** Cost of a line that spans two printed lines because a line end left no space behind. */
const MISSING_BREAK_COST = 6;

function logAddExp(a: number, b: number): number {
  if (a === -Infinity) return b;
  if (b === -Infinity) return a;
  const m = Math.max(a, b);
  return m + Math.log(Math.exp(a - m) + Math.exp(b - m));
}

/** Negative log-likelihood of a line of width `w` between two breaks. */
export function lineCost(w: number, model: LineModel): number {
  const one = (w - model.width) / model.sigma;
  // A line with a lost break spans two columns; allowed but expensive.
  const two = (w - 2 * model.width) / (model.sigma * Math.SQRT2);
  return Math.min(0.5 * one * one, MISSING_BREAK_COST + 0.5 * two * two);
}

/** Forward and backward log-weights of the line model over a text, and their total. */
interface Passes {
  readonly forward: Float64Array;
  readonly backward: Float64Array;
  readonly total: number;
}

/**
 * The forward–backward passes over the segmentations of a text into printed lines.
 *
 * Nodes are the start of the text, every candidate space, and the end. An edge p→q is one
 * printed line made of the characters strictly between them. An edge to the end is free while
 * no wider than a column (a paragraph stops mid-line); an edge from the start is free too when
 * the text may begin mid-line, and otherwise costs how far its line falls short of a column less
 * an indent (capped at {@link SHORT_FIRST_COST}); other edges pay {@link lineCost} and
 * {@link LINE_COST}; every candidate space jumped over pays its skip penalty. Forced breaks
 * behave as an end followed by a start. Linear in the text: an edge spans at most two columns.
 */
function passes(input: BreakInput, model: LineModel, backwardToo = true): Passes {
  const { text, spaces, skipPenalty } = input;
  const forced = input.forced ?? new Set<number>();
  const startsLine = input.startsLine ?? false;
  const cum = prefixWidths(text);
  const n = spaces.length;
  // Node k (0..n-1) is spaces[k]; node -1 is the start, node n is the end.
  const pos = (k: number): number => (k < 0 ? -1 : k >= n ? text.length : spaces[k]);
  const widthBetween = (p: number, q: number): number => Math.max(0, cum[pos(q)] - cum[pos(p) + 1]);
  const skipPrefix = new Float64Array(n + 1);
  for (let k = 0; k < n; k++) skipPrefix[k + 1] = skipPrefix[k] + skipPenalty[k];
  const skipped = (p: number, q: number): number => skipPrefix[Math.max(0, q)] - skipPrefix[p + 1];
  // forcedAt[k] for node k (0..n-1); firstForcedAfter[p + 1] is the first forced node after p
  // (n when none), so that an edge is checked for a forced break inside it in constant time.
  const forcedAt = new Uint8Array(n);
  for (let k = 0; k < n; k++) if (forced.has(spaces[k])) forcedAt[k] = 1;
  const firstForcedAfter = new Int32Array(n + 1);
  firstForcedAfter[n] = n;
  for (let k = n - 1; k >= 0; k--) firstForcedAfter[k] = forcedAt[k] ? k : firstForcedAfter[k + 1];
  const isForced = (k: number): boolean => k >= 0 && k < n && forcedAt[k] === 1;
  const maxWidth = 2 * model.width + 4 * model.sigma;
  const perLine = model.perLine ?? 0;

  /** Cost of a first line of width w that ends at a space (not at the end of the text). */
  const firstLineCost = (w: number): number => {
    if (w > model.width + model.slack) return lineCost(w, model) + perLine;
    if (!startsLine) return 0;
    const z = (w - (model.width - INDENT)) / INDENT_SIGMA;
    return Math.min(w > model.width - INDENT ? 0 : 0.5 * z * z, SHORT_FIRST_COST);
  };

  /** Log-weight of the edge p→q, or -Infinity when impossible. */
  const edge = (p: number, q: number): number => {
    if (p + 1 < n && firstForcedAfter[p + 1] < q) return -Infinity;
    const w = widthBetween(p, q);
    const open = p < 0 || isForced(p);
    const close = q >= n || isForced(q);
    let cost: number;
    if (close) cost = w <= model.width + model.slack ? 0 : lineCost(w, model) + perLine;
    else if (open) cost = firstLineCost(w);
    else cost = lineCost(w, model) + perLine;
    return -(cost + skipped(p, q));
  };

  // forward[k + 1] = log-sum of weights of all segmentations of the text up to node k.
  const forward = new Float64Array(n + 2).fill(-Infinity);
  forward[0] = 0;
  for (let q = 0; q <= n; q++) {
    let acc = -Infinity;
    for (let p = q - 1; p >= -1; p--) {
      // The nearest predecessor is always allowed, so a long run without spaces (a Japanese
      // title, a chemical-length compound) cannot disconnect the model.
      if (p < q - 1 && widthBetween(p, q) > maxWidth) break;
      acc = logAddExp(acc, forward[p + 1] + edge(p, q));
      if (isForced(p)) break;
    }
    forward[q + 1] = acc;
  }
  const backward = new Float64Array(n + 2).fill(-Infinity);
  backward[n + 1] = 0;
  for (let p = backwardToo ? n - 1 : -2; p >= -1; p--) {
    let acc = -Infinity;
    for (let q = p + 1; q <= n; q++) {
      if (q > p + 1 && widthBetween(p, q) > maxWidth) break;
      acc = logAddExp(acc, edge(p, q) + backward[q + 1]);
      if (isForced(q)) break;
    }
    backward[p + 1] = acc;
  }
  return { forward, backward, total: forward[n + 1] };
}

/** Probability, for each space in `input.spaces`, that a printed line ended there. */
export function breakProbabilities(input: BreakInput, model: LineModel): number[] {
  const { forward, backward, total } = passes(input, model);
  const result: number[] = [];
  for (let k = 0; k < input.spaces.length; k++) {
    const value = total === -Infinity ? 0 : Math.exp(forward[k + 1] + backward[k + 1] - total);
    result.push(Math.min(1, Math.max(0, value)));
  }
  return result;
}

/**
 * Log-weight of all segmentations of the text into lines of the model's column: how well the
 * column explains where the text's cut words are. Comparable across widths for the same input.
 */
export function logLikelihood(input: BreakInput, model: LineModel): number {
  return passes(input, model, false).total;
}
