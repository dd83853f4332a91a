/**
 * Readings for words the glossary does not know: the tokenizer's guess weighed against the
 * readings ENAMDICT lists (name-dictionary.ts), chosen by the author's own Korean rendering.
 * 豊田 written 토요타 by the author: IPADIC guesses トヨダ (도요다), ENAMDICT lists トミタ, トヨタ and
 * トヨダ, and 토요타 is トヨタ but for the initial aspiration Korean authors often write; so トヨタ,
 * from the dictionary, with high confidence. Without a rendering the dictionary can only confirm
 * the guess (its only reading) or leave it a guess among several.
 */
import { foldKanjiForms } from '../transcribe/kanji-forms.js';
import { tokenPronunciation } from '../transcribe/long-vowels.js';
import { transcribeKana, type TranscribedWord } from '../transcribe/transcribe.js';
import { hangulSimilarity } from './hangul-similarity.js';
import type { NameDictionary, NamePartType } from './name-dictionary.js';

/** How sure a reading is. */
export type Confidence = 'high' | 'medium' | 'low';

/** The outcome for one word of a name. */
export interface WordChoice {
  /** The word, with reading, romaji and Hangul replaced when the dictionary's reading won. */
  readonly word: TranscribedWord;
  /** 'dictionary' when ENAMDICT confirmed or supplied the reading, else 'tokenizer' (a guess). */
  readonly source: 'dictionary' | 'tokenizer';
  readonly confidence: Confidence;
  /** ENAMDICT's readings (katakana) when it listed several and nothing chose among them. */
  readonly candidates?: readonly string[];
}

const HAN_ONLY = /^\p{Script=Han}+$/u;
/** Score above which the author's rendering counts as the same name as a reading. */
const SAME = 0.999;
/** Below this the rendering is not taken as a transcription of any reading. */
const RELATED = 0.6;

/**
 * Weigh the tokenizer's reading of `words[index]` (source 'tokenizer') against the dictionary.
 * `written` is the author's rendering of the whole name; `words` the name's words as read.
 */
export function chooseWordReading(words: readonly TranscribedWord[], index: number, dictionary: NameDictionary, written: string | undefined): WordChoice {
  const word = words[index];
  const guess: WordChoice = { word, source: 'tokenizer', confidence: 'low' };
  // ENAMDICT lists names: a prefix (大 of 大山崎) or a word with kana in it is no entry of it.
  if (word.unread || !HAN_ONLY.test(word.surface) || word.pos?.startsWith('接頭詞')) return guess;
  const listed = dictionary.readings(foldKanjiForms(word.surface).text);
  const wanted = preferredTypes(word.pos);
  const fitting = listed.filter((reading) => wanted.includes(reading.type));
  const kana = [...new Set((fitting.length > 0 ? fitting : listed).map((reading) => reading.kana))];
  if (kana.length === 0) return guess;
  const options = kana.map((reading) => (reading === word.reading ? word : readWord(word, reading)));
  if (written !== undefined && written.trim() !== '') {
    const author = foldAuthor(written);
    // The author may write only the first words (카토우 for 加藤和暢): the rendering is compared
    // with the name's first k words for every k, and the closest counts.
    const score = (candidate: TranscribedWord) => {
      const hangul = words.map((other, k) => (k === index ? candidate.hangul : other.hangul));
      let best = 0;
      for (let k = 1; k <= hangul.length; k++) best = Math.max(best, hangulSimilarity(author, comparable(hangul.slice(0, k))));
      return best;
    };
    const scores = options.map(score);
    const best = Math.max(...scores);
    // A rendering that does not reach this word (야마사키 for 山崎 朗: the given name) says nothing about it.
    if (score({ ...word, hangul: '' }) >= best) return withoutRendering(word, kana, guess);
    const winners = options.filter((_, k) => scores[k] === best);
    const own = score(word);
    // A rendering far from every reading is no transcription (a translation, a Korean reading).
    if (best < RELATED) return { ...guess, candidates: kana };
    if (winners.length === 1 && best > own) {
      return { word: winners[0], source: 'dictionary', confidence: best >= SAME ? 'high' : 'medium' };
    }
    if (winners.includes(word)) return { word, source: 'dictionary', confidence: best >= SAME ? 'high' : 'medium' };
    // The guess is no worse than what the dictionary offers: say what else it could be.
    return { ...guess, candidates: kana };
  }
  return withoutRendering(word, kana, guess);
}

// Nothing in the text speaks for a reading: the dictionary confirms the guess when it lists only
// that reading; otherwise the guess stays a guess, with what else it could be.
function withoutRendering(word: TranscribedWord, kana: readonly string[], guess: WordChoice): WordChoice {
  if (kana.length === 1 && kana[0] === word.reading) return { word, source: 'dictionary', confidence: 'medium' };
  return { ...guess, candidates: kana };
}

// A surname token looks for surnames, a given-name token for given names; 'unknown' fits both.
function preferredTypes(pos: string | undefined): NamePartType[] {
  if (pos?.startsWith('名詞,固有名詞,人名,姓')) return ['surname', 'unknown'];
  if (pos?.startsWith('名詞,固有名詞,人名,名')) return ['given', 'unknown'];
  return ['surname', 'given', 'unknown'];
}

