import { describe, expect, it } from 'vitest';
import * as mapped from '../../pipeline/text/mapped-text.js';

describe('mapped-text', () => {
  it('exports the documented functions', () => {
    expect(Object.keys(mapped).sort()).toEqual(['applyEdits', 'concat', 'concatAll', 'inserted', 'slice', 'sliceSource', 'sourceRange']);
  });

  it('keeps offsets through slicing and concatenation', () => {
    const source = 'abc def';
    const joined = mapped.concat(mapped.sliceSource(source, 0, 3), mapped.inserted('_'), mapped.sliceSource(source, 4, 7));
    expect(joined.text).toBe('abc_def');
    expect([...joined.offsets]).toEqual([0, 1, 2, -1, 4, 5, 6]);
  });

  // A removed space must not disturb its neighbours' offsets; a same-length replacement keeps
  // the replaced unit's offset, so a corrected character still points at its source.
  it('applies deletions, same-length replacements and insertions', () => {
    const value = mapped.sliceSource('x처음으 로y', 0, 7);
    const edited = mapped.applyEdits(value, [
      { start: 4, end: 5, insert: '' },
      { start: 0, end: 1, insert: 'X' },
      { start: 6, end: 6, insert: '!!' },
    ]);
    expect(edited.text).toBe('X처음으로!!y');
    expect([...edited.offsets]).toEqual([0, 1, 2, 3, 5, 5, 5, 6]);
  });

  it('refuses overlapping edits', () => {
    const value = mapped.sliceSource('abcdef', 0, 6);
    expect(() => mapped.applyEdits(value, [{ start: 0, end: 3, insert: '' }, { start: 2, end: 4, insert: '' }])).toThrow(RangeError);
  });

  it('reports the source range', () => {
    expect(mapped.sourceRange(mapped.inserted('zz'))).toBeUndefined();
    expect(mapped.sourceRange(mapped.sliceSource('hello', 1, 4))).toEqual({ start: 1, end: 4 });
  });
});
