/**
 * The spacing rules, in the order they are tried. Each rule looks at one space and either
 * decides it (keep or remove, with evidence a reviewer can check) or passes.
 *
 * Scope: an 'anywhere' rule decides a space wherever it is, because the pattern cannot occur
 * at a real word boundary (a particle standing alone, a digit cut from its counter). A 'wrap'
 * rule decides only spaces that the line model places at a printed-line end; every other
 * space is kept. Rule ids are permanent; {@link RULE_IDS} lists them all.
 */
import { AFFIX_MAX, countOccurrences, countInText, type Lexicon } from './lexicon.js';
import { analyseBound, MAX_BOUND, endsInParticleOrEnding, inflectedEnding } from './morphemes.js';
import { compareReadings, FREE_SYLLABLES } from './segment.js';
import { fragmentsAt, type SpaceFragments } from './fragments.js';
import type { SpacingContext } from './types.js';

/** Everything a rule may look at. */
export interface RuleInput {
  readonly text: string;
  readonly fragments: SpaceFragments;
  readonly context: SpacingContext;
}

/** A rule's decision. */
export interface Verdict {
  readonly action: 'keep' | 'remove';
  readonly rule: string;
  readonly evidence: string;
}

/** One rule. */
export interface SpacingRule {
  readonly id: string;
  readonly scope: 'anywhere' | 'wrap';
  /** What the rule decides and why, for the README and for reviewers. */
  readonly description: string;
  readonly apply: (input: RuleInput) => Verdict | null;
}

const CLOSING = new Set([')', ']', ',', '.', ';', ':', '!', '?', '%', '’', '”', '」', '』', '〕', '>']);
const OPENING = new Set(['(', '[', '‘', '“', '「', '『', '〔', '<']);
const JOINING = new Set(['∙', '·', '・', '-', '/', '~']);
/** Counters and units that follow a number without a space ("5년", "353억", "100마일"). */
const UNITS = ['년', '월', '일', '개', '억', '만', '천', '원', '명', '회', '차', '배', '세', '호', '번', '분', '위', '대', '주', '건', '곳', '마일', '시간', '퍼센트', '단계', '층'];
/** ASCII and full-width digits; circled numbers (①) are list labels, not quantities. */
const DIGIT = /[0-9０-９]$/;
/** Circled and parenthesised list numbers (①, ⑵, ❶): labels that stand apart. */
const LIST_LABEL = /^[\u2460-\u24ff\u2776-\u2793]+$/u;
const DIGIT_START = /^[0-9０-９]/;
const LATIN_END = /[A-Za-z]$/;
const LATIN_START = /^[A-Za-z]/;

/**
 * A token that is only a list marker, dash, colon or arrow ("-", "❍", "1)", "①", ":"; not a
 * middle dot or tilde, which a lone extraction space often cuts from the words it binds): set
 * apart from its neighbours by the author, never a piece of a word cut by a line end.
 */
const LONE_MARK = /^(?:[-–—:=→❍○●•◦■□▪▫◆◇※]|[0-9]{1,2}[).]|\([0-9]{1,2}\)|[\u2460-\u24ff\u2776-\u2793])$/u;
/** An ellipsis that a contents line or a quotation sets apart ("··· 1"). */
const ELLIPSIS = /^(?:···|…|⋯)/u;
const ELLIPSIS_END = /(?:···|…|⋯)$/u;
/** Closing marks a particle attaches to ("(東京都)와", "20%를", "‘…’으로"). */
const CLOSE_ATTACH = new Set([')', ']', '%', '’', '”', '」', '』', '>', '〕']);
/** Demonstratives, counters and conjunctions that form a dictionary word with almost anything. */
const DETERMINERS = new Set(['이', '그', '저', '각', '두', '세', '네', '몇', '및', '등', '약', '또', '즉', '더', '총']);

/** Particles and endings that do not occur inside a word (과/와 do: 결과, 효과). */
const CLOSING_ENDINGS = ['에서', '으로', '에게', '을', '를', '는', '은', '의', '인', '한', '된'];

const last = (s: string): string => s.slice(-1);
const first = (s: string): string => s.slice(0, 1);
const quote = (s: string): string => `"${s}"`;

