/**
 * Building the per-document spacing context: the lexicon, the measured column widths, the
 * document's habit with parentheses, and (optionally) the dictionary word list.
 */
import { buildLexicon } from './lexicon.js';
import { loadDictionaryWords } from './dictionary.js';
import { loadAffixDictionary } from './affix-check.js';
import { forgetBoundReadings } from './morphemes.js';
import { forgetReadingCosts } from './segment.js';
import { gapsBetween, measureWidths } from './measure.js';
import { LIKELY_PENALTY, pressures } from './evidence.js';
import { likeliestColumn } from './column.js';
import { spaceIndices } from './fragments.js';
import { LINE_SIGMA, LINE_SLACK } from './wraps.js';
import type { SpacingContext, SpacingContextOptions } from './types.js';

/** One-column gaps from which the comb's measurement is trusted over the likelihood's. */
const COMB_TRUSTED = 8;

/** Share of "(" preceded directly by a word character rather than a space. */
export function attachedParenShare(paragraphs: readonly string[]): number {
  let attached = 0;
  let spaced = 0;
  for (const paragraph of paragraphs) {
    for (let i = paragraph.indexOf('('); i >= 0; i = paragraph.indexOf('(', i + 1)) {
      if (i === 0) continue;
      if (paragraph[i - 1] === ' ') spaced++;
      else attached++;
    }
  }
  return attached + spaced === 0 ? 1 : attached / (attached + spaced);
}

/**
 * Build the spacing context of one document from all its prose paragraphs (raw text, before
 * any repair). Synchronous: the dictionary word list is a plain file read (~0.15 s).
 */
export function buildSpacingContext(paragraphs: readonly string[], options: SpacingContextOptions = {}): SpacingContext {
  // The memos of the rules serve one document; a worker that builds thousands keeps only one's worth.
  forgetBoundReadings();
  forgetReadingCosts();
  const sorted = [...paragraphs];
  const lexicon = buildLexicon(sorted);
  // On by default: the word list costs ~0.15 s once and lifts recall of kept spaces markedly.
  const dictionary = (options.dictionary ?? true) ? loadDictionaryWords() : undefined;
  const affixes = dictionary ? loadAffixDictionary() : undefined;
  const base: SpacingContext = {
    lexicon,
    widths: [{ width: 23, support: 0 }],
    attachedParenShare: attachedParenShare(sorted),
    dictionary,
    ...(affixes ? { affixes } : {}),
  };
  const inputs = sorted.map((text) => {
    const spaces = spaceIndices(text);
    return { text, spaces, skipPenalty: pressures(text, spaces, base), startsLine: true };
  });
  const gaps = inputs.map(({ text, spaces, skipPenalty }) => gapsBetween(text, spaces.filter((_, k) => skipPenalty[k] >= LIKELY_PENALTY)));
  const combed = measureWidths(gaps);
  // A long paper has many gaps between sure line ends and the comb measures its column well; a
  // short page has a few at most, and the likelihood of the whole line model decides instead.
  if (combed[0].support >= COMB_TRUSTED) return { ...base, widths: combed };
  const likeliest = likeliestColumn(inputs, { sigma: LINE_SIGMA, slack: LINE_SLACK });
  if (!likeliest) return { ...base, widths: combed };
  const wider = combed.slice(1).filter((w) => w.width > likeliest.width * 2.5);
  return { ...base, widths: [{ width: likeliest.width, support: combed[0].support }, ...wider] };
}

/** Same as {@link buildSpacingContext}, for callers that prefer a promise. */
export async function buildSpacingContextAsync(
  paragraphs: readonly string[],
  options: SpacingContextOptions = {},
): Promise<SpacingContext> {
  return buildSpacingContext(paragraphs, options);
}
