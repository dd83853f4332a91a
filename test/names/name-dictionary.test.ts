// The names dictionary (pipeline/names/name-dictionary.ts): the index built from the npm
// package's lines is sorted, says where its data comes from (CC BY-SA), and a binary search
// finds exactly the readings of a form, at the ends of the index too.
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import * as module from '../../pipeline/names/name-dictionary.js';
import { INDEX_HEADER, buildIndex, indexDictionary, nameDictionary } from '../../pipeline/names/name-dictionary.js';

const LINES = ['toyota|toyota|豊田|とよた|surname', 'tomita|tomita|豊田|とみた|surname', 'akira|akira|朗|あきら|given', 'yama|yama|山|やま|surname', 'yamasaki|yamasaki|山崎|やまさき|surname', 'zzz|zzz|龠|やく|unknown', 'broken line', ''];

describe('name dictionary index', () => {
  it('pins the module exports', () => {
    expect(Object.keys(module).sort()).toEqual(['INDEX_HEADER', 'buildIndex', 'enamdictDataPath', 'indexDictionary', 'indexPath', 'loadIndex', 'nameDictionary']);
  });

  it('builds a sorted index in katakana under a header that names ENAMDICT and its licence', () => {
    const index = buildIndex(gzipSync(LINES.join('\n')));
    const [header, ...rows] = index.trimEnd().split('\n');
    expect(header).toBe(INDEX_HEADER);
    expect(header).toMatch(/ENAMDICT.*CC BY-SA 4\.0/);
    expect(rows).toEqual([...rows].sort());
    expect(rows).toContain('豊田\tトヨタ\ts');
    expect(rows).toHaveLength(6); // the line without five fields is skipped
  });

  it('finds every reading of a form and nothing of a longer or shorter one, at either end too', () => {
    const dictionary = indexDictionary(buildIndex(gzipSync(LINES.join('\n'))));
    expect(dictionary.readings('豊田')).toEqual([
      { kana: 'トミタ', type: 'surname' },
      { kana: 'トヨタ', type: 'surname' },
    ]);
    expect(dictionary.readings('山')).toEqual([{ kana: 'ヤマ', type: 'surname' }]);
    expect(dictionary.readings('山崎')).toEqual([{ kana: 'ヤマサキ', type: 'surname' }]);
    expect(dictionary.readings('朗')).toEqual([{ kana: 'アキラ', type: 'given' }]);
    expect(dictionary.readings('龠')).toEqual([{ kana: 'ヤク', type: 'unknown' }]);
    for (const missing of ['', '一', '豊', '鿿', 'abc', '\t']) expect(dictionary.readings(missing)).toEqual([]);
  });

  it('reads the shipped package: 豊田 is トミタ, トヨタ or トヨダ; 郡山 has コオリヤマ', async () => {
    const dictionary = await nameDictionary();
    expect(dictionary).toBeDefined();
    expect(dictionary!.readings('豊田').map((reading) => reading.kana)).toEqual(['トミタ', 'トヨタ', 'トヨダ']);
    expect(dictionary!.readings('郡山').map((reading) => reading.kana)).toContain('コオリヤマ');
  }, 30_000);
});