/** Joined and separated counts of the two fragments elsewhere in the document. */
export function joinCounts(text: string, fragments: SpaceFragments, lexicon: Lexicon): { joined: number; apart: number } {
  const { leftCore } = fragments;
  // Compare without the particle on the right: "산업 공동화에는" is judged by "산업공동화".
  const rightCore = stemOf(fragments.rightCore);
  const joinedForm = leftCore + rightCore;
  const apartForm = `${leftCore} ${rightCore}`;
  // The joined spelling cannot match at this space (there is a space), so every hit is
  // another place; the apart spelling matches here once, which is not evidence.
  // The text is normally one of the lexicon's paragraphs, whose count then covers it; counting
  // in the text itself is only needed when it is not (a table cell).
  const inText = (form: string): number => (lexicon.paragraphs.has(text) ? 0 : countInText(text, form));
  const joined = Math.max(countOccurrences(lexicon, joinedForm), inText(joinedForm));
  const apart = Math.max(0, Math.max(countOccurrences(lexicon, apartForm), inText(apartForm)) - 1);
  return { joined, apart };
}

/**
 * True when the right fragment is itself the first half of a word cut at the *next* space
 * ("다 른" in "약화이고 다 른"): then it is not a particle, whatever it looks like.
 */
export function continuesIntoNext(text: string, fragments: SpaceFragments, context: SpacingContext): boolean {
  const after = fragments.index + 1 + fragments.right.length;
  if (text[after] !== ' ' || fragments.rightCore !== fragments.right) return false;
  const next = fragmentsAt(text, after);
  if (!next.rightCore) return false;
  // "의 미한다" → "의미" occurs elsewhere; the next fragment's particle is left out.
  if (countOccurrences(context.lexicon, fragments.rightCore + stemOf(next.rightCore)) > 0) return true;
  // "보조가 이 뤄지는" → "이뤄지는" is a word form of the dictionary, so 이 is no particle here.
  const affixes = context.affixes;
  return !!affixes && next.rightHangul === next.rightCore && fragments.rightHangul.length + next.rightHangul.length <= 12 && affixes.check(fragments.rightHangul + next.rightHangul);
}

/** Strip a bound tail ("전략의" → "전략") so that a word start can be looked up. */
export function stemOf(core: string): string {
  // A bound tail is at most MAX_BOUND long, so only the last cuts can find one.
  for (let cut = Math.max(1, core.length - MAX_BOUND); cut < core.length; cut++) {
    if (analyseBound(core.slice(cut))) return core.slice(0, cut);
  }
  return core;
}

function isFreeWord(piece: string, counts: ReadonlyMap<string, number>): boolean {
  if (piece.length === 1) return FREE_SYLLABLES.has(piece) && (counts.get(piece) ?? 0) >= 2;
  return (counts.get(piece) ?? 0) >= 2;
}

/**
 * One-syllable words that stand alone before a space often enough that a lone syllable is never
 * joined to the next word on the dictionary's say-so: the free syllables of the readings plus
 * nouns, counters and adnominals that this kind of prose uses alone.
 */
const STANDALONE_SYLLABLES: ReadonlySet<string> = new Set([
  ...FREE_SYLLABLES,
  '둔', '틀', '해', '팀', '홈', '엔', '단', '쥐', '뇌', '돈', '땅', '물', '불', '말', '몸', '손', '눈', '길', '집', '법', '값', '힘', '빛',
  '책', '표', '차', '장', '점', '면', '층', '번', '개', '명', '권', '곳', '쪽', '측', '건', '년', '월', '날', '밖', '속', '위', '앞', '옆', '곁',
  '든', '갈', '올', '줄', '바', '뿐', '채', '척', '듯', '만', '적', '양', '터', '식', '급', '별', '당', '대', '소', '고', '저', '신', '구',
]);

/** True when a lone syllable on the left can be read as a word only across the space. */
function unreadableApart(f: SpaceFragments, context: SpacingContext): boolean {
  // Only a lone syllable on the left is this suspicious; longer fragments keep the lexicon's word.
  if (!context.dictionary || f.leftHangul.length !== 1 || !f.rightHangul || f.leftHangul !== f.leftCore) return false;
  if (STANDALONE_SYLLABLES.has(f.leftHangul) || analyseBound(f.leftHangul)) return false;
  const readings = compareReadings(f.leftHangul, f.rightHangul, context.dictionary);
  return readings.apart === Infinity && readings.across !== Infinity;
}

/** Particles that close a word so that no other particle can follow them. */
const CLOSED_BY = ['에서', '으로', '을', '를', '의', '에', '는', '은', '와', '과', '며', '면', '만'];

