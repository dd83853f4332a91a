import { describe, expect, it } from 'vitest';
import { applyCorrectionRules, applyGeneralRules, diffEdits } from '../../pipeline/edition/corrections.js';
import { undoubleLine, undoubleWord } from '../../pipeline/edition/fake-bold.js';
import { sliceSource } from '../../pipeline/text/mapped-text.js';

const whole = (text: string) => sliceSource(text, 0, text.length);

describe('corrections', () => {
  // Two lost characters in one entry are two edits, so the characters between keep their offsets.
  it('edits only the characters that differ', () => {
    expect(diffEdits('地域科 技術施策推進委員 ', '地域科學技術施策推進委員會')).toEqual([
      { start: 3, end: 4, insert: '學' },
      { start: 12, end: 13, insert: '會' },
    ]);
  });

  it('applies data rules, counts matches and records each change', () => {
    const result = applyCorrectionRules(whole('(文部科 省, 2003)과 文部科 省의'), [
      { find: '文部科 省', replace: '文部科學省', count: 2, reason: 'lost character in test' },
    ]);
    expect(result.value.text).toBe('(文部科學省, 2003)과 文部科學省의');
    expect(result.matches).toEqual([2]);
    expect(result.applied.map((a) => [a.offset, a.original, a.result])).toEqual([
      [4, ' ', '學'],
      [18, ' ', '學'],
    ]);
  });

  // Issue 13: every match was compared with every earlier one (quadratic in the matches of a
  // line), and the diff of an entry was recomputed per match. Overlaps still count once.
  it('takes many matches on one line, each once, and never an overlapping one', () => {
    const line = Array.from({ length: 40_000 }, () => '가\uFFFD나').join(' ');
    const result = applyCorrectionRules(whole(line), [
      { find: '가\uFFFD나', replace: '가國나', count: 40_000, reason: 'a lost kanji between two syllables' },
      { find: '\uFFFD나 가', replace: '國나 가', count: 0, reason: 'overlaps the first rule: never applied' },
    ]);
    expect(result.matches).toEqual([40_000, 0]);
    expect(result.applied).toHaveLength(40_000);
    expect(result.value.text).toBe(line.replaceAll('\uFFFD', '國'));
    expect(applyCorrectionRules(whole('aaa'), [{ find: 'aa', replace: 'ab', count: 1, reason: 'overlapping occurrences' }]).matches).toEqual([1]);
  });

  // A huge entry must not build a quadratic table (a 32k-character correction exhausted memory):
  // the common prefix and suffix are kept, the differing middle is one edit past a million cells.
  it('diffs a long entry by its differing middle', () => {
    const long = 'ㄱ'.repeat(20_000);
    expect(diffEdits(`${long}가${long}`, `${long}나${long}`)).toEqual([{ start: 20_000, end: 20_001, insert: '나' }]);
    const a = 'ab'.repeat(1_500);
    const b = 'ba'.repeat(1_500);
    expect(diffEdits(a, b)).toEqual([{ start: 0, end: 3_000, insert: b }]);
  });

  it('turns a hyphen after katakana into the long-vowel mark, and leaves other hyphens', () => {
    expect(applyGeneralRules(whole('産業クラスタ-計畫, A-B, 가-나')).value.text).toBe('産業クラスター計畫, A-B, 가-나');
  });
});

describe('fake bold', () => {
  it('undoubles words whose syllables were drawn twice', () => {
    expect(undoubleWord('도호호쿠쿠')?.result).toBe('도호쿠');
    expect(undoubleWord('경경제제산산업업국')?.result).toBe('경제산업국');
    expect(undoubleWord('312억억')?.result).toBe('312억');
    expect(undoubleWord('도도부현')).toBeUndefined();
  });

  // A real repeat on an ordinary line (도도부현) must survive: a line needs several pairs.
  it('leaves lines with too few doubled pairs alone', () => {
    expect(undoubleLine(whole('도도부현(都道府縣) 등에 대한 지원')).fixes).toEqual([]);
    const fixed = undoubleLine(whole('지역역특특성성을을 활활용용한한 기기술술개개발발 312억억 엔 / 보정 38억 엔'));
    expect(fixed.value.text).toBe('지역특성을 활용한 기술개발 312억 엔 / 보정 38억 엔');
  });
});
