// Properties over random kana: whatever the mix of ッ, ン, ー and small kana, the transcribers
// never throw, write only their own alphabets, and agree on the number of words.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { transcribe, transcribeKana } from '../../pipeline/transcribe/transcribe.js';

const KATAKANA = [...'アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワヲンガギグゲゴザジズゼゾダヂヅデドバビブベボパピプペポッーャュョァィゥェォヴ'];
const word = fc.array(fc.constantFrom(...KATAKANA), { minLength: 1, maxLength: 8 }).map((chars) => chars.join(''));
const name = fc.array(word, { minLength: 1, maxLength: 3 }).map((words) => words.join(' '));
const hiragana = (text: string) => [...text].map((c) => (c >= 'ァ' && c <= 'ヶ' && c !== 'ヴ' ? String.fromCharCode(c.charCodeAt(0) - 0x60) : c)).join('');

describe('transcription properties', () => {
  it('writes Hepburn letters only and Hangul syllables (or a visible stray ㄴ/ㅅ) only', () => {
    fc.assert(
      fc.property(name, (kana) => {
        const result = transcribeKana(kana);
        expect(result.romaji).toMatch(/^[A-Za-zāīūēōĀĪŪĒŌ' ]*$/u);
        expect(result.hangul).toMatch(/^[가-힣ㄴㅅ ]*$/u);
      }),
    );
  });

  it('gives one romaji word and one Hangul word per input word', () => {
    fc.assert(
      fc.property(name, (kana) => {
        const result = transcribeKana(kana);
        expect(result.words).toHaveLength(kana.split(' ').length);
        expect(result.romaji.split(' ')).toHaveLength(result.words.length);
        expect(result.hangul.split(' ')).toHaveLength(result.words.length);
      }),
    );
  });

  it('reads hiragana exactly like katakana', () => {
    fc.assert(
      fc.property(name, (kana) => {
        const a = transcribeKana(kana);
        const b = transcribeKana(hiragana(kana));
        expect([b.romaji, b.hangul, b.reading]).toEqual([a.romaji, a.hangul, a.reading]);
      }),
    );
  });

  it('never writes a tense consonant other than the ㅆ of 쓰', () => {
    fc.assert(
      fc.property(name, (kana) => {
        const jamo = [...transcribeKana(kana).hangul.normalize('NFD')];
        expect(jamo.filter((j) => ['\u1101', '\u1104', '\u1108', '\u110D'].includes(j))).toEqual([]);
      }),
    );
  });

  it('takes the kana path inside transcribe() with the same result', async () => {
    await fc.assert(
      fc.asyncProperty(name, async (kana) => {
        const viaTranscribe = await transcribe(kana);
        expect(viaTranscribe).toEqual(transcribeKana(kana));
      }),
      { numRuns: 50 },
    );
  });
});
