/**
 * Stage 2 (normalize): NFC only, with a record per changed span whose offset points into the
 * output text.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as normalizeModule from '../../pipeline/source/normalize.js';
import { normalize, segments, type NormalizeChange } from '../../pipeline/source/normalize.js';
import { seedText } from './fixtures.js';

/** Undo the changes on the output, last first, which must give back the input. */
function undo(output: string, changes: NormalizeChange[]): string {
  let text = output;
  for (const { offset, before, after } of [...changes].reverse()) {
    expect(text.slice(offset, offset + after.length)).toBe(after);
    text = text.slice(0, offset) + before + text.slice(offset + after.length);
  }
  return text;
}

describe('pipeline/source/normalize', () => {
  it('exports normalize and its segmenting helpers', () => {
    expect(Object.keys(normalizeModule).sort()).toEqual(['isBoundary', 'normalize', 'segments']);
  });

  it('leaves the seed alone: it is already NFC, and its ㎛ is an NFKC-only change', () => {
    const text = seedText();
    expect(text).toContain('㎛');
    const result = normalize(text);
    expect(result.text).toBe(text);
    expect(result.changes).toEqual([]);
  });

  it('maps a CJK compatibility ideograph to its unified ideograph (U+F900 → U+8C48)', () => {
    // KS X 1001 hanja with several readings were encoded twice; NFC merges the duplicates.
    const result = normalize('일본 \uF900 연구');
    expect(result.text).toBe('일본 \u8C48 연구');
    expect(result.changes).toEqual([{ offset: 3, before: '\uF900', after: '\u8C48', reason: 'nfc' }]);
  });

  it('composes decomposed Hangul jamo (ᄒ+ᅡ+ᆫ → 한) and reports the span in output offsets', () => {
    // Mac file systems and some PDF extractors hand out conjoining jamo.
    const result = normalize('대\u1112\u1161\u11AB민국 \u1112\u1161\u11AB국');
    expect(result.text).toBe('대한민국 한국');
    expect(result.changes).toEqual([
      { offset: 1, before: '\u1112\u1161\u11AB', after: '한', reason: 'nfc' },
      { offset: 5, before: '\u1112\u1161\u11AB', after: '한', reason: 'nfc' },
    ]);
  });

  it('composes a precomposed LV syllable with a following final jamo (가 + ᆫ → 간)', () => {
    // The syllable opens the span because it is what changes.
    const result = normalize('시\uAC00\u11AB');
    expect(result.text).toBe('시간');
    expect(result.changes).toEqual([{ offset: 1, before: '\uAC00\u11AB', after: '간', reason: 'nfc' }]);
  });

  it('composes kana with a combining voicing mark (か + U+3099 → が)', () => {
    const result = normalize('か\u3099く');
    expect(result.text).toBe('がく');
    expect(result.changes).toEqual([{ offset: 0, before: 'か\u3099', after: 'が', reason: 'nfc' }]);
  });

  it('merges adjacent changed characters into one record', () => {
    const result = normalize('\uF900\uF901');
    expect(result.changes).toEqual([{ offset: 0, before: '\uF900\uF901', after: '\u8C48\u66F4', reason: 'nfc' }]);
  });

  it('leaves NFKC-only characters untouched: ㈱, ㎛, compatibility jamo ㄱ, full-width Ａ１, ①', () => {
    // NFKC would turn these into (株), μm, ᄀ, A1 and 1: editorial choices, not decoding.
    const text = '㈱ ㎛ ㄱ Ａ１ ①';
    expect(text.normalize('NFKC')).not.toBe(text);
    expect(normalize(text)).toEqual({ text, changes: [] });
  });

  it('segments concatenate back to the text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        expect([...segments(text)].join('')).toBe(text);
      }),
    );
  });

  it('property: output is NFC of the input, and undoing the changes gives the input back', () => {
    // Bias towards characters that NFC changes, which arbitrary code points rarely are.
    const interesting = fc.constantFrom('\u1112', '\u1161', '\u11AB', '\uAC00', '\uF900', '\uFA10', 'か', '\u3099', 'e', '\u0301', '\u0327', 'Å', '\u212B', ' ', '한', '漢');
    const text = fc.array(fc.oneof(interesting, fc.string({ unit: 'binary', maxLength: 3 })), { maxLength: 30 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, (input) => {
        const result = normalize(input);
        expect(result.text).toBe(input.normalize('NFC'));
        expect(undo(result.text, result.changes)).toBe(input);
        for (const change of result.changes) {
          expect(change.before).not.toBe(change.after);
          expect(change.reason).toBe('nfc');
        }
        // Records are in order and do not overlap.
        for (let k = 1; k < result.changes.length; k++) {
          const previous = result.changes[k - 1];
          expect(result.changes[k].offset).toBeGreaterThanOrEqual(previous.offset + previous.after.length);
        }
      }),
      { numRuns: 500 },
    );
  });
});
