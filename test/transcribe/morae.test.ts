import { describe, expect, it } from 'vitest';
import * as morae from '../../pipeline/transcribe/morae.js';
import { isKana, parseMorae, parseWordMorae, toKatakana } from '../../pipeline/transcribe/morae.js';
import { markLongVowels } from '../../pipeline/transcribe/long-vowels.js';

const kanaOf = (words: ReturnType<typeof parseMorae>) => words.map((word) => word.map((mora) => mora.kana));

describe('morae', () => {
  it('pins its exports (other modules and the glossary build on them)', () => {
    expect(Object.keys(morae).sort()).toEqual(['WORD_SEPARATORS', 'isKana', 'parseMorae', 'parseWordMorae', 'toKatakana']);
  });

  it('normalises hiragana, iteration marks and half-width katakana to katakana', () => {
    expect(toKatakana('ほっかいどう')).toBe('ホッカイドウ');
    expect(toKatakana('さゝき')).toBe('サヽキ'); // ゝ → ヽ, expanded by the parser
    expect(toKatakana('ｶﾞｯｺｳ')).toBe('ガッコウ');
    expect(toKatakana('東京')).toBe('東京'); // only kana changes
  });

  it('combines small ya/yu/yo and small vowels with the mora before them', () => {
    expect(parseWordMorae('キョウト').map((m) => m.kana)).toEqual(['キョ', 'ウ', 'ト']);
    expect(parseWordMorae('チュウブ').map((m) => m.kana)).toEqual(['チュ', 'ウ', 'ブ']);
    expect(parseWordMorae('ティファニー').map((m) => m.kana)).toEqual(['ティ', 'ファ', 'ニ', 'ー']);
  });

  it('reads a small kana with nothing to join as its full-size form (ャ alone, ンャ)', () => {
    expect(parseWordMorae('ャマ').map((m) => m.kana)).toEqual(['ヤ', 'マ']);
    expect(parseWordMorae('カスミヶセキ').map((m) => m.kana)).toEqual(['カ', 'ス', 'ミ', 'ケ', 'セ', 'キ']);
  });

  it('classifies ッ, ン and ー so the transcribers can treat them specially', () => {
    expect(parseWordMorae('サッポロ').map((m) => m.kind)).toEqual(['syllable', 'sokuon', 'syllable', 'syllable']);
    expect(parseWordMorae('サンイン').map((m) => m.kind)).toEqual(['syllable', 'hatsuon', 'syllable', 'hatsuon']);
    expect(parseWordMorae('ラーメン')[1].kind).toBe('choon');
  });

  it('repeats the previous mora for ヽ and voices it for ヾ', () => {
    expect(parseWordMorae(toKatakana('さゝき')).map((m) => m.kana)).toEqual(['サ', 'サ', 'キ']);
    expect(parseWordMorae('イスヾ').map((m) => m.kana)).toEqual(['イ', 'ス', 'ズ']);
  });

  it('splits words at space, ideographic space, ・ and ＝, keeping 0-based offsets', () => {
    for (const text of ['カトウ キヨマサ', 'カトウ　キヨマサ', 'カトウ・キヨマサ', 'カトウ＝キヨマサ']) {
      const words = parseMorae(text);
      expect(kanaOf(words)).toEqual([['カ', 'ト', 'ウ'], ['キ', 'ヨ', 'マ', 'サ']]);
      expect(words[1][0].start).toBe(4); // 0-based: after 3 kana and one separator
    }
  });

  it('takes an explicit words array and maps offsets through separators in the text', () => {
    const words = parseMorae('かとう・きよまさ', ['かとう', 'きよまさ']);
    expect(kanaOf(words)).toEqual([['カ', 'ト', 'ウ'], ['キ', 'ヨ', 'マ', 'サ']]);
    expect(words[1].map((m) => [m.start, m.end])).toEqual([[4, 5], [5, 6], [6, 7], [7, 8]]);
    expect(() => parseMorae('カトウ', ['カト', 'ウウ'])).toThrow(RangeError);
  });

  it('records end offsets that cover two-character morae', () => {
    expect(parseWordMorae('キョウ').map((m) => [m.start, m.end])).toEqual([[0, 2], [2, 3]]);
  });

  it('tells kana input from kanji input (only kana goes around the tokenizer)', () => {
    expect(isKana('かとう きよまさ')).toBe(true);
    expect(isKana('ヤマダ・タロウ')).toBe(true);
    expect(isKana('加藤')).toBe(false);
    expect(isKana('霞ヶ関')).toBe(false);
    expect(isKana(' ・ ')).toBe(false); // separators alone are not a name
  });
});

describe('markLongVowels', () => {
  const longFlags = (kana: string, pronunciation?: string) =>
    markLongVowels(parseMorae(kana), pronunciation).flat().map((m) => (m.long ? 1 : 0));

  it('follows the pronunciation: トーキョー is long, イノウエ is not (morpheme boundary)', () => {
    expect(longFlags('トウキョウ', 'トーキョー')).toEqual([0, 1, 0, 1]);
    expect(longFlags('イノウエ', 'イノウエ')).toEqual([0, 0, 0, 0]);
  });

  it('marks IPADIC ii/ei as long too (the transcribers decide to keep them)', () => {
    expect(longFlags('ニイガタ', 'ニーガタ')).toEqual([0, 1, 0, 0]);
    expect(longFlags('メイジ', 'メージ')).toEqual([0, 1, 0]);
  });

  it('falls back to オウ/オオ/ウウ without a pronunciation, and leaves エイ/イイ alone', () => {
    expect(longFlags('トウキョウ')).toEqual([0, 1, 0, 1]);
    expect(longFlags('オオサカ')).toEqual([0, 1, 0, 0]);
    expect(longFlags('キュウシュウ')).toEqual([0, 1, 0, 1]);
    expect(longFlags('メイジ')).toEqual([0, 0, 0]);
    expect(longFlags('イシイ')).toEqual([0, 0, 0]);
  });

  it('uses the heuristic when the pronunciation does not align unit for unit', () => {
    expect(longFlags('イノウエ', 'イノエ')).toEqual([0, 0, 1, 0]);
  });

  it('never marks a word-initial vowel or one after ン/ッ as long', () => {
    expect(longFlags('オオ オウ')).toEqual([0, 1, 0, 1]);
    expect(longFlags('ホンウ')).toEqual([0, 0, 0]);
  });

  it('always marks ー', () => {
    expect(longFlags('ラーメン')).toEqual([0, 1, 0, 0]);
  });
});
