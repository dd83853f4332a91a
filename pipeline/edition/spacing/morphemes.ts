/**
 * Korean bound morphemes: particles, verb endings and suffixes that attach to the word before
 * them and therefore never begin a written word. When the fragment after a suspicious space
 * consists only of such morphemes ("로", "면서", "화는", "다(小林"), the space cut a word.
 *
 * The lists are data, not code paths: each entry is a spelling that may follow a noun or a
 * verb stem directly. They are limited to forms that cannot stand alone as a word in academic
 * prose; forms that can ("이" 'this', "한" 'one', "해" 'year') are marked weak, and forms of
 * 하다/되다/시키다, which are written apart when they are auxiliaries ("하려고 한다"), are
 * marked as verbs so that the caller can look at the word before them.
 */

/** Particles and copula forms that attach to a noun. */
const PARTICLES = [
  '을', '를', '은', '는', '의', '에', '에서', '에게', '에는', '에도', '에서는', '에서도', '에서의',
  '에의', '에게서', '으로', '로', '으로서', '로서', '으로써', '로써', '으로는', '로는', '으로도', '로도',
  '으로의', '로의', '로부터', '으로부터', '에서부터', '와', '과', '와의', '과의', '와는', '과는',
  '까지', '까지의', '부터', '보다', '보다는', '처럼', '마다', '만큼', '만', '만을', '만이', '만의',
  '조차', '마저', '밖에', '께서', '서', '서는', '라는', '이라는', '라고', '이라고', '이란', '란',
  '이라', '라', '이며', '며', '이고', '이다', '다', '이었다', '였다', '이므로', '이지만', '이나',
  '인', '이자', '이든', '든', '이면', '에서와', '로서의', '으로서의', '에로', '에선',
  // Also free words ('this', 'edge', 'degree', 'I'); listed in AMBIGUOUS below.
  '이', '가', '도', '나',
];

/** Verb and adjective endings that follow a stem left on the previous printed line. */
const ENDINGS = [
  '다', '는', '은', '을', '며', '으며', '고', '게', '지', '기', '기에', '기도', '기는',
  '기를', '기가', '기로', '기의', '음', '음을', '음에도', '면', '으면', '어', '아', '여',
  '어서', '아서', '여서', '어야', '아야', '여야', '도록', '므로', '으므로', '는데', '은데',
  '지만', '다는', '다고', '다면', '다가', '던', '었다', '았다', '였다', '었고', '았고', '였고',
  '었으며', '았으며', '였으며', '었던', '았던', '였던', '었는데', '였는데', '었지만', '였지만',
  '었다는', '였다는', '겠다', '려는', '려고', '으려는', '으려고', '려면', '면서', '으면서',
  '으니', '니', '거나', '든지', '운', '울', '워', '웠다', '웠던', '는지', '은지', '을지',
  '는다', '는다는', '었을', '았을', '였을', '었음', '였음',
];

/**
 * Forms of 하다, 되다 and 시키다. After a bare noun they are suffixes ("추진 하는" → "추진하는");
 * after an ending or a particle they are separate auxiliary verbs ("하려고 한다", "로 하는").
 */
const VERB_FORMS = [
  '한다', '한', '할', '함', '해', '했다', '하는', '하여', '하고', '하며', '하기', '하게', '하지', '하면',
  '하면서', '하였다', '하였으며', '하였고', '했으며', '했고', '했던', '하던', '하도록', '하므로',
  '하는데', '하지만', '한다는', '함으로써', '함에', '하려는', '하려고', '하였던', '했는데',
  '된다', '된', '될', '됨', '되는', '되어', '되고', '되며', '되기', '되면', '되면서', '되었다',
  '되었으며', '되었고', '되었던', '되던', '되도록', '되는데', '되지만', '된다는', '됨으로써', '돼',
  '시키는', '시킨', '시킬', '시켜', '시키고', '시키며', '시키기', '시켰다', '시킴', '시키려는',
  '시키려고', '시키면서', '시키는데',
];

/** Derivational suffixes that make a new noun from the noun before them. */
const SUFFIXES = ['들', '적', '적인', '적으로', '화', '성', '간', '별', '형', '권', '층', '씩', '째', '측'];

/**
 * Whole fragments that are bound morphemes but also everyday words: a space before them is
 * removed only where a printed line ended.
 */
const AMBIGUOUS = [
  '이', '가', '도', '나', '고', '지', '기', '게', '운', '울', '워', '서', '인', '적', '화', '성', '보다',
  '간', '형', '권', '층', '측', '별', '만', '란', '라', '며', '여', '어', '아', '니', '음', '면',
];

/** Nominal forms of 하다, 되다, 시키다, which take particles. */
const NOMINAL_VERBS = new Set(['함', '됨', '시킴']);

