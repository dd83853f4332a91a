/**
 * Building the per-document spacing context: the lexicon, the measured column widths, the
 * document's habit with parentheses, and (optionally) the dictionary word list.
 */
import { buildLexicon } from './lexicon.js';
import { loadDictionaryWords } from './dictionary.js';
import { forgetBoundReadings } from './morphemes.js';
import { forgetReadingCosts } from './segment.js';
import { gapsBetween, measureWidths } from './measure.js';
import { sureLineEnds } from './evidence.js';
import type { SpacingContext, SpacingContextOptions } from './types.js';

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
  const base: SpacingContext = {
    lexicon,
    widths: [{ width: 23, support: 0 }],
    attachedParenShare: attachedParenShare(sorted),
    dictionary,
  };
  const gaps = sorted.map((paragraph) => gapsBetween(paragraph, sureLineEnds(paragraph, base)));
  return { ...base, widths: measureWidths(gaps) };
}

/** Same as {@link buildSpacingContext}, for callers that prefer a promise. */
export async function buildSpacingContextAsync(
  paragraphs: readonly string[],
  options: SpacingContextOptions = {},
): Promise<SpacingContext> {
  return buildSpacingContext(paragraphs, options);
}
