import { describe, expect, it } from 'vitest';
import * as module from '../../pipeline/transcribe/hangul.js';
import { hangul } from '../../pipeline/transcribe/hangul.js';

// The reference's table (§1), copied row by row: [kana, word-initial, elsewhere]. Written out
// here rather than read from the code's table, so the test checks the code against the standard.
const POSITIONAL: Array<[string, string, string]> = [
  ['カ', '가', '카'], ['キ', '기', '키'], ['ク', '구', '쿠'], ['ケ', '게', '케'], ['コ', '고', '코'],
  ['タ', '다', '타'], ['チ', '지', '치'], ['ツ', '쓰', '쓰'], ['テ', '데', '테'], ['ト', '도', '토'],
  ['キャ', '갸', '캬'], ['キュ', '규', '큐'], ['キョ', '교', '쿄'],
  ['チャ', '자', '차'], ['チュ', '주', '추'], ['チョ', '조', '초'],
];
const FIXED: Array<[string, string]> = [
  ['アイウエオ', '아이우에오'], ['サシスセソ', '사시스세소'], ['ナニヌネノ', '나니누네노'],
  ['ハヒフヘホ', '하히후헤호'], ['マミムメモ', '마미무메모'], ['ヤユヨ', '야유요'],
  ['ラリルレロ', '라리루레로'], ['ワ', '와'], ['ヲ', '오'], ['ガギグゲゴ', '가기구게고'],
  ['ザジズゼゾ', '자지즈제조'], ['ダヂヅデド', '다지즈데도'], ['バビブベボ', '바비부베보'],
  ['パピプペポ', '파피푸페포'], ['ギャギュギョ', '갸규교'], ['シャシュショ', '샤슈쇼'],
  ['ジャジュジョ', '자주조'], ['ニャニュニョ', '냐뉴뇨'], ['ヒャヒュヒョ', '햐휴효'],
  ['ビャビュビョ', '뱌뷰뵤'], ['ピャピュピョ', '퍄퓨표'], ['ミャミュミョ', '먀뮤묘'], ['リャリュリョ', '랴류료'],
];

// The reference's examples, each for the rule it illustrates.
const EXAMPLES: Array<[kana: string, pronunciation: string | undefined, hangul: string, why: string]> = [
  ['サッポロ', undefined, '삿포로', 'ッ is final ㅅ'],
  ['トットリ', undefined, '돗토리', 'ッ is final ㅅ; ト initial 도, then 토'],
  ['ホッカイドウ', 'ホッカイドー', '홋카이도', 'ッ never assimilates (not 혹카이도)'],
  ['グンマ', undefined, '군마', 'ン is ㄴ before m (not 굼마)'],
  ['シンバシ', undefined, '신바시', 'ン is ㄴ before b'],
  ['サンイン', undefined, '산인', 'ン is ㄴ before a vowel'],
  ['キュウシュウ', 'キューシュー', '규슈', 'long vowels not written'],
  ['ニイガタ', 'ニーガタ', '니가타', 'long ii not written'],
  ['トウキョウ', 'トーキョー', '도쿄', 'long vowels, initial 도, medial 쿄'],
  ['オオサカ', 'オーサカ', '오사카', 'oo long'],
  ['カトウ', 'カトー', '가토', 'initial 가, long o dropped'],
  ['メイジ', 'メージ', '메이지', 'エイ kept by custom'],
  ['イノウエ', 'イノウエ', '이노우에', 'the pronunciation says not long'],
  ['ウエノ', 'ウエノ', '우에노', 'ue is two vowels'],
  ['リュウキュウ', 'リューキュー', '류큐', 'no initial-sound rule'],
  ['ロッポンギ', 'ロッポンギ', '롯폰기', 'no initial-sound rule; ッ ㅅ, ン ㄴ'],
  ['カトウ キヨマサ', 'カトー キヨマサ', '가토 기요마사', 'the given name is a word of its own: 기, not 키'],
  ['キタキュウシュウ', 'キタキューシュー', '기타큐슈', 'a compound place name is one word: 큐, not 규'],
  ['マツヤマ', undefined, '마쓰야마', 'ツ is 쓰, not 츠'],
  ['チュウブ', 'チューブ', '주부', 'no y-glide after ㅈ'],
  ['ラーメン', undefined, '라멘', 'ー is not written'],
];

describe('hangul', () => {
  it('pins its exports', () => {
    expect(Object.keys(module).sort()).toEqual(['hangul', 'hangulWord', 'hangulWords']);
  });

  it.each(POSITIONAL)('%s is %s word-initially', (kana, initial) => {
    expect(hangul(kana)).toBe(initial);
  });

  it.each(POSITIONAL)('%s is %s elsewhere (after ア)', (kana, _initial, medial) => {
    expect(hangul(`ア${kana}`)).toBe(`아${medial}`);
  });

  it.each(FIXED)('%s is the same in every position', (kana, expected) => {
    expect(hangul(kana)).toBe(expected);
    // Each mora elsewhere: after ア, one at a time, so every row is seen non-initially.
    const syllables = [...expected];
    const morae = kana.match(/.[ャュョ]?/gu) ?? [];
    morae.forEach((mora, index) => expect(hangul(`ア${mora}`)).toBe(`아${syllables[index]}`));
  });

  it.each(EXAMPLES)('%s (%s) → %s: %s', (kana, pronunciation, expected) => {
    expect(hangul(kana, { pronunciation })).toBe(expected);
  });

  it('writes no tense consonants anywhere', () => {
    const all = [...POSITIONAL.flatMap(([kana]) => [kana, `ア${kana}`]), ...FIXED.map(([kana]) => kana)].map((kana) => hangul(kana)).join('');
    // ㄲ ㄸ ㅃ ㅉ initials; ㅆ only in 쓰 (ツ), which the standard prescribes.
    const tense = [...all.normalize('NFD')].filter((jamo) => ['\u1101', '\u1104', '\u1108', '\u110D'].includes(jamo));
    expect(tense).toEqual([]);
  });

  it('leaves a stray ッ or ン visible as bare jamo instead of dropping it', () => {
    expect(hangul('ッカ')).toBe('ㅅ카');
  });
});