/**
 * True when `left` ends in one of those particles after a dictionary word ("창성사업은": 사업 +
 * 은), and not in a noun that happens to end in the same syllable ("비용절감효과": no word ends
 * right before its 과, so 과 belongs to 효과).
 */
function closedByParticle(left: string, context: SpacingContext): boolean {
  const end = CLOSED_BY.find((particle) => left.endsWith(particle) && left.length > particle.length);
  const words = context.dictionary?.words;
  if (!end || !words) return false;
  const stem = left.slice(0, -end.length);
  for (let k = 2; k <= Math.min(stem.length, 4); k++) if (words.has(stem.slice(-k))) return true;
  return false;
}

/**
 * Adnominal forms of the verbs Korean uses as postpositions (관하다, 대하다, 위하다, 의하다,
 * 통하다, 따르다, 인하다): a noun must follow them, never a particle ("관한 보다 자세한"). The
 * dictionary cannot tell them from homographs (대한 大韓), so they are listed.
 */
const ADNOMINAL_FORMS = ['관한', '대한', '위한', '의한', '통한', '따른', '인한', '관련된', '관련한'];

/** True when `left` ends in one of those adnominal forms. */
function adnominalForm(left: string): boolean {
  return ADNOMINAL_FORMS.some((form) => left.endsWith(form));
}

/**
 * Conjunctions and sentence adverbs that are always words of their own: no Korean word begins
 * with them, so a line end after one is a real space.
 */
const FREE_STANDING = new Set(['및', '또는', '혹은', '그리고', '그러나', '하지만', '따라서', '또한', '그러므로', '게다가']);

/**
 * What the spelling dictionary with its inflection rules says about the two fragments: both
 * Hangul runs must be the whole word part of their side, or the check would judge half a word.
 * Each answer is asked only when a rule needs it (a check that misses costs ~50 µs).
 */
function inflectionCheck(f: SpaceFragments, context: SpacingContext): { readonly joined: boolean; readonly leftOk: boolean; readonly rightOk: boolean } | undefined {
  const affixes = context.affixes;
  if (!affixes || !f.leftHangul || !f.rightHangul || f.leftHangul !== f.leftCore || f.rightHangul !== f.rightCore) return undefined;
  // Long runs are compounds or glued words, which the dictionary does not know either way.
  if (f.leftHangul.length + f.rightHangul.length > 12) return undefined;
  return {
    get joined() {
      return affixes.check(f.leftHangul + f.rightHangul);
    },
    get leftOk() {
      return affixes.check(f.leftHangul);
    },
    get rightOk() {
      return affixes.check(f.rightHangul);
    },
  };
}

