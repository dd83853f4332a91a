/**
 * Code-point ordering (pipeline/text/compare.ts), the order every output uses instead of the
 * locale's: the CLI test in test/hostile.test.ts builds the seed under LANG=ko_KR.UTF-8.
 */
import { describe, expect, it } from 'vitest';
import { compareCodePoints } from '../../pipeline/text/compare.js';

const codePointOrder = (a: string, b: string) => {
  const x = [...a].map((char) => char.codePointAt(0)!);
  const y = [...b].map((char) => char.codePointAt(0)!);
  for (let i = 0; i < Math.min(x.length, y.length); i++) if (x[i] !== y[i]) return x[i] - y[i];
  return x.length - y.length;
};

describe('compareCodePoints', () => {
  it('orders by code point, where a locale would not', () => {
    const words = ['토카이 모노즈쿠리', '토카이 for', 'ab', 'a-b', 'B', 'a', '가', '東京', ''];
    expect([...words].sort(compareCodePoints)).toEqual(['', 'B', 'a', 'a-b', 'ab', '가', '東京', '토카이 for', '토카이 모노즈쿠리'].sort(codePointOrder));
    expect([...words].sort(compareCodePoints)).toEqual([...words].sort(codePointOrder));
  });

  it('puts U+E000–U+FFFF before astral characters, unlike code-unit order', () => {
    const privateUse = '\uF0F5';
    const astral = '𠀋'; // U+2000B, surrogates D840 DC0B
    expect(privateUse < astral).toBe(false); // code units put the astral character first
    expect(compareCodePoints(privateUse, astral)).toBeLessThan(0);
    expect(compareCodePoints(astral, privateUse)).toBeGreaterThan(0);
    expect(compareCodePoints('\uFFFD', '𠀋')).toBeLessThan(0);
    expect(compareCodePoints('𠀋', '𠀋')).toBe(0);
  });

  it('agrees with a code-point comparison on random strings', () => {
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const pool = ['a', 'Z', '-', ' ', '가', '힣', '\uE000', '\uFFFD', '𠀋', '😀', '東'];
    const word = () => Array.from({ length: Math.floor(random() * 4) }, () => pool[Math.floor(random() * pool.length)]).join('');
    for (let i = 0; i < 2000; i++) {
      const a = word();
      const b = word();
      expect(Math.sign(compareCodePoints(a, b))).toBe(Math.sign(codePointOrder(a, b)));
    }
  });
});
