import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compact, isWhitespace } from '../../pipeline/tables/compact.js';

describe('compact', () => {
  it('agrees with /\\s/ on every UTF-16 unit', () => {
    for (let code = 0; code <= 0xffff; code++) expect(isWhitespace(code), code.toString(16)).toBe(/\s/u.test(String.fromCharCode(code)));
  });

  it('drops whitespace and maps each kept unit back to its index', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('약', '5', ' ', '\n', '\u3000', '년', '클', '𠮷', '\t') }), (text) => {
        const view = compact(text);
        expect(view.text).toBe(text.replace(/\s/gu, ''));
        expect([...view.index].map((at) => text[at]).join('')).toBe(view.text);
      }),
    );
  });

  it('gives the same view of a mapped text twice', () => {
    const text = { text: '클러 스터', offsets: Int32Array.from([0, 1, 2, 3, 4]) };
    expect(compact(text)).toBe(compact(text));
    expect(compact(text).text).toBe('클러스터');
  });
});
