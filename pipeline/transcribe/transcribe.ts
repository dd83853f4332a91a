/**
 * Japanese name → reading, modified Hepburn and standard Korean spelling.
 *
 * Kana goes straight to the mora transcribers. Kanji is folded to modern forms, tokenised by
 * kuromoji, grouped into words (family / given name / place + suffix), and read from each
 * token's pronunciation; a glossary `lookup` overrides any word whose surface it knows.
 */
import { koreanSuffix } from './admin-suffixes.js';
import { hangulWord } from './hangul.js';
import { hepburnWord } from './hepburn.js';
import { foldKanjiForms, unfoldRange } from './kanji-forms.js';
import { markLongVowels, tokenPronunciation } from './long-vowels.js';
import { isKana, parseMorae, parseWordMorae, toKatakana, type Mora } from './morae.js';
import { tokenize, type Token } from './tokenizer.js';
import { isBoundary, planWords, type Piece, type WordPlan } from './words.js';

/** Where a reading came from: the kana itself, kuromoji's dictionary, or the glossary. */
export type ReadingSource = 'kana' | 'tokenizer' | 'lookup';

/** One word of a transcription (a family name, a given name, a place with its suffix). */
export interface TranscribedWord {
  /** The characters as the author wrote them (never folded). */
  surface: string;
  /** Katakana reading; holds the surface characters of any token kuromoji could not read (see `unread`). */
  reading: string;
  romaji: string;
  hangul: string;
  /** IPADIC part of speech of the word's first token, when it came from the tokenizer. */
  pos?: string;
  /** 0-based UTF-16 offset of the word in the input. */
  start?: number;
  /** 0-based UTF-16 offset, exclusive. */
  end?: number;
  /** Where this word's reading came from. */
  source?: ReadingSource;
  /** Set when part of the word has no reading (unknown kanji); its characters pass through. */
  unread?: true;
}

/** The result of transcribing one name or term. */
export interface Transcription {
  input: string;
  /** Katakana reading, words separated by one space. */
  reading: string;
  /** IPADIC-style pronunciation (long vowels as ー), words separated by one space. */
  pronunciation: string;
  /** Modified Hepburn, words separated by one space. */
  romaji: string;
  /** Standard Korean spelling (외래어 표기법), words separated by one space. */
  hangul: string;
  words: TranscribedWord[];
  /** 'tokenizer' when any word was read by kuromoji (unconfirmed); else 'lookup' when any word came from the glossary; else 'kana'. */
  source: ReadingSource;
}

/** What the glossary knows about a surface. `romaji`/`hangul` override the computed spellings. */
export interface LookupResult {
  reading: string;
  pronunciation?: string;
  romaji?: string;
  hangul?: string;
}

/** Glossary hook: the entry for an exact surface, or undefined. */
export type Lookup = (surface: string) => LookupResult | undefined;

/** Longest token span tried against the glossary (names are short; this bounds the work). */
const MAX_LOOKUP_TOKENS = 8;

/**
 * Transcribe kana (katakana or hiragana) without the tokenizer.
 *
 * @param kana Spaces, ・ and ＝ separate words (family and given names). Characters that are not
 *   kana pass through unchanged into romaji and Hangul.
 * @param options.pronunciation IPADIC-style pronunciation of the same kana; it decides which
 *   vowels are long (イノウエ stays, トウキョウ/トーキョー is long). Without it, オウ/オオ/ウウ count as long.
 * @param options.words Explicit word split; must spell `kana` without separators (else RangeError).
 */
