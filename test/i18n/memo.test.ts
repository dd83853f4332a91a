import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { memoizeTranslation } from '../../pipeline/i18n/memo.js';

/** A stand-in translation function that counts its calls. */
function counting() {
  const calls: unknown[][] = [];
  const t = ((...args: unknown[]) => {
    calls.push(args);
    const [key, options] = args;
    if (key === 'object') return { nested: true };
    return `${String(key)}:${JSON.stringify(options ?? null)}:${args.length}`;
  }) as unknown as TFunction;
  return { t, calls };
}

describe('memoizeTranslation', () => {
  it('asks once per key and options, and gives the same answer after', () => {
    const { t, calls } = counting();
    const memo = memoizeTranslation(t) as unknown as (...args: unknown[]) => unknown;
    expect(memo('a', { line: 1 })).toBe('a:{"line":1}:2');
    expect(memo('a', { line: 1 })).toBe('a:{"line":1}:2');
    expect(memo('a', { line: 2 })).toBe('a:{"line":2}:2');
    expect(memo('a')).toBe('a:null:1');
    expect(memo('a')).toBe('a:null:1');
    expect(calls.length).toBe(3);
  });

  it('passes through what it cannot remember: key arrays, default values, non-strings', () => {
    const { t, calls } = counting();
    const memo = memoizeTranslation(t) as unknown as (...args: unknown[]) => unknown;
    memo(['a', 'b']);
    memo(['a', 'b']);
    expect(memo('a', 'default', { x: 1 })).toBe('a:"default":3');
    memo('a', 'default', { x: 1 });
    expect(memo('object')).toEqual({ nested: true });
    memo('object');
    expect(calls.length).toBe(6);
  });

  it('stays within its limit', () => {
    const { t, calls } = counting();
    const memo = memoizeTranslation(t, 3) as unknown as (...args: unknown[]) => unknown;
    for (const line of [1, 2, 3, 4]) memo('a', { line });
    memo('a', { line: 4 });
    expect(calls.length).toBe(4);
    memo('a', { line: 1 });
    expect(calls.length).toBe(5);
  });
});
