// The transcription classes of issue 12 item 4, each case with the rule it shows. Expected
// forms follow shared/reference/ja-ko-transcription.md (long vowels not written in Hangul,
// macrons in Hepburn, ii kept) and, for ヴ, the reference implementation (hangulize: 브).
import { describe, expect, it } from 'vitest';
import { tokenPronunciation } from '../../pipeline/transcribe/long-vowels.js';
import { transcribe, transcribeKana } from '../../pipeline/transcribe/transcribe.js';

const CASES: Array<[input: string, romaji: string, hangul: string, why: string]> = [
  ['郡山', 'Kōriyama', '고리야마', 'IPADIC leaves コオリヤマ unmarked: a vowel doubled in the first two morae of a noun is long'],
  ['椎茸', 'Shiitake', '시타케', 'IPADIC marks シータケ'],
  ['地域', 'Chiiki', '지이키', 'a token\'s イイ is the dictionary\'s call: unmarked チイキ is a boundary (地 + 域)'],
  ['しいたけ', 'Shiitake', '시타케', 'bare kana: イイ as the first two morae is long'],
  ['いいだ', 'Iida', '이다', 'bare kana reads like 飯田'],
  ['飯田', 'Iida', '이다', 'IPADIC marks イーダ'],
  ['にいがた', 'Niigata', '니가타', 'bare kana like 新潟'],
  ['いいえ', 'Iie', '이에', 'bare kana: first イイ long'],
  ['広岡', 'Hirooka', '히로오카', 'a later オオ in a proper noun is the boundary IPADIC left unmarked (Hiro-oka)'],
  ['妹尾', 'Senoo', '세노오', 'the same (Seno-o)'],
  ['石井', 'Ishii', '이시이', 'a later イイ is no long vowel (石 + 井)'],
  ['井上', 'Inoue', '이노우에', 'オウ stays with the dictionary (井 + 上)'],
  ['縫う', 'Nuu', '누우', 'a verb keeps the dictionary word: the ending ウ is no long vowel'],
  ['書いて', 'Kaite', '가이테', 'an inflected word stays whole: て takes no word-initial 데'],
  ['行って', 'Itte', '잇테', 'the same with ッ before the ending'],
  ['聞いて', 'Kiite', '기이테', 'a verb stem キイ is no long vowel'],
  ['ケーシィ', 'Kēshii', '게시', 'a small ィ repeating the vowel before it only lengthens it'],
  ['ネゲヴ', 'Negevu', '네게브', 'ヴ alone is ㅂ, written 브 (hangulize)'],
  ['ヴァイオリン', 'Vaiorin', '바이오린', 'ヴァ keeps its vowel'],
  ['九州おぎはら産業', 'Kyūshū Ogihara Sangyō', '규슈 오기하라 산교', 'a prefix (お) belongs to the word it opens'],
];

describe('transcription rule classes (issue 12)', () => {
  for (const [input, romaji, hangul, why] of CASES) {
    it(`${input} → ${romaji} / ${hangul}: ${why}`, async () => {
      expect(await transcribe(input)).toMatchObject({ romaji, hangul });
    });
  }

  it('keeps bare-kana アア apart (a documented choice: given names たかあき, まさあき straddle a boundary)', () => {
    expect(transcribeKana('たかあき')).toMatchObject({ romaji: 'Takaaki', hangul: '다카아키' });
    expect(transcribeKana('おばあさん')).toMatchObject({ romaji: 'Obaasan', hangul: '오바아산' });
  });

  it('fills an unmarked noun pronunciation, leaves marked ones and verbs alone', () => {
    expect(tokenPronunciation('コオリヤマ', 'コオリヤマ', '名詞,固有名詞,地域,一般')).toBe('コーリヤマ');
    expect(tokenPronunciation('ヒロオカ', 'ヒロオカ', '名詞,固有名詞,人名,姓')).toBe('ヒロオカ');
    expect(tokenPronunciation('トオリ', 'トオリ', '名詞,一般,*,*')).toBe('トーリ');
    expect(tokenPronunciation('キョウト', 'キョート', '名詞,固有名詞,地域,一般')).toBe('キョート');
    expect(tokenPronunciation('ヌウ', 'ヌウ', '動詞,自立,*,*')).toBe('ヌウ');
    expect(tokenPronunciation('キュウ', 'キュウ', '名詞,一般,*,*')).toBe('キュー'); // ュ gives the mora its u
    expect(tokenPronunciation('カ', undefined, '名詞,一般,*,*')).toBeUndefined();
  });
});
