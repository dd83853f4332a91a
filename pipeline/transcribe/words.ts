/**
 * Tokens → words, the unit in which the Korean word-initial rule applies and Hepburn
 * capitalises. Family and given names are separate words (加藤 / 清正); a run of place or other
 * proper-noun tokens is one word, and a following administrative suffix closes it (北九州市,
 * 東京都 / 千代田区).
 */
import { PLACE_SUFFIX_POS, koreanSuffix } from './admin-suffixes.js';
import type { Token } from './tokenizer.js';

/** A word before it is read: its tokens, an optional administrative suffix, or a glossary hit. */
export interface WordPlan<Hit> {
  /** Tokens that carry the word's own reading (for a glossary hit: the tokens it covers). */
  readonly tokens: Token[];
  /** Administrative suffix token (県 市 …), read the Korean way. */
  suffix?: Token;
  /** Glossary entry that reads the tokens, when the lookup knew their surface. */
  readonly hit?: Hit;
}

/** A token or a glossary hit covering consecutive tokens, in text order. */
export type Piece<Hit> = { readonly token: Token } | { readonly tokens: Token[]; readonly hit: Hit };

const PERSON = /^名詞,固有名詞,人名,/;
/** Verbs, adjectives and auxiliaries: a word that can take an ending (書い, 行っ, 寒かろ). */
const INFLECTING = /^(?:動詞|形容詞|助動詞),/;
/** What continues an inflecting word: conjunctive particles (て, で, ば), auxiliaries, dependent verbs. */
const ENDING = /^(?:助詞,接続助詞|助動詞|動詞,(?:非自立|接尾)|形容詞,(?:非自立|接尾)),/;
const PREFIX = /^接頭詞,/;
const PROPER = /^名詞,固有名詞,/;
const SUFFIX = /^名詞,接尾,/;

/**
 * True for whitespace, and for punctuation the dictionary knows: they end a word and are
 * dropped. (kuromoji returns an ASCII space as an unknown 記号,空白 token.)
 */
export function isBoundary(token: Token): boolean {
  return /^\s+$/u.test(token.surface) || (token.known && token.pos.startsWith('記号,'));
}

/**
 * Group pieces into word plans. Unknown tokens (no reading; kuromoji tags some of them 記号)
 * stay as words of their own so that nothing the author wrote disappears.
 */
export function planWords<Hit>(pieces: readonly Piece<Hit>[]): WordPlan<Hit>[] {
  const plans: WordPlan<Hit>[] = [];
  // What the last plan still accepts: more place tokens (a run), or an administrative suffix.
  let open: { plan: WordPlan<Hit>; run: boolean; suffix: boolean; inflecting?: boolean; prefix?: boolean } | undefined;
  const start = (plan: WordPlan<Hit>, run: boolean, suffix: boolean, flags: { inflecting?: boolean; prefix?: boolean } = {}) => {
    plans.push(plan);
    open = { plan, run, suffix, ...flags };
  };
  for (const piece of pieces) {
    if ('hit' in piece) {
      start({ tokens: [...piece.tokens], hit: piece.hit }, false, true);
      continue;
    }
    const { token } = piece;
    if (isBoundary(token)) open = undefined;
    else if (open?.inflecting && !open.plan.hit && ENDING.test(token.pos)) {
      // An inflected word stays whole (書いて Kaite / 가이테, 行って Itte / 잇테): its ending is no
      // word of its own and takes no word-initial consonant.
      open.plan.tokens.push(token);
    } else if (open?.prefix && !open.plan.hit && !PERSON.test(token.pos)) {
      // A prefix (お of おぎはら, 大 of 大規模) belongs to the word it opens.
      open.plan.tokens.push(token);
      open.prefix = false;
      open.run = PROPER.test(token.pos);
      open.inflecting = INFLECTING.test(token.pos);
    }
    else if (token.pos.startsWith(PLACE_SUFFIX_POS) && koreanSuffix(token.surface) !== undefined && open?.suffix) {
      open.plan.suffix = token;
      open = undefined; // 東京都千代田区: the suffix ends 東京都, 千代田 starts a new word
    } else if (SUFFIX.test(token.pos) && open && !open.plan.hit) {
      open.plan.tokens.push(token); // other suffixes (島 トウ, 馬 バ) read as Japanese with their word
      open.run = false;
    } else if (PERSON.test(token.pos)) start({ tokens: [token] }, false, true);
    else if (PROPER.test(token.pos) && open?.run) open.plan.tokens.push(token);
    else if (PROPER.test(token.pos)) start({ tokens: [token] }, true, true);
    else start({ tokens: [token] }, false, !token.known, { inflecting: INFLECTING.test(token.pos), prefix: PREFIX.test(token.pos) });
  }
  return plans;
}
