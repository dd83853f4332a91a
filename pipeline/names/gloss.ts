/**
 * Tell a hanja gloss of a Korean word (장인형(匠人型), 신생(新生), 지(知)) from a Japanese name
 * or term (홋카이도(北海道), 산치(産地)).
 *
 * The signal is the sound of the Hangul before the parenthesis: a gloss spells the Sino-Korean
 * reading of its hanja (匠人型 → 장인형), a Japanese name resembles its Japanese reading (産地
 * サンチ → 산치, not 산지). Where the two readings sound alike (知: 지 either way) a gloss is
 * still the likelier case, unless something says "proper name": kana in the run, a glossary
 * entry, or a person or place token. (An organisation tag does not count: IPADIC tags 新生 as
 * one.) A Japanese place written in its customary Korean reading (동경(東京)) thus stays a name.
 */

/** The inputs of the decision. */
export interface GlossInput {
  /** The Japanese run as written. */
  readonly text: string;
  /** The author's Hangul before the parenthesis; a run without one is never a gloss. */
  readonly written?: string;
  /** Sino-Korean reading of the run, when every character has one. */
  readonly sinoKorean?: string;
  /** The Japanese reading in standard Korean spelling. */
  readonly japanese: string;
  /** The run has kana, a glossary entry, or a person or place token. */
  readonly properName: boolean;
  /** Similarity function for two Hangul strings, in [0, 1]. */
  readonly similarity: (a: string, b: string) => number;
}

/** How close the Hangul must be to the Sino-Korean reading to count as a gloss. */
export const GLOSS_THRESHOLD = 0.75;

/** The decision with the two scores behind it. */
export interface GlossDecision {
  readonly gloss: boolean;
  /** Similarity of the written Hangul to the Sino-Korean reading (0 without one). */
  readonly toSinoKorean: number;
  /** Similarity of the written Hangul to the Japanese reading in Hangul. */
  readonly toJapanese: number;
}

/** Decide whether a parenthesised run is a hanja gloss. */
export function decideGloss(input: GlossInput): GlossDecision {
  const { written, sinoKorean } = input;
  if (!written || sinoKorean === undefined || !/^[\p{Script=Han}・･∙·]+$/u.test(input.text)) {
    return { gloss: false, toSinoKorean: 0, toJapanese: written ? input.similarity(written, input.japanese) : 0 };
  }
  const toSinoKorean = input.similarity(written, sinoKorean);
  const toJapanese = input.similarity(written, input.japanese);
  const gloss = !input.properName && toSinoKorean >= GLOSS_THRESHOLD && toSinoKorean >= toJapanese;
  return { gloss, toSinoKorean, toJapanese };
}
