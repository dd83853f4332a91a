/** Spaces inside a run (wrap or family/given separator) and the serialisation of names.json. */
import { describe, expect, it } from 'vitest';
import { namesJson, type NameRecord } from '../../pipeline/names/index.js';
import { nameSeparators, spaceGaps, withSpaces } from '../../pipeline/names/separators.js';
import { findSpans } from '../../pipeline/names/spans.js';
import { sliceSource, type MappedText } from '../../pipeline/text/mapped-text.js';
import type { Token } from '../../pipeline/transcribe/tokenizer.js';

const token = (surface: string, start: number, pos: string): Token => ({ surface, start, end: start + surface.length, pos, known: true });

describe('spaces inside a run', () => {
  it('finds a space the spacing stage already removed, from the source offsets', () => {
    const source = '야마사키(山崎 朗)';
    // The edition without the space: units keep their source offsets.
    const edited: MappedText = { text: '야마사키(山崎朗)', offsets: Int32Array.from([0, 1, 2, 3, 4, 5, 6, 8, 9]) };
    const [span] = findSpans(edited);
    expect(span.gaps).toEqual([]);
    expect(spaceGaps(span, edited, source)).toEqual([2]);
  });

  it('keeps a space between a family and a given name, drops one inside a word', () => {
    const tokens = [token('山崎', 0, '名詞,固有名詞,人名,姓'), token('朗', 2, '名詞,固有名詞,人名,名')];
    expect(nameSeparators([2], tokens)).toEqual([2]);
    expect(nameSeparators([1], [token('宮城', 0, '名詞,固有名詞,地域,一般')])).toEqual([]);
    expect(withSpaces('山崎朗', [2])).toBe('山崎 朗');
    expect(withSpaces('宮城', [])).toBe('宮城');
  });

  it('sees edition spaces too', () => {
    const text = '(宮 城)';
    expect(spaceGaps(findSpans(sliceSource(text, 0, text.length))[0], sliceSource(text, 0, text.length), text)).toEqual([1]);
  });
});

describe('namesJson', () => {
  const record = (surface: string, offset: number) =>
    ({ surface, source: { line: 1, column: offset + 1, offset, end: { line: 1, column: offset + 2, offset: offset + 1 } } }) as unknown as NameRecord;

  it('sorts by source position, wraps in {"names"} and ends with a newline', () => {
    const json = namesJson([record('b', 5), record('a', 1)]);
    expect(json.endsWith('}\n')).toBe(true);
    expect((JSON.parse(json) as { names: NameRecord[] }).names.map((entry) => entry.surface)).toEqual(['a', 'b']);
    expect(namesJson([])).toBe('{\n  "names": []\n}\n');
  });
});
