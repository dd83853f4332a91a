/**
 * Choosing the column width of a document by how well it explains the text: the width under
 * which the line model (wraps.ts) gives the document's paragraphs the highest likelihood.
 *
 * The comb over gaps between sure line ends (measure.ts) needs several such gaps, which a long
 * paper has and a short page (one or two paragraphs, a few printed lines each) does not. The
 * likelihood uses all the evidence a short page has: every paragraph starts a printed line, so
 * its first line is a column wide less an indent; the spaces that cut words should be line
 * ends; and a narrower column than the true one needs more lines than the text has cut words
 * for, a wider one runs past cut words. It is the same model that later decides each space.
 */
import { LINE_COST, logLikelihood, type BreakInput, type LineModel } from './wraps.js';

/** Narrowest and widest column considered, in em. */
const MIN_COLUMN = 10;
const MAX_COLUMN = 80;
/** At most this many spaces of the document are scored per candidate width (the cost stays flat). */
const MAX_SPACES = 1500;

/** Sum of the log-likelihoods of the inputs under a column of `width`. */
function score(inputs: readonly BreakInput[], width: number, base: Omit<LineModel, 'width'>): number {
  let total = 0;
  for (const input of inputs) {
    const value = logLikelihood(input, { perLine: LINE_COST, ...base, width });
    if (value === -Infinity) return -Infinity;
    total += value;
  }
  return total;
}

/**
 * The most likely column width of the paragraphs (first coarse, every em, then to a tenth),
 * or undefined when they hold no space to judge by. Only the first {@link MAX_SPACES} spaces'
 * worth of paragraphs are scored, so that a long document costs no more than a page.
 */
export function likeliestColumn(inputs: readonly BreakInput[], base: Omit<LineModel, 'width'>): { width: number; score: number } | undefined {
  const used: BreakInput[] = [];
  let spaces = 0;
  for (const input of inputs) {
    if (input.spaces.length === 0) continue;
    if (spaces >= MAX_SPACES) break;
    used.push(input);
    spaces += input.spaces.length;
  }
  if (used.length === 0) return undefined;
  let best = { width: MIN_COLUMN, score: -Infinity };
  for (let width = MIN_COLUMN; width <= MAX_COLUMN; width += 1) {
    const value = score(used, width, base);
    if (value > best.score + 1e-9) best = { width, score: value };
  }
  const coarse = best.width;
  for (let tenth = -9; tenth <= 9; tenth++) {
    const width = Math.round((coarse + tenth / 10) * 10) / 10;
    const value = score(used, width, base);
    if (value > best.score + 1e-9) best = { width, score: value };
  }
  return best;
}
