import { describe, expect, it } from 'vitest';
import * as module from '../../pipeline/transcribe/transcribe.js';
import { transcribe, transcribeKana, type LookupResult } from '../../pipeline/transcribe/transcribe.js';

describe('transcribeKana', () => {
  it('pins the module exports', () => {
    expect(Object.keys(module).sort()).toEqual(['transcribe', 'transcribeKana']);
  });

  it('fills every field from kana alone (the reference example 加藤清正)', () => {
    expect(transcribeKana('かとう きよまさ')).toEqual({
      input: 'かとう きよまさ',
      reading: 'カトウ キヨマサ',
      pronunciation: 'カトー キヨマサ',
      romaji: 'Katō Kiyomasa',
      hangul: '가토 기요마사',
      words: [
        { surface: 'かとう', reading: 'カトウ', romaji: 'Katō', hangul: '가토', start: 0, end: 3, source: 'kana' },
        { surface: 'きよまさ', reading: 'キヨマサ', romaji: 'Kiyomasa', hangul: '기요마사', start: 4, end: 8, source: 'kana' },
      ],
      source: 'kana',
    });
  });

  it('lets the pronunciation decide long vowels (井上 is not Inōe)', () => {
    expect(transcribeKana('イノウエ', { pronunciation: 'イノウエ' })).toMatchObject({ romaji: 'Inoue', hangul: '이노우에' });
    expect(transcribeKana('イノウエ')).toMatchObject({ romaji: 'Inōe', hangul: '이노에' }); // documented heuristic miss
  });

  it('splits words from an explicit words array', () => {
    const result = transcribeKana('カトウキヨマサ', { words: ['カトウ', 'キヨマサ'] });
    expect(result.hangul).toBe('가토 기요마사');
    expect(result.words.map((w) => w.surface)).toEqual(['カトウ', 'キヨマサ']);
  });
});

// The brief's and the reference's kanji examples, read by kuromoji (IPADIC).
const KANJI: Array<[input: string, romaji: string, hangul: string, why: string]> = [
  ['北海道', 'Hokkaidō', '홋카이도', '道 is part of the name, not a suffix'],
  ['東北', 'Tōhoku', '도호쿠', 'pronunciation トーホク gives both long vowels'],
  ['九州', 'Kyūshū', '규슈', 'long uu, initial 규'],
  ['新潟', 'Niigata', '니가타', 'IPADIC ニーガタ: ii stays in romaji, dropped in Hangul'],
  ['広島', 'Hiroshima', '히로시마', 'tagged as an organisation, still one word'],
  ['福岡', 'Fukuoka', '후쿠오카', 'plain'],
  ['札幌', 'Sapporo', '삿포로', 'ッ'],
  ['仙台', 'Sendai', '센다이', 'ン'],
  ['浜松', 'Hamamatsu', '하마마쓰', 'ツ 쓰'],
  ['名古屋', 'Nagoya', '나고야', 'plain'],
  ['富山県', 'Toyama-ken', '도야마현', '県 read 현'],
  ['東京都', 'Tōkyō-to', '도쿄도', '都 read 도'],
  ['北九州市', 'Kitakyūshū-shi', '기타큐슈시', 'compound place name one word; 市 시'],
  ['大阪府', 'Ōsaka-fu', '오사카부', '府 read 부'],
  ['加藤清正', 'Katō Kiyomasa', '가토 기요마사', 'family and given name are separate words'],
  ['井上', 'Inoue', '이노우에', 'pronunciation イノウエ keeps the morpheme boundary'],
  ['上野', 'Ueno', '우에노', 'two vowels'],
  ['廣島', 'Hiroshima', '히로시마', 'folded: unfolded it reads ヒロシ+トウ'],
  ['關西', 'Kansai', '간사이', 'folded: unfolded 關 is unknown'],
  ['坂本龍馬', 'Sakamoto Ryōma', '사카모토 료마', 'folding 龍 → 竜 gives 竜馬 リョウマ'],
];

