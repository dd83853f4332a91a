/**
 * repairSpacing: decide every space of a text, remove the ones a printed-line end put inside
 * a word, and record why.
 */
import { spaceIndices } from './fragments.js';
import { LIKELY_PENALTY, pressures } from './evidence.js';
import { gapsBetween, pickWidth } from './measure.js';
import { verdictsAt } from './verdicts.js';
import { breakProbabilities, LINE_SIGMA, LINE_SLACK, type LineModel } from './wraps.js';
import type { RepairOptions, RepairResult, SpacingContext, SpacingDecision } from './types.js';

/** A space is treated as a printed-line end from this probability on. */
export const WRAP_THRESHOLD = 0.5;

/**
 * Remove the spaces that printed-line wraps inserted inside words.
 *
 * Every U+0020 of `text` gets exactly one decision; no other character is changed. `joins`
 * are spaces known to be line ends (where the caller joined two source segments). The result
 * is deterministic for a given text, context and options.
 */
export function repairSpacing(text: string, context: SpacingContext, options: RepairOptions = {}): RepairResult {
  const spaces = spaceIndices(text);
  const joins = new Set((options.joins ?? []).filter((index) => text[index] === ' '));
  // A table cell has no printed lines to model: every space is judged as a possible wrap.
  const lines = options.cell === true ? undefined : lineModel(text, spaces, joins, context);

  const decisions: SpacingDecision[] = spaces.map((index, k) => {
    const isJoin = joins.has(index);
    const atWrap = isJoin || !lines || lines.probability[k] >= WRAP_THRESHOLD;
    const where = isJoin ? 'segment join' : lines ? `line end p=${lines.probability[k].toFixed(2)} (column ${lines.width.toFixed(1)} em)` : 'table cell';
    const found = verdictsAt(text, index, context).first(atWrap);
    if (found) {
      const { rule, verdict } = found;
      const evidence = rule.scope === 'wrap' ? `${verdict.evidence}; ${where}` : verdict.evidence;
      return { index, action: verdict.action, rule: verdict.rule, evidence };
    }
    if (options.cell) {
      return { index, action: 'keep', rule: 'cell-default', evidence: 'a table cell: nothing marks this space as a cut word' };
    }
    if (atWrap) {
      return {
        index,
        action: 'remove',
        rule: isJoin ? 'join-default' : 'wrap-default',
        evidence: `${where}; most line ends fall inside a word and nothing marks a word boundary here`,
      };
    }
    return { index, action: 'keep', rule: 'not-at-wrap', evidence: where };
  });

  const removed = decisions.filter((d) => d.action === 'remove').map((d) => d.index);
  // Slices between the removed spaces, joined once: linear in the text however many go.
  const pieces: string[] = [];
  let from = 0;
  for (const index of removed) {
    pieces.push(text.slice(from, index));
    from = index + 1;
  }
  pieces.push(text.slice(from));
  return { text: pieces.join(''), removed, decisions };
}

/** Where the printed lines of `text` probably ended: the column width and each space's probability of being a line end. */
function lineModel(text: string, spaces: readonly number[], joins: ReadonlySet<number>, context: SpacingContext): { width: number; probability: number[] } {
  const pressure = pressures(text, spaces, context);
  const sure = spaces.filter((index, k) => pressure[k] >= LIKELY_PENALTY && !joins.has(index));
  const width = pickWidth(gapsBetween(text, sure), context.widths);
  const model: LineModel = { width, sigma: LINE_SIGMA, slack: LINE_SLACK };
  return { width, probability: breakProbabilities({ text, spaces, skipPenalty: pressure, forced: joins, startsLine: true }, model) };
}
