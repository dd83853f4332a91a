import { describe, expect, it } from 'vitest';
import * as module from '../../pipeline/transcribe/hepburn.js';
import { hepburn } from '../../pipeline/transcribe/hepburn.js';

// Basic syllabary in modified Hepburn (reference §2: shi chi tsu fu ji zu o).
const SYLLABARY: Array<[string, string]> = [
  ['アイウエオ', 'aiueo'], ['カキクケコ', 'kakikukeko'], ['サシスセソ', 'sashisuseso'],
  ['タチツテト', 'tachitsuteto'], ['ナニヌネノ', 'naninuneno'], ['ハヒフヘホ', 'hahifuheho'],
  ['マミムメモ', 'mamimumemo'], ['ヤユヨ', 'yayuyo'], ['ラリルレロ', 'rarirurero'], ['ワヲ', 'wao'],
  ['ガギグゲゴ', 'gagigugego'], ['ザジズゼゾ', 'zajizuzezo'], ['ダヂヅデド', 'dajizudedo'],
  ['バビブベボ', 'babibubebo'], ['パピプペポ', 'papipupepo'],
  ['キャキュキョ', 'kyakyukyo'], ['シャシュショ', 'shashusho'], ['チャチュチョ', 'chachucho'],
  ['ジャジュジョ', 'jajujo'], ['ニャニュニョ', 'nyanyunyo'], ['ヒャヒュヒョ', 'hyahyuhyo'],
  ['ミャミュミョ', 'myamyumyo'], ['リャリュリョ', 'ryaryuryo'], ['ギャギュギョ', 'gyagyugyo'],
  ['ビャビュビョ', 'byabyubyo'], ['ピャピュピョ', 'pyapyupyo'],
];

// The reference's examples (§2), with the pronunciation IPADIC gives where it matters.
const NAMES: Array<[kana: string, pronunciation: string | undefined, romaji: string, why: string]> = [
  ['トウキョウ', 'トーキョー', 'Tōkyō', 'ou long twice'],
  ['キュウシュウ', 'キューシュー', 'Kyūshū', 'uu long after a glide'],
  ['オオサカ', 'オーサカ', 'Ōsaka', 'oo long; capital macron'],
  ['カトウ', 'カトー', 'Katō', 'ou at the end'],
  ['ホッカイドウ', 'ホッカイドー', 'Hokkaidō', 'doubling before k and a final long o'],
  ['ニイガタ', 'ニーガタ', 'Niigata', 'ii stays even when IPADIC writes ニー'],
  ['メイジ', 'メージ', 'Meiji', 'ei stays even when IPADIC writes メー'],
  ['サンイン', 'サンイン', "San'in", "n' before a vowel"],
  ['エッチュウ', 'エッチュー', 'Etchū', 'っ before ch is t'],
  ['トウホク', 'トーホク', 'Tōhoku', 'from the brief'],
  ['イノウエ', 'イノウエ', 'Inoue', 'morpheme boundary, not long'],
  ['シンバシ', undefined, 'Shinbashi', 'modified Hepburn keeps n before b'],
  ['ジュンイチ', undefined, "Jun'ichi", "n' before i"],
  ['キンヨウ', undefined, "Kin'yō", "n' before y"],
  ['マッシロ', undefined, 'Masshiro', 'doubling sh gives ssh'],
  ['マッツ', undefined, 'Mattsu', 'doubling ts gives tts'],
  ['ラーメン', undefined, 'Rāmen', 'ー gives a macron'],
  ['カトウ キヨマサ', 'カトー キヨマサ', 'Katō Kiyomasa', 'each word capitalised'],
];

describe('hepburn', () => {
  it('pins its exports', () => {
    expect(Object.keys(module).sort()).toEqual(['hepburn', 'hepburnWord', 'hepburnWords']);
  });

  it.each(SYLLABARY)('spells the basic syllabary: %s', (kana, romaji) => {
    expect(hepburn(kana, { capitalize: false })).toBe(romaji);
  });

  it.each(NAMES)('%s (%s) → %s: %s', (kana, pronunciation, romaji) => {
    expect(hepburn(kana, { pronunciation })).toBe(romaji);
  });

  it('reads hiragana the same as katakana', () => {
    expect(hepburn('ほっかいどう')).toBe('Hokkaidō');
  });

  it('writes no macron for ー at the start of a word (nothing to lengthen)', () => {
    expect(hepburn('ーア', { capitalize: false })).toBe('a');
  });
});