export function transcribeKana(kana: string, options: { pronunciation?: string; words?: string[] } = {}): Transcription {
  const text = kana.normalize('NFC');
  const katakana = toKatakana(text);
  const marked = markLongVowels(parseMorae(text, options.words), options.pronunciation);
  // Surfaces are sliced from the input when toKatakana kept its length (it does for everything
  // but half-width voiced pairs), so hiragana input keeps its hiragana surface.
  const surfaceOf = katakana.length === text.length ? text : katakana;
  const words = marked.map((morae): TranscribedWord => {
    const start = morae[0].start;
    const end = morae[morae.length - 1].end;
    return {
      surface: surfaceOf.slice(start, end),
      reading: morae.map((mora) => mora.kana).join(''),
      romaji: capitalize(hepburnWord(morae)),
      hangul: hangulWord(morae),
      start,
      end,
      source: 'kana',
    };
  });
  return {
    input: kana,
    reading: words.map((word) => word.reading).join(' '),
    pronunciation: marked.map(pronunciationOf).join(' '),
    romaji: words.map((word) => word.romaji).join(' '),
    hangul: words.map((word) => word.hangul).join(' '),
    words,
    source: 'kana',
  };
}

/**
 * Transcribe a name or term in kanji or kana. Kana never loads kuromoji. For kanji, the glossary
 * (`lookup`) is asked first for the whole input, then for the longest token spans (with the
 * author's characters, then with folded forms); the tokenizer reads whatever it does not know.
 */
export async function transcribe(input: string, options: { lookup?: Lookup } = {}): Promise<Transcription> {
  const { lookup } = options;
  const whole = lookup?.(input);
  if (whole) return assemble(input, [fromLookup(input, whole, 0, input.length)]);
  if (isKana(input)) {
    const kana = transcribeKana(input);
    if (!lookup) return kana;
    const spoken = kana.pronunciation.split(' ');
    const words = kana.words.map((word, index) => {
      const hit = lookup(word.surface);
      return hit ? fromLookup(word.surface, hit, word.start, word.end) : { ...word, pronunciation: spoken[index] };
    });
    return assemble(input, words);
  }
  const folded = foldKanjiForms(input);
  const tokens = await tokenize(folded.text);
  const originalRange = (first: Token, last: Token) => unfoldRange(folded, first.start, last.end, input.length);
  const pieces = lookup ? matchGlossary(tokens, input, folded.text, originalRange, lookup) : tokens.map((token) => ({ token }));
  const words = planWords(pieces).map((plan) => readPlan(plan, input, originalRange));
  return assemble(input, words);
}

/**
 * Longest-match the glossary over token spans (boundaries excluded), left to right. The
 * surface is tried as the author wrote it, then in folded forms.
 */
function matchGlossary(
  tokens: readonly Token[],
  input: string,
  foldedText: string,
  originalRange: (first: Token, last: Token) => { start: number; end: number },
  lookup: Lookup,
): Piece<LookupResult>[] {
  const pieces: Piece<LookupResult>[] = [];
  let i = 0;
  while (i < tokens.length) {
    let matched = false;
    if (!isBoundary(tokens[i])) {
      let limit = i;
      while (limit < tokens.length && limit - i < MAX_LOOKUP_TOKENS && !isBoundary(tokens[limit])) limit++;
      for (let j = limit; j > i && !matched; j--) {
        const first = tokens[i];
        const last = tokens[j - 1];
        const { start, end } = originalRange(first, last);
        const original = input.slice(start, end);
        const modern = foldedText.slice(first.start, last.end);
        // A glossary reading belongs to the whole word it was written for: 山崎 after the prefix
        // 大 is part of 大山崎 (Ōyamazaki), not the entry 山崎.
        // Likewise before a suffix that is not an administrative one: 石川 of 石川島.
        const next = tokens[j];
        const inside = (i > 0 && tokens[i - 1].pos.startsWith('接頭詞,')) || (next !== undefined && next.pos.startsWith('名詞,接尾,') && koreanSuffix(next.surface) === undefined);
        const hit = inside ? undefined : (lookup(original) ?? (modern !== original ? lookup(modern) : undefined));
        if (hit) {
          pieces.push({ tokens: tokens.slice(i, j), hit });
          i = j;
          matched = true;
        }
      }
    }
    if (!matched) pieces.push({ token: tokens[i++] });
  }
  return pieces;
}