/** The rules, tried in this order. */
export const RULES: readonly SpacingRule[] = [
  {
    id: 'lone-mark',
    scope: 'anywhere',
    description: 'A list marker or a dash, colon or ellipsis standing alone between spaces ("- 농업", "예상 - 통계청", "입력 : AJ", "··· 1") is set apart by the author: a line never starts with it, and a marker is never glued to its item.',
    apply: ({ fragments: f }) => {
      if (ELLIPSIS_END.test(f.left) && f.rightCore) return { action: 'keep', rule: 'lone-mark', evidence: `${quote(f.left)} ends in an ellipsis, set apart from what follows` };
      if (LONE_MARK.test(f.left) && f.rightCore) return { action: 'keep', rule: 'lone-mark', evidence: `${quote(f.left)} stands alone before the words it marks` };
      if (LONE_MARK.test(f.right) || ELLIPSIS.test(f.right)) return { action: 'keep', rule: 'lone-mark', evidence: `${quote(f.right)} stands apart from the word before it` };
      return null;
    },
  },
  {
    id: 'digit-unit',
    scope: 'anywhere',
    description: 'A number is never spaced from its counter or unit ("5 년" → "5년").',
    apply: ({ fragments: f }) => {
      if (!DIGIT.test(f.leftCore) || f.rightHangul !== f.rightCore) return null;
      const unit = UNITS.find((u) => f.rightHangul.startsWith(u));
      return unit
        ? { action: 'remove', rule: 'digit-unit', evidence: `${quote(f.leftCore)} is a number and ${quote(unit)} a counter` }
        : null;
    },
  },
  {
    id: 'particle-start',
    scope: 'anywhere',
    description: 'The fragment after the space is only a particle, ending or suffix, which never begins a word.',
    apply: ({ text, fragments: f, context }) => {
      if ((!f.leftCore && !CLOSE_ATTACH.has(last(f.left))) || f.rightHangul !== f.rightCore) return null;
      const bound = analyseBound(f.rightHangul);
      if (!bound || bound.strength !== 'strong' || bound.kind === 'verb') return null;
      // After a closing mark only a particle attaches ("1991) 을"), not an ending or a suffix.
      if (!f.leftCore && bound.kind !== 'particle') return null;
      if (continuesIntoNext(text, f, context)) return null;
      return {
        action: 'remove',
        rule: 'particle-start',
        evidence: `${quote(f.rightHangul)} is a ${bound.kind} (${bound.morphemes.join('+')}) and cannot begin a word`,
      };
    },
  },
  {
    id: 'ending-across',
    scope: 'anywhere',
    description: 'A lone syllable before a comma or period completes a particle or ending begun on the left ("강조함으로 써," → 으로써, "평가하였는 데," → 는데).',
    apply: ({ fragments: f }) => {
      if (!/^\p{Script=Hangul}[,.]$/u.test(f.right) || f.left !== f.leftCore || f.leftHangul.length < 2) return null;
      for (const k of [2, 1]) {
        const tail = f.leftHangul.slice(-k);
        const bound = analyseBound(tail + f.rightHangul);
        if (bound && bound.strength === 'strong' && (bound.kind === 'particle' || bound.kind === 'ending')) {
          return { action: 'remove', rule: 'ending-across', evidence: `${quote(tail + f.rightHangul)} is a ${bound.kind} cut in two before ${quote(f.right.slice(-1))}` };
        }
      }
      return null;
    },
  },
  {
    id: 'orphan-syllable',
    scope: 'anywhere',
    description: 'A lone syllable that is no word of its own, where the dictionary reads a word across the space and cannot read the two sides apart ("활 발하게", "재 산권의").',
    apply: ({ fragments: f, context }) => {
      if (f.left !== f.leftCore || f.leftHangul.length !== 1 || f.leftCore !== f.leftHangul || !f.rightHangul) return null;
      // A particle or ending alone ("일본 의 국가적") belongs to the word before it, not after.
      if (STANDALONE_SYLLABLES.has(f.leftHangul) || analyseBound(f.leftHangul) || !context.dictionary) return null;
      const readings = compareReadings(f.leftHangul, f.rightHangul, context.dictionary);
      if (readings.apart !== Infinity || readings.across === Infinity || !readings.acrossWord) return null;
      return { action: 'remove', rule: 'orphan-syllable', evidence: `${quote(f.leftHangul)} is no word alone and dictionary word ${quote(readings.acrossWord)} spans the space` };
    },
  },
  {
    id: 'inflection-orphan',
    scope: 'anywhere',
    description: 'A lone syllable before a fragment that is no word form alone, where the two joined are one ("시 사점으로서": 사점으로서 ✗, 시사점으로서 ✓), wherever the line ended.',
    apply: ({ fragments: f, context }) => {
      if (f.leftHangul.length !== 1 || f.rightHangul.length < 2 || DETERMINERS.has(f.leftHangul)) return null;
      const check = inflectionCheck(f, context);
      if (!check?.joined || check.rightOk) return null;
      return { action: 'remove', rule: 'inflection-orphan', evidence: `${quote(f.leftHangul + f.rightHangul)} is a word form and ${quote(f.rightHangul)} alone is not (Hunspell rules of dictionary-ko)` };
    },
  },
  {
    id: 'lexicon-orphan',
    scope: 'anywhere',
    description: 'A lone syllable on either side, where the document begins three or more other words with the two joined and never spaces them ("일 본" beside 일본, 일본의, 일본은).',
    apply: ({ text, fragments: f, context }) => {
      if (!f.leftHangul || !f.rightHangul || f.leftHangul !== f.leftCore || f.rightHangul !== f.rightCore) return null;
      if (f.leftHangul.length !== 1 && f.rightHangul.length !== 1) return null;
      if (DETERMINERS.has(f.leftHangul)) return null;
      const joined = f.leftHangul + stemOf(f.rightHangul);
      if (joined.length > AFFIX_MAX || joined.length < 2) return null;
      const begins = context.lexicon.starts.get(joined) ?? 0;
      const { apart } = joinCounts(text, f, context.lexicon);
      if (begins < 3 || apart > 0) return null;
      return { action: 'remove', rule: 'lexicon-orphan', evidence: `${begins} words of the document begin with ${quote(joined)} and it is never spaced` };
    },
  },
  {
    id: 'han-joined',
    scope: 'anywhere',
    description: 'Hanja on both sides ("廣 島") whose joined spelling the document uses and never spaces: Korean prose writes a hanja word or gloss without spaces inside it, so wherever the line model puts the space it was a line end.',
    apply: ({ text, fragments: f, context }) => {
      if (!f.leftCore || !f.rightCore || f.leftHangul || f.rightHangul) return null;
      if (!HAN_END.test(f.leftCore) || !HAN_START.test(f.rightCore)) return null;
      const { joined, apart } = joinCounts(text, f, context.lexicon);
      if (joined === 0 || apart > 0) return null;
      return { action: 'remove', rule: 'han-joined', evidence: `${quote(f.leftCore + f.rightCore)} occurs ${joined} time(s) unbroken and never spaced, and hanja are not spaced inside a word` };
    },
  },
  {
    id: 'punct-left',
    scope: 'wrap',
    description: 'The fragment before the space ends in closing punctuation: a real word boundary.',
    apply: ({ fragments: f }) => {
      const ch = last(f.left);
      // "(大阪府) ∙고베시": the middle dot binds, whatever closes before it.
      if (JOINING.has(first(f.right))) return null;
      if (ch && !f.leftCore && CLOSING.has(ch)) {
        return { action: 'keep', rule: 'punct-left', evidence: `${quote(f.left)} ends in ${quote(ch)}` };
      }
      // "(東京都)와 이바라기": a particle right after a closing mark completes the word.
      const before = f.left.slice(0, f.left.length - f.leftHangul.length);
      if (f.leftHangul && CLOSING.has(last(before)) && analyseBound(f.leftHangul)) {
        return { action: 'keep', rule: 'punct-left', evidence: `${quote(f.left)} ends in a particle after ${quote(last(before))}` };
      }
      return null;
    },
  },
  {
    id: 'open-left',
    scope: 'wrap',
    description: 'An opening bracket or quote attaches to what follows it.',
    apply: ({ fragments: f }) =>
      OPENING.has(last(f.left)) ? { action: 'remove', rule: 'open-left', evidence: `${quote(f.left)} ends in an opening mark` } : null,
  },
  {
    id: 'close-right',
    scope: 'wrap',
    description: 'Closing punctuation attaches to the word before it.',
    apply: ({ fragments: f }) =>
      CLOSING.has(first(f.right)) && first(f.right) !== '>'
        ? { action: 'remove', rule: 'close-right', evidence: `${quote(f.right)} starts with closing punctuation` }
        : null,
  },
  {
    id: 'free-word-left',
    scope: 'wrap',
    description: 'The fragment before the space is a conjunction or adverb that stands alone as a word ("및", "또는", "혹은").',
    apply: ({ fragments: f }) =>
      f.left === f.leftCore && FREE_STANDING.has(f.leftCore)
        ? { action: 'keep', rule: 'free-word-left', evidence: `${quote(f.leftCore)} is a word of its own and never begins a longer one` }
        : null,
  },
  {
    id: 'dot-join',
    scope: 'wrap',
    description: 'A middle dot, hyphen, slash or tilde binds the words on both sides ("산∙학∙관").',
    apply: ({ fragments: f }) =>
      JOINING.has(last(f.left)) || JOINING.has(first(f.right))
        ? { action: 'remove', rule: 'dot-join', evidence: `${quote(f.left + ' ' + f.right)} is bound by a joining mark` }
        : null,
  },
  {
    id: 'paren-right',
    scope: 'wrap',
    description: 'In this document a parenthesis (citation, gloss) is written against the word before it.',
    apply: ({ fragments: f, context }) => {
      if (first(f.right) !== '(' || !f.leftCore) return null;
      const share = context.attachedParenShare;
      return share >= 0.5
        ? { action: 'remove', rule: 'paren-right', evidence: `${Math.round(share * 100)}% of parentheses in the prose follow a word without a space` }
        : { action: 'keep', rule: 'paren-right', evidence: `only ${Math.round(share * 100)}% of parentheses in the prose follow a word directly` };
    },
  },
  {
    id: 'unit-left',
    scope: 'wrap',
    description: 'A number with its counter (and particle) is a complete word ("19개 대학", "1988년의 지역").',
    apply: ({ fragments: f }) => {
      const match = /[0-9０-９]+(\p{Script=Hangul}+)$/u.exec(f.leftCore);
      if (!match || !f.rightHangul) return null;
      const unit = UNITS.find((u) => match[1].startsWith(u));
      if (!unit) return null;
      const rest = match[1].slice(unit.length);
      if (rest && !analyseBound(rest)) return null;
      return { action: 'keep', rule: 'unit-left', evidence: `${quote(f.leftCore)} is a number with its counter` };
    },
  },
  {
    id: 'digit-boundary',
    scope: 'wrap',
    description: 'A number next to a word that is not its counter, or a list label (①), is a separate word ("약 5").',
    apply: ({ fragments: f }) =>
      DIGIT.test(f.leftCore) || DIGIT_START.test(f.rightCore) || LIST_LABEL.test(f.left) || LIST_LABEL.test(f.rightCore)
        ? { action: 'keep', rule: 'digit-boundary', evidence: `${quote(f.left + ' ' + f.right)}: a number or list label is its own word here` }
        : null,
  },
  {
    id: 'latin-boundary',
    scope: 'wrap',
    description: 'Latin words are kept apart unless the joined spelling occurs in the document.',
    apply: ({ text, fragments: f, context }) => {
      if (!LATIN_END.test(f.leftCore) || !LATIN_START.test(f.rightCore)) return null;
      const { joined } = joinCounts(text, f, context.lexicon);
      return joined > 0
        ? { action: 'remove', rule: 'latin-boundary', evidence: `${quote(f.leftCore + f.rightCore)} occurs ${joined} time(s) unbroken` }
        : { action: 'keep', rule: 'latin-boundary', evidence: `Latin words; ${quote(f.leftCore + f.rightCore)} never occurs unbroken` };
    },
  },
  {
    id: 'inflection-across',
    scope: 'wrap',
    description: 'The spelling dictionary, inflection included, reads the two fragments joined as one word form and not one of them alone ("시 사점으로서": 시사점으로서 ✓, 사점으로서 ✗; "추진되 고": 추진되고 ✓, 추진되 ✗).',
    apply: ({ fragments: f, context }) => {
      const check = inflectionCheck(f, context);
      if (!check?.joined) return null;
      const rightOk = check.rightOk;
      if (rightOk && check.leftOk) return null;
      const lone = !rightOk ? f.rightHangul : f.leftHangul;
      return { action: 'remove', rule: 'inflection-across', evidence: `${quote(f.leftHangul + f.rightHangul)} is a word form and ${quote(lone)} alone is not (Hunspell rules of dictionary-ko)` };
    },
  },
  {
    id: 'inflection-joined',
    scope: 'wrap',
    description: 'At a line end, the two fragments joined are a word form of the spelling dictionary (inflection included), though each also reads alone ("받아 들여지고" → 받아들여지고).',
    apply: ({ fragments: f, context }) => {
      const check = inflectionCheck(f, context);
      if (!check?.joined) return null;
      // A demonstrative or counter word makes a word with almost anything ("이 중" / 이중):
      // only the document or the line model can tell those.
      if (check.leftOk && check.rightOk && DETERMINERS.has(f.leftHangul)) return null;
      return { action: 'remove', rule: 'inflection-joined', evidence: `${quote(f.leftHangul + f.rightHangul)} is a word form of the dictionary (Hunspell rules of dictionary-ko)` };
    },
  },
  {
    id: 'auxiliary-verb',
    scope: 'wrap',
    description: 'A form of 하다/되다/시키다 after an ending is a separate auxiliary verb; after a bare noun it is a suffix.',
    apply: ({ text, fragments: f, context }) => {
      if (!f.leftCore || f.rightHangul !== f.rightCore) return null;
      const bound = analyseBound(f.rightHangul);
      if (!bound || bound.kind !== 'verb') return null;
      // "의 한" is the verb 의하다 cut in two, not a particle and an auxiliary.
      const { joined, apart } = joinCounts(text, f, context.lexicon);
      if (joined > apart) return null;
      return endsInParticleOrEnding(f.leftHangul)
        ? { action: 'keep', rule: 'auxiliary-verb', evidence: `${quote(f.leftCore)} ends in an ending, so ${quote(f.rightHangul)} is a separate verb` }
        : { action: 'remove', rule: 'verb-suffix', evidence: `${quote(f.rightHangul)} follows the bare noun ${quote(f.leftCore)} as a verb suffix` };
    },
  },
  {
    id: 'particle-weak',
    scope: 'wrap',
    description: 'At a line end, a fragment that is only a particle or ending is joined even when the same spelling can be a word.',
    apply: ({ text, fragments: f, context }) => {
      if ((!f.leftCore && !CLOSE_ATTACH.has(last(f.left))) || f.rightHangul !== f.rightCore) return null;
      // Cheapest first: only a weak bound form is in question here.
      const bound = analyseBound(f.rightHangul);
      if (!bound || bound.strength !== 'weak' || (!f.leftCore && bound.kind !== 'particle')) return null;
      // A word that already ends in a particle ("사업은 이 중") takes no second one: the weak
      // fragment is a word of its own (이 'this').
      if (closedByParticle(f.leftHangul, context) || adnominalForm(f.leftHangul)) return null;
      if (continuesIntoNext(text, f, context)) return null;
      return { action: 'remove', rule: 'particle-weak', evidence: `${quote(f.rightHangul)} at a line end reads as a ${bound.kind}` };
    },
  },
  {
    id: 'lexicon-joined',
    scope: 'wrap',
    description: 'The joined spelling occurs elsewhere in the document more often than the spaced one.',
    apply: ({ text, fragments: f, context }) => {
      if (!f.leftCore || !f.rightCore) return null;
      const { joined, apart } = joinCounts(text, f, context.lexicon);
      const right = stemOf(f.rightCore);
      if (joined > apart) {
        return { action: 'remove', rule: 'lexicon-joined', evidence: `${quote(f.leftCore + right)} occurs ${joined} time(s) unbroken, spaced ${apart}` };
      }
      // A spelling the dictionary cannot read apart ("재 산권": 재 is no word, 산권 neither)
      // is not evidence for a space even if it is spaced elsewhere: that other place is most
      // likely cut by a line end as well.
      if (apart > joined && !unreadableApart(f, context)) {
        return { action: 'keep', rule: 'lexicon-apart', evidence: `${quote(f.leftCore + ' ' + right)} occurs ${apart} other time(s) spaced, unbroken ${joined}` };
      }
      return null;
    },
  },
  {
    id: 'words-attested',
    scope: 'wrap',
    description: 'The left fragment ends words elsewhere and the right fragment (without its particle) begins words elsewhere.',
    apply: ({ fragments: f, context }) => {
      const left = f.leftHangul;
      const right = stemOf(f.rightHangul);
      if (!left || !right || f.leftHangul !== f.leftCore) return null;
      const { ends, starts } = context.lexicon;
      // Each fragment is counted once here already, so attestation elsewhere needs two.
      if (!isFreeWord(left, ends) || !isFreeWord(right, starts)) return null;
      return {
        action: 'keep',
        rule: 'words-attested',
        evidence: `${quote(left)} ends ${(ends.get(left) ?? 0) - 1} other word(s) and ${quote(right)} begins ${(starts.get(right) ?? 0) - 1}`,
      };
    },
  },
  {
    id: 'left-inflected',
    scope: 'wrap',
    description: 'The left fragment ends in a particle or ending and the right one begins other words of the document.',
    apply: ({ fragments: f, context }) => {
      if (f.leftHangul !== f.leftCore) return null;
      const ending = inflectedEnding(f.leftHangul);
      const right = stemOf(f.rightHangul);
      if (!ending || right.length < 2 || f.rightHangul !== f.rightCore) return null;
      const starts = (context.lexicon.starts.get(right) ?? 0) - 1;
      if (starts < 1) return null;
      return {
        action: 'keep',
        rule: 'left-inflected',
        evidence: `${quote(f.leftHangul)} ends in ${quote(ending)} and ${quote(right)} begins ${starts} other word(s)`,
      };
    },
  },
  {
    id: 'dictionary',
    scope: 'wrap',
    description: 'The Korean dictionary reads the fragments better as one word across the space, or only as two words.',
    apply: ({ fragments: f, context }) => {
      const dictionary = context.dictionary;
      if (!dictionary || !f.leftHangul || !f.rightHangul) return null;
      const r = compareReadings(f.leftHangul, f.rightHangul, dictionary);
      // A left side that ends in a particle or ending is a finished word ("모순적인 두"),
      // whatever entry ("인두") happens to span the space.
      const finished = inflectedEnding(f.leftHangul) !== undefined && r.leftCost < Infinity;
      // When both sides read as words, only a long entry across the space that is not just
      // the two sides glued ("경제발전") outweighs them, on a tie too ("대기 업의" → 대기업);
      // short entries span real spaces by chance ("물리적 정비" → "적정").
      const longAcross = (r.acrossWord?.length ?? 0) >= 3 && !r.acrossCompound;
      const acrossWins =
        !finished && r.across < Infinity && (r.apart === Infinity ? true : longAcross && r.across <= r.apart);
      if (acrossWins) {
        return { action: 'remove', rule: 'dictionary-across', evidence: `dictionary word ${quote(r.acrossWord ?? '')} spans the space (${r.across} pieces vs ${r.apart === Infinity ? 'no reading' : r.apart} apart)` };
      }
      if (r.apart < Infinity) {
        return { action: 'keep', rule: 'dictionary-apart', evidence: `${quote(f.leftHangul)} and ${quote(f.rightHangul)} read as words (${r.apart} pieces; across ${r.across === Infinity ? 'none' : r.across})` };
      }
      // A complete word on the left and no entry across: the right side is an unlisted word
      // (a loanword such as 버블), not the tail of the left one.
      if (r.across === Infinity && f.rightHangul.length >= 2 && r.leftCost < Infinity && (f.leftHangul.length >= 2 || f.leftHangul === f.leftCore)) {
        return { action: 'keep', rule: 'dictionary-apart', evidence: `${quote(f.leftHangul)} reads as a word and no entry spans the space` };
      }
      return null;
    },
  },
  {
    id: 'inflection-apart',
    scope: 'wrap',
    description: 'The right fragment is a whole word form of the spelling dictionary (inflection included), the left one is a word form or ends in a particle or ending, and the two joined are no word ("성장했기 때문으로", "신사업법에 의해").',
    apply: ({ fragments: f, context }) => {
      if (f.rightHangul.length < 2) return null;
      const check = inflectionCheck(f, context);
      if (!check || !check.rightOk || check.joined) return null;
      const ending = inflectedEnding(f.leftHangul);
      if (!ending && !check.leftOk) return null;
      return {
        action: 'keep',
        rule: 'inflection-apart',
        evidence: `${quote(f.rightHangul)} is a word form, ${check.leftOk ? `${quote(f.leftHangul)} too` : `${quote(f.leftHangul)} ends in ${quote(ending ?? '')}`}, and ${quote(f.leftHangul + f.rightHangul)} is none (Hunspell rules of dictionary-ko)`,
      };
    },
  },
  {
    id: 'left-particle',
    scope: 'wrap',
    description: 'Last resort before the default: the left fragment ends in a particle or ending that never closes half a word.',
    apply: ({ fragments: f }) => {
      if (f.leftHangul.length < 2 || f.leftHangul !== f.leftCore) return null;
      const ending = CLOSING_ENDINGS.find((end) => f.leftHangul.endsWith(end));
      return ending
        ? { action: 'keep', rule: 'left-particle', evidence: `${quote(f.leftHangul)} ends in ${quote(ending)}, which closes a word` }
        : null;
    },
  },
];

// A Han character at the end or start of a fragment's core (hanja or kanji).
const HAN_END = /\p{Script=Han}$/u;
const HAN_START = /^\p{Script=Han}/u;

/** Every rule id a decision can carry, including the two fallbacks. */
export const RULE_IDS: readonly string[] = [
  'lone-mark', 'digit-unit', 'particle-start', 'ending-across', 'orphan-syllable', 'inflection-orphan', 'lexicon-orphan', 'han-joined', 'punct-left', 'open-left', 'close-right', 'free-word-left', 'dot-join', 'paren-right',
  'unit-left', 'digit-boundary', 'latin-boundary', 'auxiliary-verb', 'verb-suffix', 'particle-weak', 'lexicon-joined',
  'lexicon-apart', 'inflection-across', 'inflection-joined', 'words-attested', 'left-inflected', 'dictionary-across', 'dictionary-apart', 'inflection-apart', 'left-particle', 'join-default', 'wrap-default', 'not-at-wrap', 'cell-default',
];
