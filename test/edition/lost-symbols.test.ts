/**
 * Lost symbols in figure and table notes (pipeline/edition/lost-symbols.ts).
 */
import { describe, expect, it } from 'vitest';
import * as lost from '../../pipeline/edition/lost-symbols.js';

describe('lost-symbols', () => {
  it('exports the mark and the finder', () => {
    expect(Object.keys(lost).sort()).toEqual(['LOST_SYMBOL_MARK', 'lostSymbolAt']);
  });

  // A topic or object particle cannot begin a phrase: something stood before it.
  it('finds a note line that starts with a bare particle', () => {
    expect(lost.lostSymbolAt('은 기술개발,')).toBe(0);
    expect(lost.lostSymbolAt('를 나타낸다')).toBe(0);
  });

  // Words that merely start with the same syllable, and ordinary lines, are not losses.
  it('leaves words and ordinary lines alone', () => {
    for (const line of ['은행 대출', '는', '3) 밑줄은 지역경제산업국이', '◆는 시행지역으로서', '이 표는']) expect(lost.lostSymbolAt(line), line).toBeUndefined();
  });
});