const particleSet = new Set(PARTICLES);
const endingSet = new Set(ENDINGS);
const verbSet = new Set(VERB_FORMS);
const suffixSet = new Set(SUFFIXES);
const ambiguousSet = new Set(AMBIGUOUS);

/** What kind of bound form a fragment is. */
export type BoundKind = 'particle' | 'ending' | 'suffix' | 'verb';

/** Result of {@link analyseBound}. */
export interface BoundAnalysis {
  readonly morphemes: readonly string[];
  readonly kind: BoundKind;
  /** 'weak' when the same spelling is also a common free word. */
  readonly strength: 'strong' | 'weak';
}

/** Longest bound tail (in UTF-16 units) analyseBound can recognise. */
export const MAX_BOUND = 12;

/**
 * Read `run` (Hangul only, the whole word part of the fragment) as bound morphemes: a
 * particle, an ending, a form of 하다/되다/시키다, or a derivational suffix followed by up to
 * one particle ("화는", "들의"). Returns null when it is not entirely bound.
 */
export function analyseBound(run: string): BoundAnalysis | null {
  // No particle, ending or suffix+particle is longer than this; a longer run is never bound,
  // and saying so at once keeps callers linear on very long words.
  if (run.length === 0 || run.length > MAX_BOUND) return null;
  // The dictionary reading of every fragment asks about the same short runs again and again
  // (~60 ms of the seed's build in a cpu profile): remember the answers, within a bound.
  const known = boundAnswers.get(run);
  if (known !== undefined) return known;
  const answer = readBound(run);
  if (boundAnswers.size >= BOUND_MEMO_LIMIT) boundAnswers.clear();
  boundAnswers.set(run, answer);
  return answer;
}

const BOUND_MEMO_LIMIT = 50_000;
const boundAnswers = new Map<string, BoundAnalysis | null>();

/** Forget the remembered readings (a new document: memory stays flat over a long build). */
export function forgetBoundReadings(): void {
  boundAnswers.clear();
}

function readBound(run: string): BoundAnalysis | null {
  const strength = ambiguousSet.has(run) ? 'weak' : 'strong';
  if (particleSet.has(run)) return { morphemes: [run], kind: 'particle', strength };
  if (endingSet.has(run)) return { morphemes: [run], kind: 'ending', strength };
  if (verbSet.has(run)) return { morphemes: [run], kind: 'verb', strength };
  if (suffixSet.has(run)) return { morphemes: [run], kind: 'suffix', strength };
  for (let cut = 1; cut < run.length; cut++) {
    const head = run.slice(0, cut);
    const tail = run.slice(cut);
    // Only suffix + particle: particle + particle readings such as "의"+"해" would misread
    // the verb 의하다, and "하"+"나" the word 하나 'one'.
    if (suffixSet.has(head) && particleSet.has(tail)) {
      return { morphemes: [head, tail], kind: 'suffix', strength: 'strong' };
    }
    // Nominalised 하다/되다/시키다 with a particle ("시킴과", "함으로써").
    if (NOMINAL_VERBS.has(head) && particleSet.has(tail)) {
      return { morphemes: [head, tail], kind: 'verb', strength: 'strong' };
    }
  }
  return null;
}

/** Syllables that end a word when they close a fragment (a particle or an ending). */
const WORD_FINAL = new Set(['로', '를', '을', '에', '가', '이', '도', '게', '고', '려', '지', '야', '서', '다', '기', '며', '면', '와', '과', '는', '은', '의']);

/**
 * Particles and endings whose presence at the end of a fragment of two or more syllables
 * says the word is complete ("산업에서", "맺고", "있는").
 */
const INFLECTED_FINAL = ['에서', '으로', '을', '를', '의', '에', '는', '은', '로', '와', '과', '고', '며', '면', '게', '도', '만', '서', '이', '가', '적인', '인', '한', '된'];

/** The particle or ending that closes `leftHangul` (two syllables or more), if any. */
export function inflectedEnding(leftHangul: string): string | undefined {
  if (leftHangul.length < 2) return undefined;
  return INFLECTED_FINAL.find((end) => leftHangul.endsWith(end) && leftHangul.length > end.length);
}

/** True when `leftHangul` ends in a particle or ending, so a following 하다-form is a separate verb. */
export function endsInParticleOrEnding(leftHangul: string): boolean {
  if (leftHangul.length === 0) return false;
  // A fragment that is itself only a particle ("로" in "목적으 로 한다") ends a word too.
  if (leftHangul.length === 1) return analyseBound(leftHangul) !== null;
  if (CONNECTIVE_ENDINGS.some((end) => leftHangul.endsWith(end))) return true;
  return WORD_FINAL.has(leftHangul[leftHangul.length - 1]);
}

/** Connective endings that an auxiliary verb follows ("하고자 하는", "되도록 하는"). */
const CONNECTIVE_ENDINGS = ['고자', '도록', '려고', '으려', '어야', '여야', '아야', '기로', '해야'];
