import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as module from '../../pipeline/transcribe/kanji-forms.js';
import {
  KanjiFormsError,
  defaultKanjiFormsPath,
  foldKanjiForms,
  loadKanjiForms,
  parseKanjiForms,
  unfoldRange,
} from '../../pipeline/transcribe/kanji-forms.js';

const HEADER = 'old_or_variant\tmodern\tnote';
const table = (...rows: string[]) => ['# provenance comment', HEADER, ...rows].join('\n');

describe('kanji forms table', () => {
  it('pins its exports', () => {
    expect(Object.keys(module).sort()).toEqual([
      'KanjiFormsError', 'defaultKanjiFormsPath', 'foldKanjiForms', 'loadKanjiForms', 'parseKanjiForms', 'unfoldRange',
    ]);
  });

  it('loads the shipped table and it passes validation', () => {
    const forms = loadKanjiForms();
    expect(forms.size).toBeGreaterThan(300);
    expect(defaultKanjiFormsPath()).toMatch(/glossary[\\/]kanji-forms\.tsv$/);
  });

  it('covers every form the reference and the brief name', () => {
    const forms = loadKanjiForms();
    for (const old of '關廣德戶國氣靑縣學經濟會畫繩賴靜觀圖團對澤濱當將惠榮齊齋櫻龍邊邉髙') {
      expect(forms.has(old), old).toBe(true);
    }
  });

  it('keeps Japan\'s "design difference" pairs that old→new tables miss (reference §3)', () => {
    expect(loadKanjiForms().get('靑')).toBe('青');
    expect(loadKanjiForms().get('戶')).toBe('戸');
  });

  it('loads once per path (the attacher, not the transformer, pays for it)', () => {
    expect(loadKanjiForms()).toBe(loadKanjiForms());
  });

  // Each bad line must be reported with the file and its 1-based line.
  const BAD: Array<[string, string, RegExp]> = [
    ['missing header', ['# c', '關\t関\tx'].join('\n'), /t\.tsv:2: expected header/],
    ['two columns', table('關\t関'), /t\.tsv:3: expected 3 tab-separated columns/],
    ['two characters', table('關西\t関西\tx'), /t\.tsv:3: old_or_variant must be one character/],
    ['compatibility ideograph', table('\uF900\t豈\tx'), /t\.tsv:3: old_or_variant .* changes under NFC/],
    ['folds to itself', table('関\t関\tx'), /t\.tsv:3: "関" folds to itself/],
    ['empty note', table('關\t関\t '), /t\.tsv:3: note is empty/],
    ['duplicate', table('關\t関\tx', '關\t関\ty'), /t\.tsv:4: "關" already listed on line 3/],
    ['chain', table('邊\t邉\tx', '邉\t辺\ty'), /t\.tsv:3: "邉" is itself folded/],
  ];
  it.each(BAD)('rejects a table with %s', (_why, text, message) => {
    expect(() => parseKanjiForms(text, 't.tsv')).toThrow(KanjiFormsError);
    expect(() => parseKanjiForms(text, 't.tsv')).toThrow(message);
  });

  it('names the file when loading a bad table from disk', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kanji-forms-'));
    const file = join(dir, 'bad.tsv');
    writeFileSync(file, table('關\t関'));
    expect(() => loadKanjiForms(file)).toThrow(`${file}:3:`);
  });
});

describe('foldKanjiForms', () => {
  it('folds old forms 1:1, so the folded text has the same length and offsets[i] === i', () => {
    const folded = foldKanjiForms('廣島と關西の德川');
    expect(folded.text).toBe('広島と関西の徳川');
    expect([...folded.offsets]).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
  });

  it('applies NFC per character, so compatibility ideographs from Korean encodings fold too', () => {
    // U+F92C is KS X 1001's compatibility form of 郎.
    expect(foldKanjiForms('\uF92C').text).toBe('郎');
  });

  it('never applies NFKC: Korean text and symbols pass through untouched', () => {
    const korean = '간사이(關西)와 ㈱ ㄱ';
    expect(foldKanjiForms(korean).text).toBe('간사이(関西)와 ㈱ ㄱ');
  });

  it('keeps offsets across astral characters (0-based UTF-16 into the original)', () => {
    const folded = foldKanjiForms('𠮷廣');
    expect(folded.text).toBe('𠮷広');
    expect([...folded.offsets]).toEqual([0, 0, 2]);
    expect(unfoldRange(folded, 2, 3, 3)).toEqual({ start: 2, end: 3 });
  });

  it('maps a folded range back to the author\'s characters', () => {
    const input = '自廣島至關西';
    const folded = foldKanjiForms(input);
    const { start, end } = unfoldRange(folded, 1, 3, input.length);
    expect(input.slice(start, end)).toBe('廣島');
    expect(unfoldRange(folded, 4, 6, input.length)).toEqual({ start: 4, end: 6 });
  });

  it('accepts an injected table (tests, other projects)', () => {
    expect(foldKanjiForms('AB', new Map([['A', 'Z']])).text).toBe('ZB');
  });
});