describe('transcribe (kuromoji)', () => {
  it.each(KANJI)('%s → %s / %s: %s', async (input, romaji, hangul) => {
    const result = await transcribe(input);
    expect([result.romaji, result.hangul]).toEqual([romaji, hangul]);
    expect(result.source).toBe('tokenizer');
  });

  it("keeps the author's characters and 0-based offsets in every word", async () => {
    const result = await transcribe('東京都千代田区と廣島縣');
    expect(result.words.map((w) => [w.surface, w.start, w.end])).toEqual([
      ['東京都', 0, 3], ['千代田区', 3, 7], ['と', 7, 8], ['廣島縣', 8, 11],
    ]);
    expect(result.words[3]).toMatchObject({ romaji: 'Hiroshima-ken', hangul: '히로시마현' });
  });

  it('drops punctuation and spaces between words', async () => {
    const result = await transcribe('山田 太郎、大阪');
    expect(result.hangul).toBe('야마다 다로 오사카');
  });

  it('passes unread characters through and flags them (kuromoji gives no reading)', async () => {
    const result = await transcribe('𠮷田');
    expect(result.words.some((w) => w.unread)).toBe(true);
    expect(result.hangul).toContain('𠮷');
  });

  it('gives the word its IPADIC part of speech', async () => {
    const [family, given] = (await transcribe('加藤清正')).words;
    expect(family.pos).toBe('名詞,固有名詞,人名,姓');
    expect(given.pos).toBe('名詞,固有名詞,人名,名');
  });
});

describe('transcribe with a glossary lookup', () => {
  // Stand-in for the glossary built elsewhere; the names here are the reference's traps.
  const GLOSSARY: Record<string, LookupResult> = {
    山崎: { reading: 'ヤマサキ' },
    加藤和暢: { reading: 'カトウ カズノブ', pronunciation: 'カトー カズノブ' },
    富山: { reading: 'トヤマ', hangul: '도야마' },
    カトウ: { reading: 'カトウ', romaji: 'Kato' },
  };
  const lookup = (surface: string) => GLOSSARY[surface];

  it('overrides the tokenizer per word (山崎朗 the scholar is Yamasaki)', async () => {
    const result = await transcribe('山崎朗', { lookup });
    expect(result.romaji).toBe('Yamasaki Akira');
    expect(result.words.map((w) => w.source)).toEqual(['lookup', 'tokenizer']);
    expect(result.source).toBe('tokenizer'); // 朗 is still unconfirmed
  });

  it('matches the whole input first (加藤和暢 comes apart in IPADIC)', async () => {
    const result = await transcribe('加藤和暢', { lookup });
    expect(result).toMatchObject({ romaji: 'Katō Kazunobu', hangul: '가토 가즈노부', source: 'lookup' });
  });

  it('matches the longest token span inside a longer input', async () => {
    const result = await transcribe('加藤和暢と山崎', { lookup });
    expect(result.words.map((w) => w.surface)).toEqual(['加藤和暢', 'と', '山崎']);
    expect(result.words[0].hangul).toBe('가토 가즈노부');
  });

  it('still reads an administrative suffix after a glossary word', async () => {
    const result = await transcribe('富山県', { lookup });
    expect(result.words).toHaveLength(1);
    expect(result.words[0]).toMatchObject({ surface: '富山県', romaji: 'Toyama-ken', hangul: '도야마현', source: 'lookup' });
  });

  it('asks with the folded form when the original is unknown to the glossary', async () => {
    const asked: string[] = [];
    await transcribe('廣島', { lookup: (surface) => (asked.push(surface), undefined) });
    expect(asked).toContain('廣島');
    expect(asked).toContain('広島');
  });

  it('applies to kana input per word, still without the tokenizer', async () => {
    const result = await transcribe('カトウ キヨマサ', { lookup });
    expect(result.romaji).toBe('Kato Kiyomasa');
    expect(result.source).toBe('lookup');
  });
});
