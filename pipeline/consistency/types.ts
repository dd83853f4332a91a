/**
 * What the consistency stage hands out: findings (one per name and problem, every occurrence
 * listed) and suppressions. The finding shape is shared with other stages (the tables stage
 * appends its own findings to the same list), so the glossary fields may be null.
 * schemas/consistency.schema.json describes the same shape for consistency.json.
 */
import type { Severity } from '../rules.js';
import type { GlossaryEntryData } from '../glossary/schema.js';

/** One place where a finding shows, in the normalised source. */
export interface Occurrence {
  /** 1-based line. */
  readonly line: number;
  /** 1-based column, in UTF-16 units. */
  readonly column: number;
  /** The text at that place as it stands in the source (spaces and line breaks the author's). */
  readonly text: string;
  /** 0-based UTF-16 offset of `text` in the normalised source, when known. */
  readonly offset?: number;
  /** The glossary entry this occurrence was attributed to, when it differs by occurrence. */
  readonly entry?: string;
  /**
   * Set when the characters were restored by a correction and are not in the source: `text` is
   * the restored name and line/column the place it was restored at.
   */
  readonly restored?: true;
  /**
   * Stable id (finalize.ts): a digest of the rule, the entry, the occurrence's text and its
   * context, with an ordinal among identical ones. No line numbers, so a decision about it
   * survives an unrelated edit.
   */
  readonly occurrenceId?: string;
  /** Its place in edition.md (1-based line/column, 0-based offset); null when it is not in the edition's text. */
  readonly edition?: EditionPlace | null;
  /** The sentence around it in the edition (or the source line when it is not in the edition). */
  readonly context?: string;
}

/** A place in edition.md: 1-based line and column (UTF-16 units), 0-based offset. */
export interface EditionPlace {
  readonly line: number;
  readonly column: number;
  readonly offset: number;
}

/**
 * How a Korean form deviates from the standard, named by aligning its syllables with the
 * standard's (shared/reference/ja-ko-transcription.md §1, "kinds of deviation").
 */
export type DeviationKind =
  | 'initial-aspiration'
  | 'medial-unaspirated'
  | 'long-vowel-written'
  | 'y-glide'
  | 'tsu-spelling'
  | 'tense-consonant'
  | 'sokuon-assimilated'
  | 'n-assimilated'
  | 'partial-form'
  /** The name part follows the reading, but the rest of the form is worded differently (브릿지 for 브리지, words left out). */
  | 'wording';

/** A glossary entry proposed for a name the glossary does not know: the YAML fields it fills. */
export type SuggestedEntry = Readonly<
  Pick<GlossaryEntryData, 'id' | 'kind' | 'ja' | 'variants' | 'reading' | 'pronunciation' | 'romaji' | 'ko' | 'nonstandard' | 'notes' | 'sources' | 'examples'>
>;

/** One finding: a rule, the name it is about, what was expected and found, and where. */
export interface Finding {
  /** A permanent rule id (CONSISTENCY_RULES or another stage's registry). */
  readonly ruleId: string;
  readonly severity: Severity;
  /** The glossary id, or null when the finding is not about a glossary entry. */
  readonly id: string | null;
  /** The Japanese form (modern), or null. */
  readonly ja: string | null;
  /** The standard Korean form, or null. */
  readonly expected: string | null;
  /** The forms seen, each once, in order of first occurrence. */
  readonly found: readonly string[];
  /** Every occurrence, sorted by position. */
  readonly occurrences: readonly Occurrence[];
  /** The document path the occurrences belong to (set when findings of several documents are merged). */
  readonly file?: string;
  /** Deviation kinds, for nonstandard-rendering. */
  readonly kinds?: readonly DeviationKind[];
  /** The name's reading in katakana, where it explains the finding. */
  readonly reading?: string;
  /** Other glossary ids concerned (entries sharing the form, for ambiguous-name and groups). */
  readonly ids?: readonly string[];
  /** A proposed glossary entry, for unknown-name. */
  readonly suggestion?: SuggestedEntry;
  /** A sentence for humans about what decided the finding (English; labels are translated, this is not). */
  readonly note?: string;
  /** Structured arguments of another stage's message template (the tables stage's), for rendering `message`. */
  readonly args?: Readonly<Record<string, string | number | boolean | null>>;
  /** Stable id (finalize.ts): a digest of the rule, the entry id(s) and the occurrence texts; never of places. */
  readonly findingId?: string;
  /** False for confirmations (a table that agrees with the text) and duplicates: kept in the JSON, left out of the report and `check`. */
  readonly actionable?: boolean;
  /** The findingId of the finding that already reports the same thing, or null. */
  readonly duplicateOf?: string | null;
  /** The finding as a sentence in the build's language. */
  readonly message?: string;
  /** The class of deviation for a find-and-replace view (kinds joined by '+', 'loanword', 'reading'), or null. */
  readonly deviation?: string | null;
}

/** What a reviewer decided about a finding: it is right as written, or the check is wrong. */
export type DecisionStatus = 'accepted' | 'false-positive';

/**
 * A reasoned decision from glossary/suppressions.yaml: about one occurrence (occurrenceId), one
 * finding (findingId), one name (id or form, optionally of one rule) or a whole rule.
 */
export interface Suppression {
  /** The rule the decision is for; alone, the whole rule. */
  readonly rule?: string;
  /** One occurrence, by its occurrenceId. */
  readonly occurrenceId?: string;
  /** One finding, by its findingId. */
  readonly findingId?: string;
  /** The glossary id (the name) it concerns. */
  readonly id?: string;
  /** The Korean or Japanese form it concerns. */
  readonly form?: string;
  /** accepted (default) or false-positive. */
  readonly status?: DecisionStatus;
  /** Why the finding is not a problem: required, shown in reviews. */
  readonly reason: string;
  /** 1-based line of the suppression in its file, for messages. */
  readonly line?: number;
}