// The word read from a dictionary reading; long vowels as for an unmarked proper noun (only a
// vowel doubled in the first two morae is long: コオリヤマ Kōriyama, ヒロオカ Hirooka).
function readWord(word: TranscribedWord, reading: string): TranscribedWord {
  const pronunciation = tokenPronunciation(reading, reading, '名詞,固有名詞,一般');
  const read = transcribeKana(reading, { pronunciation, words: [reading] });
  return { ...word, reading: read.reading, romaji: read.romaji, hangul: read.hangul };
}

const ASPIRATED_TO_PLAIN: Readonly<Record<number, number>> = { 15: 0, 16: 3, 14: 12, 17: 7 }; // ㅋ→ㄱ ㅌ→ㄷ ㅊ→ㅈ ㅍ→ㅂ

/**
 * The author's rendering with the two commonest departures from the standard undone, so that a
 * reading is compared with what the author meant: an aspirated word-initial consonant
 * (토요타 → 도요타) and a written long vowel (카토우 → 카토). ツ as 츠/쯔 is folded to 쓰.
 */
export function foldAuthor(text: string): string {
  return text
    .trim()
    .split(/\s+/u)
    .map((word) => comparable([word.replace(/[츠쯔]/gu, '쓰')], true))
    .join('');
}

// Words joined for comparison: 우 after a syllable in ㅗ/ㅜ/ㅛ/ㅠ without a final dropped
// (a written long vowel); optionally the first syllable's aspirated initial made plain.
function comparable(words: readonly string[], foldInitial = false): string {
  return words
    .map((word) => {
      const out: string[] = [];
      let previous = -1;
      for (const char of word) {
        const code = char.codePointAt(0) ?? 0;
        if (code < 0xac00 || code > 0xd7a3) {
          out.push(char);
          previous = -1;
          continue;
        }
        const index = code - 0xac00;
        let initial = Math.floor(index / 588);
        const vowel = Math.floor((index % 588) / 28);
        const final = index % 28;
        // A written long vowel: 우 after ㅗ/ㅛ/ㅜ/ㅠ (카토우), or a bare vowel repeating the one
        // before it (이이다, 오오야마): the standard writes neither.
        const bare = initial === 11 && final === 0;
        if (bare && previous >= 0 && ((vowel === 13 && [8, 12, 13, 17].includes(previous)) || vowel === previous)) {
          previous = -1;
          continue;
        }
        if (foldInitial && out.length === 0) initial = ASPIRATED_TO_PLAIN[initial] ?? initial;
        out.push(String.fromCodePoint(0xac00 + (initial * 21 + vowel) * 28 + final));
        previous = final === 0 ? vowel : -1;
      }
      return out.join('');
    })
    .join('');
}

/** A whole name's reading after the dictionary was heard. */
export interface WeighedReading {
  readonly reading: string;
  readonly romaji: string;
  readonly hangul: string;
  readonly source: 'glossary' | 'dictionary' | 'tokenizer' | 'kana';
  readonly confidence: Confidence;
  readonly candidates: ReadonlyArray<{ readonly surface: string; readonly readings: readonly string[] }>;
}

const RANK: Readonly<Record<Confidence, number>> = { low: 0, medium: 1, high: 2 };

/**
 * Weigh every word the tokenizer read against the dictionary (loaded only when there is such a
 * word). The weakest word decides the whole: one guess makes the name a guess.
 */
export async function weighReading(
  transcription: { readonly words: readonly TranscribedWord[]; readonly reading: string; readonly romaji: string; readonly hangul: string; readonly source: string },
  written: string | undefined,
  loadDictionary: () => Promise<NameDictionary | undefined>,
): Promise<WeighedReading> {
  const own = transcription.source === 'lookup' ? 'glossary' : (transcription.source as WeighedReading['source']);
  if (own !== 'tokenizer') return { reading: transcription.reading, romaji: transcription.romaji, hangul: transcription.hangul, source: own, confidence: 'high', candidates: [] };
  const dictionary = await loadDictionary();
  const original = transcription.words;
  const words = [...original];
  const choices = new Map<number, WordChoice>();
  // Two passes: a word is weighed with the other words as the first pass chose them, so that
  // 山崎 of 山崎賢人 (야마자키 켄토) is compared with 켄토 read as ケント, not as IPADIC's ケンジン.
  for (let pass = 0; pass < (original.length > 1 ? 2 : 1); pass++) {
    for (const [index, word] of original.entries()) {
      if (word.source !== 'tokenizer') continue;
      const context = words.map((other, k) => (k === index ? word : other));
      const choice: WordChoice = dictionary ? chooseWordReading(context, index, dictionary, written) : { word, source: 'tokenizer', confidence: 'low' };
      words[index] = choice.word;
      choices.set(index, choice);
    }
  }
  let source: WeighedReading['source'] = original.some((word) => word.source === 'lookup') ? 'glossary' : 'kana';
  let confidence: Confidence = 'high';
  const candidates: Array<{ surface: string; readings: readonly string[] }> = [];
  for (const [index, choice] of [...choices].sort((a, b) => a[0] - b[0])) {
    const word = original[index];
    if (choice.source === 'tokenizer') source = 'tokenizer';
    else if (source !== 'tokenizer') source = 'dictionary';
    if (RANK[choice.confidence] < RANK[confidence]) confidence = choice.confidence;
    if (choice.candidates) candidates.push({ surface: word.surface, readings: choice.candidates });
  }
  return {
    reading: words.map((word) => word.reading).join(' '),
    romaji: words.map((word) => word.romaji).join(' '),
    hangul: words.map((word) => word.hangul).join(' '),
    source,
    confidence,
    candidates,
  };
}
