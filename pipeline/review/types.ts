/**
 * What the review page's script reads: the data the build embeds in review.html as JSON.
 * Shared by the build (data.ts) and the browser code (client/); types only.
 */

/** The report's languages, which the page can switch between. */
export type ReviewLanguage = 'ko' | 'en' | 'ja';

/** One occurrence of a finding, placed in the edition. */
export interface ReviewOccurrence {
  readonly occurrenceId: string;
  /** The text as the edition shows it (what a translator replaces). */
  readonly text: string;
  /** The sentence around it (from the report's `context`). */
  readonly context: string;
  /** 1-based line and column in edition.md. */
  readonly line: number;
  readonly column: number;
  /** 1-based line in the source, for reference. */
  readonly sourceLine: number;
  /** The printed page, when the source had page markers. */
  readonly page?: number;
  /** False when the occurrence could not be marked in the edition's text. */
  readonly marked: boolean;
  /** The form to write here, when the report gives one for this place. */
  readonly expected?: string;
}

/** One actionable finding as the page lists it. */
export interface ReviewFinding {
  readonly findingId: string;
  readonly ruleId: string;
  /** The stage that reports the rule (pipeline/rules.ts): `tables` for the tables' checks. */
  readonly stage: string;
  readonly severity: 'error' | 'warning' | 'info';
  /** The glossary entry the finding is about, or null. */
  readonly entry: string | null;
  /** Other entries concerned (ambiguous names). */
  readonly ids: readonly string[];
  readonly ja: string | null;
  readonly expected: string | null;
  readonly found: readonly string[];
  /** Class of deviation (the report's `deviation`), or null. */
  readonly deviation: string | null;
  /** Deviation kinds, when the report names them. */
  readonly kinds: readonly string[];
  /** The finding's sentence in each language. */
  readonly message: Readonly<Record<ReviewLanguage, string>>;
  /** The source word of a loanword finding (bridge for 브릿지). */
  readonly origin?: string;
  /** What decided the finding, as the report says it. */
  readonly note?: string;
  readonly occurrences: readonly ReviewOccurrence[];
}

/** A glossary entry as the page's card shows it. */
export interface ReviewCard {
  readonly id: string;
  readonly kind: string;
  readonly ja: string;
  readonly reading: string;
  readonly romaji: string;
  readonly ko: string;
  readonly accepted: readonly string[];
  readonly notes?: string;
  readonly sources: readonly string[];
}

/** Everything the page's script needs. */
export interface ReviewData {
  /** The document id (decisions are kept in the browser under it). */
  readonly document: string;
  readonly title: string;
  /** The language the page opens in (the build's). */
  readonly lang: ReviewLanguage;
  readonly findings: readonly ReviewFinding[];
  /** Glossary cards by entry id, for the entries the findings name. */
  readonly cards: Readonly<Record<string, ReviewCard>>;
  /** How many findings consistency.json holds in all (actionable or not). */
  readonly reported: number;
  /** Short names of the findings' rules, in each language. */
  readonly ruleNames: Readonly<Record<ReviewLanguage, Readonly<Record<string, string>>>>;
}

/** The id of the element that holds the data's JSON in the page. */
export const DATA_ELEMENT_ID = 'kaikyo-review-data';
