/**
 * Types shared by the spacing stage: the per-document context and the per-space decision.
 */
import type { Lexicon } from './lexicon.js';
import type { DictionaryWords } from './dictionary.js';
import type { AffixDictionary } from './affix-check.js';

/** A column width found in the document, with how much evidence supports it. */
export interface MeasuredWidth {
  /** Width of a printed line in em (one Hangul syllable). */
  readonly width: number;
  /** Number of gaps between sure line ends that measured this width. */
  readonly support: number;
}

/** Built once per document from all its prose paragraph texts (raw, before repair). */
export interface SpacingContext {
  /** Token and substring counts of the document's prose. */
  readonly lexicon: Lexicon;
  /**
   * Column widths measured from the gaps between sure line ends, most supported first: the
   * body column, then (if the document has them) wider blocks such as full-width footnotes.
   */
  readonly widths: readonly MeasuredWidth[];
  /** Share of parentheses in the prose written without a space before them (0..1). */
  readonly attachedParenShare: number;
  /** Word list of the Korean spelling dictionary, when requested and available. */
  readonly dictionary?: DictionaryWords;
  /** The same dictionary with its inflection (suffix) rules, to check word forms; with `dictionary`. */
  readonly affixes?: AffixDictionary;
}

/** Options for building a context. */
export interface SpacingContextOptions {
  /** Load the Korean dictionary word list (about 0.15 s); default true. */
  readonly dictionary?: boolean;
}

/** The decision about one space of the input text. */
export interface SpacingDecision {
  /** 0-based index of the space in the input text. */
  index: number;
  action: 'keep' | 'remove';
  /** Short permanent code for the deciding rule (see rules.ts for the list). */
  rule: string;
  /** Human-readable evidence a reviewer can check. */
  evidence: string;
}

/** Options for {@link repairSpacing}. */
export interface RepairOptions {
  /**
   * 0-based indices of spaces that were inserted where two source segments were joined (a
   * known printed-line end).
   */
  readonly joins?: readonly number[];
  /**
   * The text is a cell of a table: its column was narrow, so any space may be a printed-line
   * end, and a space with no evidence either way is kept (a cell has no line model to go by).
   */
  readonly cell?: boolean;
}

/** Result of {@link repairSpacing}. */
export interface RepairResult {
  /** The text with the wrap spaces taken out. */
  text: string;
  /** 0-based indices (in the input) of the removed spaces, ascending. */
  removed: number[];
  /** One decision per space of the input, in index order. */
  decisions: SpacingDecision[];
}