function readPlan(
  plan: WordPlan<LookupResult>,
  input: string,
  originalRange: (first: Token, last: Token) => { start: number; end: number },
): TranscribedWord & { pronunciation: string } {
  const first = plan.tokens[0];
  const last = plan.suffix ?? plan.tokens[plan.tokens.length - 1];
  const { start, end } = originalRange(first, last);
  let word: TranscribedWord & { pronunciation: string };
  if (plan.hit) {
    const coreEnd = originalRange(first, plan.tokens[plan.tokens.length - 1]).end;
    word = fromLookup(input.slice(start, coreEnd), plan.hit, start, coreEnd);
  } else {
    let unread = false;
    let reading = '';
    let pronunciation = '';
    for (const token of plan.tokens) {
      const kana = token.reading ?? (isKana(token.surface) ? toKatakana(token.surface) : undefined);
      if (kana === undefined) unread = true;
      reading += kana ?? token.surface;
      pronunciation += (kana !== undefined ? tokenPronunciation(kana, token.pronunciation, token.pos) : undefined) ?? kana ?? token.surface;
    }
    // The word is one word even if its reading is long: parse it whole, never at separators.
    const [morae] = markLongVowels([parseWordMorae(reading)], pronunciation);
    word = {
      surface: input.slice(start, originalRange(first, plan.tokens[plan.tokens.length - 1]).end),
      reading,
      pronunciation: pronunciationOf(morae),
      romaji: capitalize(hepburnWord(morae)),
      hangul: hangulWord(morae),
      pos: first.pos,
      start,
      end,
      source: 'tokenizer',
      ...(unread ? { unread: true as const } : {}),
    };
  }
  if (plan.suffix) word = withSuffix(word, plan.suffix, input.slice(start, end), end);
  return word;
}

// 富山 + 県 → Toyama-ken / 도야마현: the suffix keeps its Japanese reading in romaji and kana and
// takes its Korean hanja sound in Hangul.
function withSuffix(
  word: TranscribedWord & { pronunciation: string },
  suffix: Token,
  surface: string,
  end: number,
): TranscribedWord & { pronunciation: string } {
  const reading = suffix.reading ?? '';
  const [morae] = markLongVowels([parseWordMorae(reading)], suffix.pronunciation);
  return {
    ...word,
    surface,
    end,
    reading: word.reading + reading,
    pronunciation: word.pronunciation + (suffix.pronunciation ?? reading),
    romaji: `${word.romaji}-${hepburnWord(morae)}`,
    hangul: word.hangul + (koreanSuffix(suffix.surface) ?? hangulWord(morae)),
  };
}

function fromLookup(surface: string, hit: LookupResult, start?: number, end?: number): TranscribedWord & { pronunciation: string } {
  const computed = transcribeKana(hit.reading, { pronunciation: hit.pronunciation });
  return {
    surface,
    reading: computed.reading,
    pronunciation: computed.pronunciation,
    romaji: hit.romaji ?? computed.romaji,
    hangul: hit.hangul ?? computed.hangul,
    start,
    end,
    source: 'lookup',
  };
}

function assemble(input: string, words: Array<TranscribedWord & { pronunciation?: string }>): Transcription {
  const clean = words.map(({ pronunciation: _pronunciation, ...word }) => word);
  return {
    input,
    reading: words.map((word) => word.reading).join(' '),
    pronunciation: words.map((word) => word.pronunciation ?? word.reading).join(' '),
    romaji: words.map((word) => word.romaji).join(' '),
    hangul: words.map((word) => word.hangul).join(' '),
    words: clean,
    source: overallSource(words),
  };
}

// The weakest source wins: one tokenizer word makes the whole reading unconfirmed. Kana is
// its own reading, so kana plus glossary words count as 'lookup'.
function overallSource(words: readonly TranscribedWord[]): ReadingSource {
  if (words.some((word) => word.source === 'tokenizer')) return 'tokenizer';
  return words.some((word) => word.source === 'lookup') ? 'lookup' : 'kana';
}

// IPADIC style: a long mora is written ー (its vowel is the one before it).
function pronunciationOf(morae: readonly Mora[]): string {
  return morae.map((mora) => (mora.long ? 'ー' : mora.kana)).join('');
}

function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
