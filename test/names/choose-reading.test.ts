// Choosing a reading (pipeline/names/choose-reading.ts): the tokenizer's guess against the
// dictionary's readings, decided by the author's own Korean; what nothing decides stays a guess
// and says what else it could be.
import { describe, expect, it } from 'vitest';
import { chooseWordReading, foldAuthor, weighReading } from '../../pipeline/names/choose-reading.js';
import type { NameDictionary, NameReading } from '../../pipeline/names/name-dictionary.js';
import { transcribeKana, type TranscribedWord } from '../../pipeline/transcribe/transcribe.js';

const DATA: Record<string, NameReading[]> = {
  豊田: [
    { kana: 'トミタ', type: 'surname' },
    { kana: 'トヨタ', type: 'surname' },
    { kana: 'トヨダ', type: 'surname' },
  ],
  郡山: [
    { kana: 'グンヤマ', type: 'surname' },
    { kana: 'コオリヤマ', type: 'surname' },
  ],
  朗: [
    { kana: 'アキラ', type: 'given' },
    { kana: 'アキ', type: 'given' },
  ],
  山崎: [
    { kana: 'ヤマサキ', type: 'surname' },
    { kana: 'ヤマザキ', type: 'surname' },
  ],
  福井: [{ kana: 'フクイ', type: 'surname' }],
};
const dictionary: NameDictionary = { readings: (form) => DATA[form] ?? [] };

// A word as the tokenizer read it.
function guessed(surface: string, reading: string, pos = '名詞,固有名詞,人名,姓,*,*'): TranscribedWord {
  const read = transcribeKana(reading);
  return { surface, reading, romaji: read.romaji, hangul: read.hangul, pos, source: 'tokenizer' };
}

describe('chooseWordReading', () => {
  it('takes the dictionary reading the author spells (豊田 토요타: トヨタ, not IPADIC\'s トヨダ), aspiration aside', () => {
    const choice = chooseWordReading([guessed('豊田', 'トヨダ')], 0, dictionary, '토요타');
    expect(choice).toMatchObject({ source: 'dictionary', confidence: 'high', word: { reading: 'トヨタ', hangul: '도요타', romaji: 'Toyota' } });
  });

  it('reads a dictionary reading\'s long vowel as an unmarked proper noun would (コオリヤマ Kōriyama)', () => {
    const choice = chooseWordReading([guessed('郡山', 'グンヤマ')], 0, dictionary, '고리야마');
    expect(choice.word).toMatchObject({ reading: 'コオリヤマ', romaji: 'Kōriyama', hangul: '고리야마' });
  });

  it('keeps a guess the dictionary does not know, or one nothing chooses among several, with the candidates', () => {
    expect(chooseWordReading([guessed('龠', 'ヤク')], 0, dictionary, undefined)).toMatchObject({ source: 'tokenizer', confidence: 'low' });
    const open = chooseWordReading([guessed('豊田', 'トヨダ')], 0, dictionary, undefined);
    expect(open).toMatchObject({ source: 'tokenizer', confidence: 'low', candidates: ['トミタ', 'トヨタ', 'トヨダ'] });
  });

  it('confirms a guess that is the dictionary\'s only reading (medium without a rendering)', () => {
    expect(chooseWordReading([guessed('福井', 'フクイ')], 0, dictionary, undefined)).toMatchObject({ source: 'dictionary', confidence: 'medium' });
  });

  it('does not choose by a rendering unrelated to every reading (a translation), nor one that stops before the word', () => {
    expect(chooseWordReading([guessed('豊田', 'トヨダ')], 0, dictionary, '풍전')).toMatchObject({ source: 'tokenizer' });
    const words = [guessed('山崎', 'ヤマザキ'), guessed('朗', 'アキラ', '名詞,固有名詞,人名,名,*,*')];
    expect(chooseWordReading(words, 0, dictionary, '야마사키')).toMatchObject({ source: 'dictionary', word: { reading: 'ヤマサキ' } });
    expect(chooseWordReading(words, 1, dictionary, '야마사키')).toMatchObject({ source: 'tokenizer', candidates: ['アキラ', 'アキ'] });
  });

  it('never looks up a prefix (大 of 大山崎)', () => {
    expect(chooseWordReading([guessed('大', 'ダイ', '接頭詞,名詞接続,*,*')], 0, { readings: () => [{ kana: 'オオ', type: 'surname' }] }, '오오')).toMatchObject({ source: 'tokenizer' });
  });
});

describe('foldAuthor and weighReading', () => {
  it('undoes initial aspiration, written long vowels and 츠 in the author\'s form', () => {
    expect(foldAuthor('토요타')).toBe('도요타');
    expect(foldAuthor('카토우')).toBe('가토');
    expect(foldAuthor('이이다')).toBe('이다');
    expect(foldAuthor('마츠모토 켄토')).toBe('마쓰모토겐토');
  });

  it('lets the weakest word decide the whole name, and leaves glossary readings alone', async () => {
    const words = [guessed('山崎', 'ヤマザキ'), guessed('朗', 'アキラ', '名詞,固有名詞,人名,名,*,*')];
    const name = { words, reading: 'ヤマザキ アキラ', romaji: 'Yamazaki Akira', hangul: '야마자키 아키라', source: 'tokenizer' };
    const weighed = await weighReading(name, '야마사키', async () => dictionary);
    expect(weighed).toMatchObject({ reading: 'ヤマサキ アキラ', source: 'tokenizer', confidence: 'low', candidates: [{ surface: '朗', readings: ['アキラ', 'アキ'] }] });
    const glossary = { ...name, source: 'lookup' };
    expect(await weighReading(glossary, undefined, async () => undefined)).toMatchObject({ source: 'glossary', confidence: 'high' });
  });
});
